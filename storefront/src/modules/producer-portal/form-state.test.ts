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
  assert.deepEqual(placeRefusal("owner.email: not an email.", FIELDS).fieldErrors, { email: "Not an email." });
  assert.deepEqual(placeRefusal("price is in whole đồng, without decimals, e.g. 65000.", FIELDS).fieldErrors, {
    price: "price is in whole đồng, without decimals, e.g. 65000.",
  });
});

test("a sentence naming no field of the form stays above it", () => {
  assert.deepEqual(placeRefusal("The programme office is busy.", FIELDS), { fieldErrors: {}, message: "The programme office is busy." });
});

test("a validation refusal naming several of a pack's fields puts each sentence next to its own field", () => {
  const fields = { title: "title", "variants.0.title": "packTitle", gtin: "gtin", price: "price" };
  const refusal =
    "variants[0].gtin: 8930000000001 is not a valid GTIN-13: after 893000000000 the check digit is 2, not 1. variants[0].price: price is what one pack costs in whole đồng, as a number, e.g. 65000.";
  assert.deepEqual(placeRefusal(refusal, fields), {
    fieldErrors: {
      gtin: "8930000000001 is not a valid GTIN-13: after 893000000000 the check digit is 2, not 1.",
      price: "Price is what one pack costs in whole đồng, as a number, e.g. 65000.",
    },
  });
  assert.deepEqual(placeRefusal("variants.0.title: give the pack a name.", fields).fieldErrors, { packTitle: "Give the pack a name." });
  assert.deepEqual(placeRefusal("title: give the product a name.", fields).fieldErrors, { title: "Give the product a name." });
});

test("what a refusal says beyond the form's fields stays above it, beside what it could place", () => {
  assert.deepEqual(placeRefusal("The programme office is busy. price: whole đồng only.", FIELDS), {
    fieldErrors: { price: "Whole đồng only." },
    message: "The programme office is busy.",
  });
});

test("a refused certificate upload puts the document's and each field's sentence next to its own field", () => {
  const certificateFields = { document: "document", decision_number: "decisionNumber", decision_date: "decisionDate", star_rating: "starRating" };
  const message =
    "document: attach the decision document, a PDF or a photo of the signed decision. decision_number is needed: the decision's number as printed on it, e.g. 2751/QĐ-UBND. decision_date: The decision date 2099-01-01 is after today (2026-12-03 in Vietnam): record a decision once it is made. star_rating is the star the decision gives: 3, 4 or 5.";
  assert.deepEqual(placeRefusal(message, certificateFields), {
    fieldErrors: {
      document: "Attach the decision document, a PDF or a photo of the signed decision.",
      decisionNumber: "decision_number is needed: the decision's number as printed on it, e.g. 2751/QĐ-UBND.",
      decisionDate: "The decision date 2099-01-01 is after today (2026-12-03 in Vietnam): record a decision once it is made.",
      starRating: "star_rating is the star the decision gives: 3, 4 or 5.",
    },
  });
});
