import assert from "node:assert/strict"
import { test } from "node:test"
import { confirmEmailUrl, fairUrl, producerInviteUrl, resetPasswordUrl } from "./storefront-links"

test("the confirmation link leads to the page of the buyer's language, its token escaped", () => {
  assert.equal(confirmEmailUrl("https://ocop.example.vn/", "vi", "abc.def"), "https://ocop.example.vn/tai-khoan/xac-nhan?token=abc.def")
  assert.equal(confirmEmailUrl("http://localhost:8000", "en", "a+b/c="), "http://localhost:8000/en/account/confirm?token=a%2Bb%2Fc%3D")
  assert.equal(producerInviteUrl("https://ocop.example.vn", "vi", "tok_1"), "https://ocop.example.vn/producer/loi-moi?token=tok_1")
  assert.equal(producerInviteUrl("https://ocop.example.vn", "en", "tok_1"), "https://ocop.example.vn/en/producer/invite?token=tok_1")
})

test("the password reset link leads to the reset page of the buyer's language", () => {
  assert.equal(resetPasswordUrl("https://ocop.example.vn", "vi", "a.b.c"), "https://ocop.example.vn/tai-khoan/dat-lai-mat-khau?token=a.b.c")
  assert.equal(resetPasswordUrl("http://localhost:8000/", "en", "a+b"), "http://localhost:8000/en/account/reset-password?token=a%2Bb")
})

test("a fair's page and poster are Vietnamese URLs on the storefront", () => {
  assert.equal(fairUrl("https://ocop.example.vn", "hoi-cho-ocop-hai-hau"), "https://ocop.example.vn/hoi-cho/hoi-cho-ocop-hai-hau")
  assert.equal(fairUrl("http://localhost:8000/", "hoi-cho-ocop-hai-hau", "poster"), "http://localhost:8000/hoi-cho/hoi-cho-ocop-hai-hau/ap-phich")
})
