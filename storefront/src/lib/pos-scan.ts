// What the counter makes of a barcode: a USB scanner types the 13 digits and Enter as a keyboard
// does, anywhere on the screen, and the code names one of the showroom's packs, none, or is misread.
import { gtinCheckDigit } from "@ocop/domain/gtin";
import type { CounterPack } from "./pos-types";

export type ScanOutcome =
  | { kind: "found"; pack: CounterPack }
  | { kind: "unknown"; code: string; message: string }
  | { kind: "misread"; code: string; message: string };

/** The pack a scanned or typed code names, or the sentence to show the cashier. */
export function lookUpScan(code: string, packs: readonly CounterPack[]): ScanOutcome {
  const digits = code.trim();
  if (!/^\d{13}$/.test(digits)) return { kind: "misread", code: digits, message: `"${digits}" không phải mã vạch 13 số: hãy quét lại.` };
  const expected = gtinCheckDigit(digits.slice(0, 12));
  if (expected !== Number(digits[12])) {
    return { kind: "misread", code: digits, message: `Mã ${digits} sai số kiểm tra (phải là ${expected}, không phải ${digits[12]}): máy quét đọc nhầm, hãy quét lại.` };
  }
  const pack = packs.find((candidate) => candidate.gtin === digits);
  if (!pack) return { kind: "unknown", code: digits, message: `Mã ${digits} không có trong danh mục của cửa hàng: hãy tìm sản phẩm theo tên.` };
  return { kind: "found", pack };
}

/**
 * The keys typed while no field has the focus, as a scanner types them: digits gather, Enter hands
 * over what gathered when it is a whole code, any other key starts afresh.
 */
export function scannerKey(buffer: string, key: string): { buffer: string; code?: string } {
  if (/^\d$/.test(key)) return { buffer: (buffer + key).slice(-13) };
  if (key === "Enter" && buffer.length === 13) return { buffer: "", code: buffer };
  return { buffer: "" };
}

/** Whether what the search box holds when Enter is pressed is a scanned code rather than a name. */
export function isScannedCode(text: string): boolean {
  return /^\d{13}$/.test(text.trim());
}
