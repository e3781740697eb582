// What the showroom counter's API (backend/src/api/pos/**) answers, as the /pos screen reads it.
import type { PosPaymentMethod, PosStaffRole, ShiftReport } from "@ocop/domain/pos";

export type PosStaff = { id: string; name: string; email: string; role: PosStaffRole };
export type PosShowroom = {
  id: string;
  handle: string;
  name: string;
  address_as_issued?: string | null;
  phone?: string | null;
  /** The 2025 units the showroom is in. */
  province?: { code: string; name: string } | null;
  commune?: { code: string; name: string } | null;
};
export type PosMe = { staff: PosStaff; showroom: PosShowroom };

export type CounterPack = {
  variant_id: string;
  product_id: string;
  title: string;
  variant_title: string | null;
  gtin: string | null;
  sku: string | null;
  thumbnail: string | null;
  producer: { id: string; name: string };
  industry: { code: string; name_vi: string } | null;
  /** Whole đồng; a pack without a price is not sold at the counter. */
  price: number | null;
  manage_inventory: boolean;
  /** The showroom location's own stock; below 0 after sales beyond it; null when not tracked. */
  stock: number | null;
};

export type PosCashMovementRow = { id: string; kind: "in" | "out"; amount: number; reason: string; staff_id: string; created_at: string };

export type PosShift = {
  id: string;
  till: string;
  status: "open" | "closed";
  opening_float: number;
  opened_by: string;
  opened_at: string;
  closed_by: string | null;
  closed_at: string | null;
  counted_cash: number | null;
  cash_movements: PosCashMovementRow[];
  sales_count: number;
  report: ShiftReport;
};

export type PosSalePayment = {
  method: PosPaymentMethod;
  amount: number;
  tendered: number | null;
  change: number | null;
  status: "captured" | "pending";
  reference: string | null;
  received_at: string | null;
  /** What the customer's bank app needs for a VietQR part still awaited (the QR's NAPAS payload); null once received, and for cash. */
  bank_transfer: { bank_name: string; account_name: string; account_number: string; amount: number; reference: string; payload: string } | null;
};

export type PosSaleLine = {
  id: string;
  variant_id: string;
  producer_id: string;
  producer_name: string;
  title: string;
  variant_title: string | null;
  gtin: string | null;
  quantity: number;
  unit_price: number;
  line_discount: number;
  line_discount_reason: string | null;
  order_discount_share: number;
  total: number;
  /** Packs of the line brought back by returns, and what they were sold for. */
  returned_quantity: number;
  returned_amount: number;
};

export type PosSaleReturn = { id: string; shift_id: string; staff_id: string; reason: string; amount: number; lines: { line_id: string; quantity: number; amount: number }[]; created_at: string };

export type PosSale = {
  id: string;
  idempotency_key: string;
  status: string;
  shift_id: string;
  customer_phone: string | null;
  subtotal: number;
  order_discount: number;
  order_discount_reason: string | null;
  discount_total: number;
  total: number;
  oversold: boolean;
  /** Cash paid back by returns, a whole refund included. */
  returned_total: number;
  refunded_at: string | null;
  created_at: string;
  lines: PosSaleLine[];
  payments: PosSalePayment[];
  returns: PosSaleReturn[];
};

/** A shop customer found by the phone typed at the counter (GET /pos/customers?phone=). */
export type PosCustomer = { id: string; name: string; masked_email: string; phone: string };

/** The body of POST /pos/sales, as the counter builds it and the offline queue keeps it. */
export type PosSaleRequest = {
  shift_id: string;
  lines: { variant_id: string; quantity: number; discount?: { amount: number; reason: string } }[];
  order_discount?: { amount: number; reason: string };
  customer_phone?: string;
  /** When the counter made the sale while cut off from the backend (the device's clock). */
  sold_offline_at?: string;
  payments: { method: PosPaymentMethod; amount: number; tendered?: number }[];
};

/** A refusal of the counter's API: the backend's sentence and code. */
export type PosRefusal = { status: number; code?: string; message: string };
