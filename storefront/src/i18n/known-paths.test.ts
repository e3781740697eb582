import assert from "node:assert/strict";
import { test } from "node:test";
import { ACCOUNT_LOCALES, confirmEmailUrl } from "@ocop/domain/storefront-links";
import { type Href, isBuyersOwnPage, isKnownPagePath, pageOfPath, pathInLocale, pathOf } from "./known-paths";

test("the storefront's pages are known in both languages, with any parameter", () => {
  for (const path of [
    "/",
    "/en",
    "/san-pham",
    "/en/products",
    "/san-pham/mien-dong-tai-hoan",
    "/en/products/mien-dong-tai-hoan/",
    "/gian-hang-tinh/ninh-binh",
    "/t/8938505974001",
    "/en/t/8938505974001",
    "/tai-khoan/dang-nhap",
    "/don-hang/order_01ABC",
  ]) {
    assert.equal(isKnownPagePath(path), true, path);
  }
});

test("other paths, and a page's path in the other language's prefix, are not", () => {
  for (const path of ["/khong-co-trang-nay", "/en/khong-co-trang-nay", "/san-pham/a/b", "/en/san-pham", "/products", "/t", "/%E0%A4%A"]) {
    assert.equal(isKnownPagePath(path), false, path);
  }
});

test("a path names its page, and the buyer's own pages are told apart from the catalogue", () => {
  assert.equal(pageOfPath("/en/orders/order_01ABC"), "/orders/[id]");
  assert.equal(pageOfPath("/thanh-toan"), "/checkout");
  assert.equal(pageOfPath("/khong-co-trang-nay"), null);
  for (const page of ["/cart", "/checkout", "/orders/[id]", "/account", "/account/sign-in", "/account/addresses"] as const) {
    assert.equal(isBuyersOwnPage(page), true, page);
  }
  for (const page of ["/", "/products", "/products/[handle]", "/producers/[handle]", "/provinces", "/t/[code]"] as const) {
    assert.equal(isBuyersOwnPage(page), false, page);
  }
});

test("the link of a registration's email, as the backend writes it, opens the confirmation page in its language", () => {
  for (const locale of ACCOUNT_LOCALES) {
    const link = new URL(confirmEmailUrl("https://ocop.example.vn", locale, "abc.def"));
    assert.equal(pageOfPath(link.pathname), "/account/confirm", link.pathname);
    assert.equal(link.searchParams.get("token"), "abc.def");
  }
  assert.equal(isBuyersOwnPage("/account/confirm"), true);
});

test("a page's path, and the same page in the other language, are the paths next-intl's own navigation builds", async () => {
  const { createNavigation } = await import("next-intl/navigation");
  const { routing } = await import("./routing");
  const nextIntl = createNavigation(routing);
  type NextIntlHref = Parameters<typeof nextIntl.getPathname>[0]["href"];
  for (const page of Object.keys(routing.pathnames)) {
    const names = [...page.matchAll(/\[([^\]]+)\]/g)].map((found) => found[1] as string);
    // A value with a space and Vietnamese letters, encoded as next-intl encodes it.
    const params = Object.fromEntries(names.map((name, index) => [name, `giá trị ${index}`]));
    for (const query of [undefined, { q: "mật ong", star: ["4", "5"] }]) {
      const href = { pathname: page, params: names.length > 0 ? params : undefined, query } as Href;
      for (const locale of routing.locales) {
        const built = pathOf(href, locale);
        assert.equal(built, nextIntl.getPathname({ href: href as NextIntlHref, locale }), `${page} in ${locale}`);
        for (const other of routing.locales) {
          const expected = nextIntl.getPathname({ href: { ...(href as object), query: undefined } as NextIntlHref, locale: other });
          assert.equal(pathInLocale(built.split("?")[0] ?? "", other), expected, `${page}: ${locale} → ${other}`);
        }
      }
    }
  }
  assert.equal(pathInLocale("/khong-co-trang-nay", "en"), null);
});
