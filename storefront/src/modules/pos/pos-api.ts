// The browser's calls of the counter's API, through the storefront's /api/pos routes (which hold the
// staff token): each gives up after a timeout so a lost connection never leaves the cashier waiting.
import type { PosRefusal } from "@/lib/pos-types";

/** How long the counter waits for an answer before it treats the connection as gone. */
export const POS_REQUEST_TIMEOUT_MS = 8_000;

export type ApiAnswer<T> = { ok: true; status: number; value: T } | { ok: false; refusal: PosRefusal } | { ok: false; refusal: null; reason: string };

export async function posApi<T>(path: string, init: { method?: "GET" | "POST" | "DELETE"; body?: unknown; headers?: Record<string, string>; timeoutMs?: number } = {}): Promise<ApiAnswer<T>> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), init.timeoutMs ?? POS_REQUEST_TIMEOUT_MS);
  try {
    const response = await fetch(`/api/pos${path}`, {
      method: init.method ?? "GET",
      headers: { accept: "application/json", ...(init.body === undefined ? {} : { "content-type": "application/json" }), ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: controller.signal,
      cache: "no-store",
    });
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (response.ok) return { ok: true, status: response.status, value: body as T };
    return {
      ok: false,
      refusal: {
        status: response.status,
        code: typeof body.code === "string" ? body.code : undefined,
        message: typeof body.message === "string" && body.message ? body.message : `Máy chủ trả lời ${response.status}.`,
      },
    };
  } catch {
    return { ok: false, refusal: null, reason: controller.signal.aborted ? "Quá thời gian chờ máy chủ trả lời." : "Mất kết nối mạng." };
  } finally {
    clearTimeout(timer);
  }
}

/** The cashier's sentence for a refusal: the counter's own Vietnamese for the codes it knows, else the backend's. */
export function refusalSentence(refusal: PosRefusal): string {
  switch (refusal.code) {
    case "pos_not_a_manager":
      return "Đây không phải email và mật khẩu của quản lý cửa hàng này: kiểm tra lại, hoặc nhờ quản lý duyệt.";
    case "pos_approval_used":
    case "pos_approval_expired":
      return `Lượt duyệt này đã dùng hoặc đã hết hạn: nhờ quản lý duyệt lại. (${refusal.message})`;
    case "pos_manager_required":
      return `Cần quản lý duyệt. (${refusal.message})`;
    case "pos_shift_closed":
      return `Ca đã đóng: hãy mở ca mới để bán tiếp. (${refusal.message})`;
    case "pos_shift_already_open":
      return `Quầy này đang có ca mở. (${refusal.message})`;
    case "pos_payment_mismatch":
      return `Số tiền thanh toán chưa khớp tổng đơn. (${refusal.message})`;
    case "pos_idempotency_key_reused":
      return `Mã giao dịch đã dùng cho đơn khác. (${refusal.message})`;
    case "pos_return_exceeds_sale":
      return `Khách trả nhiều hơn số gói còn lại của đơn: hãy chọn lại số gói. (${refusal.message})`;
    case "pos_sale_already_refunded":
      return "Đơn này đã được hoàn trả toàn bộ: không còn gì để trả.";
    case "customer_not_found":
      return "Chưa có tài khoản với số này — đơn vẫn ghi số điện thoại.";
    case "invalid_phone":
      return "Số điện thoại này không phải số Việt Nam: kiểm tra lại (ví dụ 0912 345 678).";
    default:
      return refusal.message;
  }
}
