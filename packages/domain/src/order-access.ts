/**
 * How the storefront proves it reads a guest's order for the browser that placed it: the order
 * access token the backend handed over at checkout travels in this header with every read.
 */
export const ORDER_ACCESS_HEADER = "x-order-access-token"
