import assert from "node:assert/strict"
import { test } from "node:test"
import { fairTiming, videoPlatformOf } from "./trade-promotion"

test("links on YouTube, TikTok and Facebook are accepted and named by platform", () => {
  assert.equal(videoPlatformOf("https://www.youtube.com/watch?v=abc"), "youtube")
  assert.equal(videoPlatformOf("https://youtu.be/abc"), "youtube")
  assert.equal(videoPlatformOf("https://www.tiktok.com/@htx/video/1"), "tiktok")
  assert.equal(videoPlatformOf("https://vt.tiktok.com/ZS1/"), "tiktok")
  assert.equal(videoPlatformOf("https://www.facebook.com/htx/videos/1"), "facebook")
  assert.equal(videoPlatformOf("https://fb.watch/abc/"), "facebook")
})

test("other hosts, look-alikes, plain http and tricks with credentials are refused", () => {
  for (const url of [
    "https://vimeo.com/1",
    "https://notyoutube.com/watch?v=abc",
    "https://youtube.com.evil.example/watch",
    "http://www.youtube.com/watch?v=abc",
    "https://youtube.com@evil.example/",
    "https://www.youtube.com:8443/watch",
    "javascript:alert(1)",
    "youtube.com/watch?v=abc",
    "",
  ]) {
    assert.equal(videoPlatformOf(url), null, url)
  }
})

test("a fair is coming before its first day, on through its last, over after", () => {
  const fair = { starts_on: "2026-12-10", ends_on: "2026-12-14" }
  assert.equal(fairTiming(fair, "2026-12-09"), "coming")
  assert.equal(fairTiming(fair, "2026-12-10"), "on")
  assert.equal(fairTiming(fair, "2026-12-14"), "on")
  assert.equal(fairTiming(fair, "2026-12-15"), "over")
})
