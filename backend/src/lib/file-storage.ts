/**
 * Where Medusa's File module keeps photos: the local disk (served by the backend at /static) by
 * default, or an S3-compatible bucket (AWS S3, Cloudflare R2, MinIO…) when S3_BUCKET is set, so
 * several backend processes and machines share one store. A half-given S3 setup refuses to start,
 * naming what is missing, rather than writing photos nowhere.
 */
type Env = Record<string, string | undefined>

export type FileProvider =
  | { resolve: "@medusajs/medusa/file-local"; id: "local"; options: { upload_dir: string; backend_url: string } }
  | {
      resolve: "@medusajs/medusa/file-s3"
      id: "s3"
      options: {
        file_url: string
        bucket: string
        region: string
        endpoint?: string
        prefix?: string
        access_key_id?: string
        secret_access_key?: string
        authentication_method: "access-key" | "s3-iam-role"
        additional_client_config?: { forcePathStyle: boolean }
      }
    }

export function fileProvider(env: Env, backendUrl: string): FileProvider {
  if (!env.S3_BUCKET) {
    // Tests point uploads elsewhere with MEDUSA_UPLOAD_DIR.
    return { resolve: "@medusajs/medusa/file-local", id: "local", options: { upload_dir: env.MEDUSA_UPLOAD_DIR ?? "static", backend_url: `${backendUrl}/static` } }
  }
  const missing = ["S3_FILE_URL", "S3_REGION"].filter((name) => !env[name])
  const keys = [env.S3_ACCESS_KEY_ID, env.S3_SECRET_ACCESS_KEY].filter(Boolean).length
  if (keys === 1) missing.push(env.S3_ACCESS_KEY_ID ? "S3_SECRET_ACCESS_KEY" : "S3_ACCESS_KEY_ID")
  if (missing.length) {
    throw new Error(
      `S3_BUCKET is set, so photos go to that bucket, but ${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} not: set ${missing.join(" and ")} (see README, "Configuration"), or unset S3_BUCKET to keep photos on the local disk.`,
    )
  }
  try {
    new URL(env.S3_FILE_URL!)
  } catch {
    throw new Error(`S3_FILE_URL is "${env.S3_FILE_URL}", not an address: give the public base URL the bucket's files are read from, e.g. https://photos.ocop.example.vn.`)
  }
  return {
    resolve: "@medusajs/medusa/file-s3",
    id: "s3",
    options: {
      file_url: env.S3_FILE_URL!.replace(/\/+$/, ""),
      bucket: env.S3_BUCKET,
      region: env.S3_REGION!,
      ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
      ...(env.S3_PREFIX ? { prefix: env.S3_PREFIX } : {}),
      // Without keys the SDK takes the machine's role (an IAM instance profile).
      ...(keys === 2 ? { access_key_id: env.S3_ACCESS_KEY_ID, secret_access_key: env.S3_SECRET_ACCESS_KEY } : {}),
      authentication_method: keys === 2 ? "access-key" : "s3-iam-role",
      // MinIO and most self-hosted stores address buckets by path, not by subdomain.
      ...(env.S3_FORCE_PATH_STYLE === "true" ? { additional_client_config: { forcePathStyle: true } } : {}),
    },
  }
}
