import { fileProvider } from "./file-storage"

describe("where photos are stored", () => {
  it("keeps them on the local disk, served at the backend's /static, without S3_BUCKET", () => {
    expect(fileProvider({}, "http://localhost:9000")).toEqual({
      resolve: "@medusajs/medusa/file-local",
      id: "local",
      options: { upload_dir: "static", backend_url: "http://localhost:9000/static" },
    })
    expect(fileProvider({ MEDUSA_UPLOAD_DIR: "/tmp/up" }, "http://b").options).toMatchObject({ upload_dir: "/tmp/up" })
  })

  it("sends them to an S3-compatible bucket with S3_BUCKET, keys and path style as given", () => {
    const provider = fileProvider(
      {
        S3_BUCKET: "ocop-photos",
        S3_REGION: "auto",
        S3_FILE_URL: "https://photos.ocop.example.vn/",
        S3_ENDPOINT: "http://127.0.0.1:9002",
        S3_ACCESS_KEY_ID: "id",
        S3_SECRET_ACCESS_KEY: "secret",
        S3_FORCE_PATH_STYLE: "true",
      },
      "http://b",
    )
    expect(provider).toEqual({
      resolve: "@medusajs/medusa/file-s3",
      id: "s3",
      options: {
        file_url: "https://photos.ocop.example.vn",
        bucket: "ocop-photos",
        region: "auto",
        endpoint: "http://127.0.0.1:9002",
        access_key_id: "id",
        secret_access_key: "secret",
        authentication_method: "access-key",
        additional_client_config: { forcePathStyle: true },
      },
    })
  })

  it("uses the machine's role when no keys are given", () => {
    const provider = fileProvider({ S3_BUCKET: "b", S3_REGION: "ap-southeast-1", S3_FILE_URL: "https://b.s3.amazonaws.com" }, "http://b")
    expect(provider.options).toMatchObject({ authentication_method: "s3-iam-role" })
    expect(provider.options).not.toHaveProperty("access_key_id")
  })

  it("refuses a half-given bucket, naming what is missing", () => {
    expect(() => fileProvider({ S3_BUCKET: "b" }, "http://b")).toThrow(/S3_FILE_URL and S3_REGION are not: set S3_FILE_URL and S3_REGION/)
    expect(() => fileProvider({ S3_BUCKET: "b", S3_REGION: "r", S3_FILE_URL: "https://x", S3_ACCESS_KEY_ID: "id" }, "http://b")).toThrow(
      /S3_SECRET_ACCESS_KEY is not/,
    )
    expect(() => fileProvider({ S3_BUCKET: "b", S3_REGION: "r", S3_FILE_URL: "photos" }, "http://b")).toThrow(/not an address/)
  })
})
