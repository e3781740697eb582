/** The one way the admin extensions call our admin API: same origin, the operator's session cookie. */
export async function adminApi<T>(path: string, init?: { method?: "GET" | "POST" | "DELETE"; body?: unknown }): Promise<T> {
  const response = await fetch(path, {
    method: init?.method ?? "GET",
    credentials: "include",
    headers: init?.body ? { "content-type": "application/json" } : undefined,
    body: init?.body ? JSON.stringify(init.body) : undefined,
  })
  const payload = await response.json().catch(() => ({}))
  if (!response.ok) {
    throw new Error(payload?.message ?? `The request failed (${response.status}).`)
  }
  return payload as T
}

/** A photo through the one photo pipeline (POST /admin/uploads), as Admin's product media are uploaded: its URL. */
export async function uploadPhoto(file: File): Promise<string> {
  const form = new FormData()
  form.append("files", file)
  const response = await fetch("/admin/uploads", { method: "POST", credentials: "include", body: form })
  const payload = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(payload?.message ?? `The upload failed (${response.status}).`)
  return payload.files[0].url as string
}
