import assert from "node:assert/strict";
import { test } from "node:test";
import { fullName } from "@/lib/customer";
import { safeReturnPath, splitFullName, text } from "./validation";

test("a Vietnamese full name keeps the given name last and comes back the same", () => {
  const name = splitFullName("Nguyễn  Thị Lan");
  assert.deepEqual(name, { first_name: "Lan", last_name: "Nguyễn Thị" });
  assert.equal(fullName(name), "Nguyễn Thị Lan");
  assert.deepEqual(splitFullName("Lan"), { first_name: "Lan", last_name: "" });
  assert.equal(fullName({ first_name: "Lan", last_name: null }), "Lan");
  assert.equal(fullName({ first_name: "Trần Thị Mai", last_name: "" }), "Trần Thị Mai");
});

test("form text is trimmed and stored in NFC, so a decomposed 'Hải' matches the composed one", () => {
  const form = new FormData();
  form.set("name", "  Ha\u0309i Hâ\u0323u ");
  assert.equal(text(form, "name"), "Hải Hậu");
  assert.equal(text(form, "missing"), "");
});

test("only a path on this site is a place to return to after signing in", () => {
  assert.equal(safeReturnPath("/tai-khoan/don-hang"), "/tai-khoan/don-hang");
  assert.equal(safeReturnPath("/en/account/addresses?edit=addr_1"), "/en/account/addresses?edit=addr_1");
  for (const unsafe of ["//evil.example", "/\\evil.example", "https://evil.example", "javascript:alert(1)", "", undefined, 42]) {
    assert.equal(safeReturnPath(unsafe), undefined, String(unsafe));
  }
});
