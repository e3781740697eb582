import assert from "node:assert/strict";
import { test } from "node:test";
import { parseCatalogueQuery } from "./catalogue-query";
import { CACHED_PAGES, cachedViewKey, viewParams } from "./catalogue-views";

const known = {
  industries: new Set(["thuc-pham", "do-uong"]),
  productSets: new Set(["che-bien-tu-rau-cu-qua-hat"]),
  provinces: new Set(["19", "37"]),
};

const keyOf = (search: string) => cachedViewKey(new URLSearchParams(search), known);

test("the whole catalogue and each single filter are cached views, under one key however the URL spells them", () => {
  assert.equal(keyOf(""), "all");
  assert.equal(keyOf("page=1&sort=featured"), "all");
  assert.equal(keyOf("stars=5"), "stars=5");
  assert.equal(keyOf("industry=do-uong"), "industry=do-uong");
  assert.equal(keyOf("set=che-bien-tu-rau-cu-qua-hat&in_stock=1"), "set=che-bien-tu-rau-cu-qua-hat&in_stock=1");
  assert.equal(keyOf("page=2&province=37&sort=price_asc"), keyOf("sort=price_asc&province=37&page=2"));
  assert.equal(keyOf("page=2&province=37&sort=price_asc"), "province=37&sort=price_asc&page=2");
});

test("searches, price ranges, combined filters, deep pages and anything unknown render per request", () => {
  for (const search of [
    "q=mat+ong",
    "q=",
    "min_price=50000",
    "stars=5&province=37",
    "stars=5&stars=4",
    "industry=do-uong&set=che-bien-tu-rau-cu-qua-hat",
    `page=${CACHED_PAGES + 1}`,
    "utm_source=zalo",
    // A value the page would report as ignored is not a view of its own.
    "province=99",
    "industry=khong-co",
    "stars=6",
    "sort=cheapest",
    "page=0",
  ]) {
    assert.equal(keyOf(search), null, search);
  }
});

test("a cached view's key gives back the query its URL asked for", () => {
  for (const search of ["", "stars=4&sort=newest", "province=19&in_stock=1&page=3", "set=che-bien-tu-rau-cu-qua-hat"]) {
    const key = keyOf(search);
    assert.ok(key, search);
    const fromUrl = parseCatalogueQuery(Object.fromEntries(new URLSearchParams(search)), known).query;
    const fromKey = parseCatalogueQuery(viewParams(key), known);
    assert.deepEqual(fromKey.problems, []);
    assert.deepEqual(fromKey.query, fromUrl, search);
  }
});

test("the set of cached views is closed: it cannot grow with what a request sends", () => {
  const keys = new Set<string>();
  const filters = ["", "stars=3", "stars=4", "stars=5", "industry=thuc-pham", "industry=do-uong", "set=che-bien-tu-rau-cu-qua-hat", "province=19", "province=37"];
  for (const filter of filters)
    for (const stock of ["", "in_stock=1"])
      for (const sort of ["", "sort=price_asc", "sort=price_desc", "sort=stars", "sort=newest"])
        for (let page = 1; page <= CACHED_PAGES + 3; page++) {
          const key = keyOf([filter, stock, sort, `page=${page}`].filter(Boolean).join("&"));
          if (key) keys.add(key);
        }
  assert.equal(keys.size, filters.length * 2 * 5 * CACHED_PAGES);
});
