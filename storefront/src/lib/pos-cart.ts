// The counter's cart: packs scanned or picked, their quantities and discounts, what the sale comes
// to (@ocop/domain/pos prices it, the order discount shared to the đồng), what needs the manager,
// how it is paid and the POST /pos/sales body it becomes. Every refusal is a Vietnamese sentence.
import { MAX_LINE_QUANTITY } from "@ocop/domain/cart-limits";
import { formatVnd } from "@ocop/domain/money";
import { normalizePhone } from "@ocop/domain/phone";
import { CASHIER_DISCOUNT_LIMIT_PERCENT, discountNeedsManager, type PricedSale, type PosStaffRole, priceSale } from "@ocop/domain/pos";
import type { CounterPack, PosSaleRequest } from "./pos-types";

export type PosDiscountInput = { amount: number; reason: string };
export type CartLine = { pack: CounterPack; quantity: number; discount: PosDiscountInput | null };
export type Cart = { lines: CartLine[]; orderDiscount: PosDiscountInput | null; customerPhone: string };

export const EMPTY_CART: Cart = { lines: [], orderDiscount: null, customerPhone: "" };

const packName = (pack: CounterPack) => (pack.variant_title ? `${pack.title} (${pack.variant_title})` : pack.title);

/** One more of the pack: a new line, or the line that holds it already. */
export function addPack(cart: Cart, pack: CounterPack): Cart {
  const existing = cart.lines.find((line) => line.pack.variant_id === pack.variant_id);
  if (!existing) return { ...cart, lines: [...cart.lines, { pack, quantity: 1, discount: null }] };
  return changeQuantity(cart, pack.variant_id, 1);
}

/** The line's quantity moved by `delta`, kept from 1 to the cart limit (removing is its own button). */
export function changeQuantity(cart: Cart, variantId: string, delta: number): Cart {
  return {
    ...cart,
    lines: cart.lines.map((line) =>
      line.pack.variant_id === variantId ? { ...line, quantity: Math.min(MAX_LINE_QUANTITY, Math.max(1, line.quantity + delta)) } : line,
    ),
  };
}

export function removeLine(cart: Cart, variantId: string): Cart {
  return { ...cart, lines: cart.lines.filter((line) => line.pack.variant_id !== variantId) };
}

export function setLineDiscount(cart: Cart, variantId: string, discount: PosDiscountInput | null): Cart {
  return { ...cart, lines: cart.lines.map((line) => (line.pack.variant_id === variantId ? { ...line, discount } : line)) };
}

export type PricedCart = { ok: true; sale: PricedSale } | { ok: false; message: string };

/** What the cart comes to, or the sentence that says what to fix first. */
export function priceCart(cart: Cart): PricedCart {
  if (cart.lines.length === 0) return { ok: false, message: "Giỏ hàng trống: hãy quét mã vạch hoặc chọn sản phẩm." };
  for (const line of cart.lines) {
    if (line.pack.price === null) return { ok: false, message: `${packName(line.pack)} chưa có giá: không bán được tại quầy.` };
    const gross = line.pack.price * line.quantity;
    if (line.discount && line.discount.amount > gross) {
      return { ok: false, message: `Giảm giá của ${packName(line.pack)} (${formatVnd(line.discount.amount)}) lớn hơn tiền dòng này (${formatVnd(gross)}).` };
    }
    if (line.discount && line.discount.amount > 0 && !line.discount.reason.trim()) {
      return { ok: false, message: `Hãy ghi lý do giảm giá cho ${packName(line.pack)}: quản lý và báo cáo ca đọc lý do này.` };
    }
  }
  const afterLines = cart.lines.reduce((sum, line) => sum + (line.pack.price ?? 0) * line.quantity - (line.discount?.amount ?? 0), 0);
  const order = cart.orderDiscount;
  if (order && order.amount > afterLines) return { ok: false, message: `Giảm giá cả đơn (${formatVnd(order.amount)}) lớn hơn tiền hàng (${formatVnd(afterLines)}).` };
  if (order && order.amount > 0 && !order.reason.trim()) return { ok: false, message: "Hãy ghi lý do giảm giá cả đơn: quản lý và báo cáo ca đọc lý do này." };
  return {
    ok: true,
    sale: priceSale(
      cart.lines.map((line) => ({ unitPrice: line.pack.price ?? 0, quantity: line.quantity, discount: line.discount })),
      order,
    ),
  };
}

/** Why this sale needs a manager's approval when a cashier makes it: none for a manager. */
export function approvalReasons(cart: Cart, sale: PricedSale, role: PosStaffRole, { offline = false }: { offline?: boolean } = {}): string[] {
  if (role === "manager") return [];
  const reasons: string[] = [];
  if (discountNeedsManager(sale)) {
    reasons.push(`Giảm giá ${formatVnd(sale.discountTotal)} vượt hạn mức ${CASHIER_DISCOUNT_LIMIT_PERCENT}% của thu ngân (${formatVnd(Math.floor((sale.subtotal * CASHIER_DISCOUNT_LIMIT_PERCENT) / 100))}).`);
  }
  // Cut off from the backend, the goods still leave with the customer: the sale is recorded beyond
  // the stock when it is sent (sold_offline_at), and the manager sees the shelf below 0.
  for (const line of offline ? [] : cart.lines) {
    const { stock } = line.pack;
    if (line.pack.manage_inventory && stock !== null && line.quantity > stock) {
      reasons.push(`Bán ${line.quantity} ${packName(line.pack)} nhưng cửa hàng chỉ còn ${Math.max(0, stock)}.`);
    }
  }
  return reasons;
}

export type PaymentMode = "cash" | "vietqr" | "split";
export type PaymentPlan = { ok: true; payments: PosSaleRequest["payments"]; change: number; vietqr: number } | { ok: false; message: string };

/**
 * How the total is paid: all cash (with what the customer hands over), all VietQR, or VietQR for
 * `vietqrAmount` and cash for the rest.
 */
export function planPayment(total: number, mode: PaymentMode, tendered: number | null, vietqrAmount: number | null): PaymentPlan {
  const vietqr = mode === "vietqr" ? total : mode === "split" ? (vietqrAmount ?? 0) : 0;
  if (mode === "split" && (vietqr <= 0 || vietqr >= total)) {
    return { ok: false, message: `Phần chuyển khoản VietQR phải lớn hơn 0 và nhỏ hơn tổng ${formatVnd(total)}; phần còn lại trả tiền mặt.` };
  }
  const cash = total - vietqr;
  const payments: PosSaleRequest["payments"] = [];
  let change = 0;
  if (cash > 0) {
    const given = tendered ?? cash;
    if (given < cash) return { ok: false, message: `Khách đưa ${formatVnd(given)}, chưa đủ ${formatVnd(cash)} tiền mặt: cần thêm ${formatVnd(cash - given)}.` };
    change = given - cash;
    payments.push({ method: "cash", amount: cash, tendered: given });
  }
  if (vietqr > 0) payments.push({ method: "vietqr", amount: vietqr });
  return { ok: true, payments, change, vietqr };
}

export type CustomerPhone = { ok: true; phone: string | null } | { ok: false; message: string };

/** The customer's phone, optional: empty is none; anything else must be a Vietnamese number. */
export function customerPhone(typed: string): CustomerPhone {
  if (!typed.trim()) return { ok: true, phone: null };
  const phone = normalizePhone(typed);
  return phone ? { ok: true, phone } : { ok: false, message: `"${typed.trim()}" không phải số điện thoại Việt Nam (ví dụ 0912 345 678).` };
}

/** The POST /pos/sales body of the cart, paid as planned. */
/** The body of POST /pos/sales; `soldOfflineAt` when the counter made it cut off from the backend. */
export function saleRequest(cart: Cart, shiftId: string, payments: PosSaleRequest["payments"], phone: string | null, soldOfflineAt: string | null = null): PosSaleRequest {
  return {
    shift_id: shiftId,
    lines: cart.lines.map((line) => ({
      variant_id: line.pack.variant_id,
      quantity: line.quantity,
      ...(line.discount && line.discount.amount > 0 ? { discount: { amount: line.discount.amount, reason: line.discount.reason.trim() } } : {}),
    })),
    ...(cart.orderDiscount && cart.orderDiscount.amount > 0 ? { order_discount: { amount: cart.orderDiscount.amount, reason: cart.orderDiscount.reason.trim() } } : {}),
    ...(phone ? { customer_phone: phone } : {}),
    ...(soldOfflineAt ? { sold_offline_at: soldOfflineAt } : {}),
    payments,
  };
}
