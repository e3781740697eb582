import assert from "node:assert/strict";
import { test } from "node:test";
import { ERROR_CODES } from "@ocop/domain/errors";
import en from "../../../messages/en.json" with { type: "json" };
import vi from "../../../messages/vi.json" with { type: "json" };
import { isPhotoRefusal, photoProblemOf } from "./photo-refusal";

test("a photo refused with a code is worded by the portal, in both languages", () => {
  for (const code of [ERROR_CODES.photoTooLarge, ERROR_CODES.photoTooManyPixels, ERROR_CODES.photoNotAnImage, ERROR_CODES.photoTypeNotAccepted, ERROR_CODES.photoMissing, ERROR_CODES.tooManyPhotos]) {
    assert.equal(photoProblemOf({ code, message: "The photo is 40.0 MB; photos may be at most 20 MB." }), code);
    for (const messages of [vi, en]) assert.ok((messages.ProducerPortal.photoRefusal as Record<string, string>)[code], `${code} has a sentence`);
  }
  assert.match(vi.ProducerPortal.photoRefusal.photo_too_large, /tối đa \{megabytes\} MB/);
});

test("another refusal keeps the backend's sentence, and no answer at all says the system is unavailable", () => {
  assert.equal(photoProblemOf({ code: ERROR_CODES.producerReadOnly, message: "This producer's listings are frozen." }), "This producer's listings are frozen.");
  assert.equal(photoProblemOf({ message: "Send the photos as multipart/form-data." }), "Send the photos as multipart/form-data.");
  assert.equal(photoProblemOf({ message: null }), "unavailable");
  assert.equal(photoProblemOf({}), "unavailable");
  assert.equal(isPhotoRefusal("invalid_data"), false);
});
