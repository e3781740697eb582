import { storefrontServers } from "./storefront-revalidation"

describe("storefrontServers", () => {
  it("tells every listed replica, else the one storefront", () => {
    expect(storefrontServers({ STOREFRONT_REVALIDATE_URLS: "http://web-1:8000, http://web-2:8000,", STOREFRONT_URL: "https://ocop.example.vn" })).toEqual([
      "http://web-1:8000",
      "http://web-2:8000",
    ])
    expect(storefrontServers({ STOREFRONT_URL: "https://ocop.example.vn" })).toEqual(["https://ocop.example.vn"])
    expect(storefrontServers({})).toEqual(["http://localhost:8000"])
  })
})
