/**
 * A URL segment anyone can type from a Vietnamese name: "HTX Tài Hoan" → "htx-tai-hoan",
 * "Tỉnh Ninh Bình" → "tinh-ninh-binh". The diacritics go (đ becomes d), everything that is not a
 * letter or digit becomes one dash. Producer handles and province pavilion URLs are made this way.
 */
export function toHandle(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
}
