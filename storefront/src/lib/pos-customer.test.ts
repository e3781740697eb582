import assert from "node:assert/strict";
import { test } from "node:test";
import { customerLookupPath, customerSentence } from "./pos-customer";

test("a customer found is named with the masked email, none says the phone is still kept", () => {
  assert.equal(
    customerSentence({ kind: "found", customer: { id: "cus_1", name: "Trần Thị Hạnh", masked_email: "b***@ocop.example.vn", phone: "+84912345678" } }),
    "Khách hàng: Trần Thị Hạnh (b***@ocop.example.vn)",
  );
  assert.equal(customerSentence({ kind: "none" }), "Chưa có tài khoản với số này — đơn vẫn ghi số điện thoại.");
  assert.equal(customerSentence({ kind: "refused", message: "Số điện thoại không hợp lệ." }), "Số điện thoại không hợp lệ.");
});

test("the phone is sent escaped in the lookup's query", () => {
  assert.equal(customerLookupPath("+84912345678"), "/customers?phone=%2B84912345678");
});
