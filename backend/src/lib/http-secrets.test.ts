import { httpSecrets, MIN_SECRET_LENGTH } from "./http-secrets"

const strong = "a".repeat(MIN_SECRET_LENGTH)
const alsoStrong = "b".repeat(MIN_SECRET_LENGTH + 8)

describe("the token and cookie secrets", () => {
  it("refuses to start in production without them, saying which and what to set", () => {
    expect(() => httpSecrets({ NODE_ENV: "production" })).toThrow(/JWT_SECRET is not set; COOKIE_SECRET is not set\. Set JWT_SECRET and COOKIE_SECRET/)
    expect(() => httpSecrets({ NODE_ENV: "production", JWT_SECRET: strong })).toThrow(/COOKIE_SECRET is not set/)
  })

  it("refuses published and short secrets in production", () => {
    expect(() => httpSecrets({ NODE_ENV: "production", JWT_SECRET: "supersecret", COOKIE_SECRET: strong })).toThrow(
      /JWT_SECRET is a published example value/,
    )
    expect(() => httpSecrets({ NODE_ENV: "production", JWT_SECRET: strong, COOKIE_SECRET: "short-but-random-3f9a" })).toThrow(
      /COOKIE_SECRET is shorter than 32 characters/,
    )
  })

  it("takes two long secrets in production as they are", () => {
    expect(httpSecrets({ NODE_ENV: "production", JWT_SECRET: strong, COOKIE_SECRET: alsoStrong })).toEqual({ jwtSecret: strong, cookieSecret: alsoStrong })
  })

  it("makes up a random secret outside production, never a fixed word", () => {
    const first = httpSecrets({ NODE_ENV: "development" })
    const second = httpSecrets({ NODE_ENV: "development" })
    expect(first.jwtSecret).toHaveLength(64)
    expect(first.jwtSecret).not.toBe(second.jwtSecret)
    expect(first.jwtSecret).not.toBe(first.cookieSecret)
    expect(httpSecrets({ JWT_SECRET: "dev-secret" }).jwtSecret).toBe("dev-secret")
  })

  it("is what the backend's configuration uses: medusa-config refuses production without secrets", () => {
    const saved = { ...process.env }
    try {
      process.env.NODE_ENV = "production"
      delete process.env.JWT_SECRET
      delete process.env.COOKIE_SECRET
      jest.isolateModules(() => {
        expect(() => require("../../medusa-config")).toThrow(/will not start in production with weak secrets/)
      })
    } finally {
      process.env = saved
    }
  })
})
