import assert from "node:assert/strict";
import { test } from "node:test";
import { returnPathAfterSignIn } from "./return-path";

test("signing in returns to the page asked for, but never to the sign-in, register or confirmation page", () => {
  assert.equal(returnPathAfterSignIn("/tai-khoan/dia-chi"), "/tai-khoan/dia-chi");
  assert.equal(returnPathAfterSignIn("/en/checkout?step=review"), "/en/checkout?step=review");
  for (const loop of ["/tai-khoan/dang-nhap", "/tai-khoan/dang-ky?next=%2F", "/en/account/sign-in", "/en/account/register", "/tai-khoan/xac-nhan?token=x", "/en/account/confirm"]) {
    assert.equal(returnPathAfterSignIn(loop), undefined, loop);
  }
  assert.equal(returnPathAfterSignIn("//evil.example"), undefined);
});
