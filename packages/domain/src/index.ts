/**
 * @ocop/domain: the rules every workspace shares. Import a part by its path
 * (`@ocop/domain/ocop`, `@ocop/domain/phone` …) so a browser bundle takes only what it uses;
 * `admin-units`, `place-names`, `address` and `product` read data files and are for servers.
 */
export * from "./errors"
export * from "./vietnam-date"
export * from "./money"
export * from "./gtin"
export * from "./phone"
export * from "./ocop"
export * from "./cache-tags"
export * from "./vietqr"
export * from "./transfer-reference"
