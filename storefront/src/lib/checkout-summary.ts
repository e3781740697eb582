// The totals checkout's summary shows while the buyer chooses a shipping option: the cart's own,
// as the backend computed them, for the option the cart already has; for another, the same cart
// with that option's price in place of the shipping it holds. Whole đồng. The backend computes the
// real total when the step is saved, and the review shows that one. Nothing here reads files: the
// form's summary runs it in the browser at each choice.

/** What the backend computed for the cart, and the delivery kind its shipping methods were chosen with. */
export type SummaryCart = {
  itemSubtotal: number;
  /** What campaigns' discounts take off the items; the total has it taken off already. */
  discountTotal: number;
  taxTotal: number;
  /** The shipping of the methods the cart holds; 0 when it holds none. */
  shippingTotal: number;
  total: number;
  /** The kind of the cart's shipping methods, or null when none is chosen yet. */
  deliveryKind: string | null;
};

export type SummaryOption = { id: string; amount: number };

/** `shipping` is null while no option is chosen. */
export type SummaryTotals = { itemSubtotal: number; discountTotal: number; taxTotal: number; shipping: number | null; total: number };

export function summaryTotals(cart: SummaryCart, options: readonly SummaryOption[], chosen: string): SummaryTotals {
  const { itemSubtotal, discountTotal, taxTotal } = cart;
  const option = options.find((candidate) => candidate.id === chosen);
  if (option && chosen === cart.deliveryKind) return { itemSubtotal, discountTotal, taxTotal, shipping: cart.shippingTotal, total: cart.total };
  const withoutShipping = cart.total - cart.shippingTotal;
  if (!option) return { itemSubtotal, discountTotal, taxTotal, shipping: null, total: withoutShipping };
  return { itemSubtotal, discountTotal, taxTotal, shipping: option.amount, total: withoutShipping + option.amount };
}
