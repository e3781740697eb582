import assert from "node:assert/strict";
import { test } from "node:test";
import { placeRefusal } from "./form-state";

const FIELDS = { phone: "phone", "owner.email": "email", email: "contactEmail", price: "price" };

test("a sentence naming a field in brackets goes next to that field", () => {
  assert.deepEqual(placeRefusal("Give a phone number the programme office can call (phone).", FIELDS), {
    fieldErrors: { phone: "Give a phone number the programme office can call (phone)." },
  });
});

test("the longest field name wins, and a sentence starting with the field's name is that field's", () => {
  assert.deepEqual(placeRefusal("owner.email: not an email.", FIELDS).fieldErrors, { email: "owner.email: not an email." });
  assert.deepEqual(placeRefusal("price is in whole đồng, without decimals, e.g. 65000.", FIELDS).fieldErrors, {
    price: "price is in whole đồng, without decimals, e.g. 65000.",
  });
});

test("a sentence naming no field of the form stays above it", () => {
  assert.deepEqual(placeRefusal("The programme office is busy.", FIELDS), { fieldErrors: {}, message: "The programme office is busy." });
});
