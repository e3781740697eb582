import assert from "node:assert/strict"
import { test } from "node:test"
import { CACHE_TAGS, isCacheTag, tagsOfProducer, tagsOfProduct } from "./cache-tags"

test("the revalidate route accepts the storefront's tags", () => {
  for (const tag of ["products", "producers", "product-sets", "regions", "product:mien-dong-tai-hoan", "producer:htx-tai-hoan", "province:37", "fairs", "fair:hoi-cho-ocop-ninh-binh-2026"]) {
    assert.equal(isCacheTag(tag), true, tag)
  }
})

test("the revalidate route refuses anything else", () => {
  for (const tag of ["product:../x", "product:", "product:Miến", "province:1", "province:370", "province:ab", "catalogue", "products ", "drop table", ""]) {
    assert.equal(isCacheTag(tag), false, JSON.stringify(tag))
  }
})

test("a product's tags are the catalogue, its page, its producer and its province", () => {
  const tags = tagsOfProduct({ handle: "mien-dong-tai-hoan", producer: { handle: "htx-tai-hoan", province_code: "37" } })
  assert.deepEqual(tags, ["products", "product:mien-dong-tai-hoan", "producer:htx-tai-hoan", "province:37"])
  assert.ok(tags.every(isCacheTag))
})

test("a handle the tag pattern would refuse is left out, not sent", () => {
  assert.deepEqual(tagsOfProduct({ handle: "Miến Dong", producer: { handle: "htx/../x", province_code: "37" } }), ["products", "province:37"])
  assert.deepEqual(tagsOfProduct({ handle: "mien-dong-tai-hoan", producer: { handle: "htx-tai-hoan", province_code: "1" } }), [
    "products",
    "product:mien-dong-tai-hoan",
    "producer:htx-tai-hoan",
  ])
  assert.deepEqual(tagsOfProduct({ handle: "mien-dong-tai-hoan", producer: null }), ["products", CACHE_TAGS.product("mien-dong-tai-hoan")])
})

test("a producer's tags are the producer list and its page", () => {
  assert.deepEqual(tagsOfProducer({ handle: "htx-tai-hoan" }), ["producers", "producer:htx-tai-hoan"])
  assert.deepEqual(tagsOfProducer({ handle: "HTX Tài Hoan" }), ["producers"])
})
