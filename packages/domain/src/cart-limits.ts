/** How much of one pack a single cart line may hold, whoever fills the cart (shop, POS, producer). */
export const MAX_LINE_QUANTITY = 99
