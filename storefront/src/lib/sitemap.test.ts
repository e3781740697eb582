import assert from "node:assert/strict";
import { test } from "node:test";
import { parseSitemapFile, type SitemapHref, sitemapEntries, sitemapFiles, sitemapIndexXml, sitemapPages, urlsetXml } from "./sitemap";

const localize = (href: SitemapHref) => {
  const path = typeof href === "string" ? href : `${href.pathname.split("/")[1]}/${Object.values(href.params)[0]}`;
  const vi = `https://ocop.example.vn/${path}`.replace(/\/+$/, "/");
  const en = `https://ocop.example.vn/en/${path}`.replace(/\/+$/, "");
  return { languages: { vi, en, "x-default": vi } };
};

test("the index names one file of pages and as many of products and producers as their counts need", () => {
  assert.deepEqual(sitemapFiles({ products: 0, producers: 0 }), ["pages.xml"]);
  assert.deepEqual(sitemapFiles({ products: 35, producers: 27 }), ["pages.xml", "products-0.xml", "producers-0.xml"]);
  assert.deepEqual(sitemapFiles({ products: 20_001, producers: 10_000 }), [
    "pages.xml",
    "products-0.xml",
    "products-1.xml",
    "products-2.xml",
    "producers-0.xml",
  ]);
});

test("only the index's own file names are files", () => {
  assert.deepEqual(parseSitemapFile("products-2.xml"), { kind: "products", index: 2 });
  assert.deepEqual(parseSitemapFile("pages.xml"), { kind: "pages" });
  for (const name of ["products-02.xml", "products--1.xml", "orders-0.xml", "products-0.xml.gz", "../pages.xml"]) {
    assert.equal(parseSitemapFile(name), null, name);
  }
});

test("every page is listed in each language with all languages as alternates", () => {
  const entries = sitemapEntries(localize, sitemapPages({ kind: "products", index: 0 }, ["mien-dong-tai-hoan"], []));
  assert.deepEqual(
    entries.map((entry) => entry.url),
    ["https://ocop.example.vn/products/mien-dong-tai-hoan", "https://ocop.example.vn/en/products/mien-dong-tai-hoan"],
  );
  for (const entry of entries) assert.deepEqual(Object.keys(entry.alternates.languages), ["vi", "en", "x-default"]);
  // home, catalogue, pavilion list and two pavilions, in 2 languages.
  assert.equal(sitemapEntries(localize, sitemapPages({ kind: "pages" }, [], ["ninh-binh", "thai-nguyen"])).length, 10);
});

test("the XML escapes what it quotes and names each alternate's language", () => {
  const xml = urlsetXml([
    {
      url: "https://ocop.example.vn/san-pham/a&b",
      changeFrequency: "weekly",
      priority: 0.9,
      alternates: { languages: { vi: "https://ocop.example.vn/san-pham/a&b", en: "https://ocop.example.vn/en/products/a&b" } },
    },
  ]);
  assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset /);
  assert.match(xml, /<loc>https:\/\/ocop.example.vn\/san-pham\/a&amp;b<\/loc>/);
  assert.match(xml, /<xhtml:link rel="alternate" hreflang="en" href="https:\/\/ocop.example.vn\/en\/products\/a&amp;b"\/>/);
  assert.match(sitemapIndexXml(["https://ocop.example.vn/sitemaps/pages.xml"]), /<sitemap><loc>https:\/\/ocop.example.vn\/sitemaps\/pages.xml<\/loc><\/sitemap>/);
});
