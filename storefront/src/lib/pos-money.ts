// Amounts typed at the counter: whole đồng, written "500.000", "500000", "500 000" or "500.000 ₫".
import { formatVnd } from "@ocop/domain/money";

export type ParsedDong = { ok: true; amount: number } | { ok: false; message: string };

const MAX_DONG = 10_000_000_000;

/** The amount a person typed, or the sentence that says what to fix; an empty field is `empty`. */
export function parseDong(typed: string, what = "Số tiền"): ParsedDong {
  const text = typed.normalize("NFC").replace(/[₫đ]|vnd|vnđ/gi, "").trim();
  if (!text) return { ok: false, message: `${what}: hãy nhập số tiền bằng đồng, ví dụ 500.000.` };
  if (text.startsWith("-")) return { ok: false, message: `${what} không được âm.` };
  // Thousands grouped by dots or spaces, the Vietnamese way; a comma is a decimal in Vietnamese.
  if (/,/.test(text)) return { ok: false, message: `${what} là số đồng chẵn, không có phần lẻ: "${typed.trim()}" có dấu phẩy.` };
  if (!/^\d{1,3}([. ]\d{3})*$|^\d+$/.test(text)) {
    return { ok: false, message: `${what} "${typed.trim()}" không phải số tiền: chỉ gõ chữ số, có thể nhóm bằng dấu chấm (500.000).` };
  }
  const amount = Number(text.replace(/[. ]/g, ""));
  if (!Number.isSafeInteger(amount) || amount > MAX_DONG) return { ok: false, message: `${what} tối đa ${formatVnd(MAX_DONG)}.` };
  return { ok: true, amount };
}

/** "500000" as the field shows it after it is read: "500.000". */
export function groupDong(amount: number): string {
  return new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 }).format(amount);
}
