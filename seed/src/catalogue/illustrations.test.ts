import { test } from "node:test"
import assert from "node:assert/strict"
import sharp from "sharp"
import { ILLUSTRATION_PIXELS, illustrationSvg, renderIllustrationPng, type IllustrationView } from "./illustrations"

const productSets = Array.from({ length: 26 }, (_, index) => index + 1)
const views: IllustrationView[] = ["hero", "detail"]

test("every product set renders a square PNG as wide as the largest photo rendition (1280 px) in both views", async () => {
  for (const productSetNumber of productSets) {
    for (const view of views) {
      const svg = illustrationSvg({ productSetNumber, seed: `san-pham-${productSetNumber}`, view })
      assert.doesNotMatch(svg, /<text/, "no text: the rasteriser may lack Vietnamese glyphs")
      const png = await renderIllustrationPng(svg)
      const metadata = await sharp(png).metadata()
      assert.equal(metadata.format, "png")
      assert.equal(metadata.width, ILLUSTRATION_PIXELS, `set ${productSetNumber} ${view}`)
      assert.equal(metadata.height, ILLUSTRATION_PIXELS, `set ${productSetNumber} ${view}`)
    }
  }
})

test("the same seed gives the same picture, another seed a different one", async () => {
  for (const productSetNumber of [2, 6, 9, 18]) {
    const first = await renderIllustrationPng(illustrationSvg({ productSetNumber, seed: "mien-dong-tai-hoan", view: "hero" }))
    const again = await renderIllustrationPng(illustrationSvg({ productSetNumber, seed: "mien-dong-tai-hoan", view: "hero" }))
    const other = await renderIllustrationPng(illustrationSvg({ productSetNumber, seed: "mien-dong-tan-an", view: "hero" }))
    assert.ok(first.equals(again), `set ${productSetNumber}: same seed must be identical`)
    assert.ok(!first.equals(other), `set ${productSetNumber}: different seeds must differ`)
  }
})

test("hero and detail views of one product differ", () => {
  const hero = illustrationSvg({ productSetNumber: 9, seed: "nuoc-mam-sa-sung-van-don", view: "hero" })
  const detail = illustrationSvg({ productSetNumber: 9, seed: "nuoc-mam-sa-sung-van-don", view: "detail" })
  assert.notEqual(hero, detail)
})

test("a product set outside Decision 148 is refused", () => {
  assert.throws(() => illustrationSvg({ productSetNumber: 27, seed: "x", view: "hero" }), /1–26/)
  assert.throws(() => illustrationSvg({ productSetNumber: 0, seed: "x", view: "hero" }), /1–26/)
})
