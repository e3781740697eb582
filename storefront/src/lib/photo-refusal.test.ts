import assert from "node:assert/strict";
import { test } from "node:test";
import { ERROR_CODES } from "@ocop/domain/errors";
import en from "../../messages/en.json" with { type: "json" };
import vi from "../../messages/vi.json" with { type: "json" };
import { createTranslator } from "next-intl";
import { isPhotoRefusal, PHOTO_LIMITS, photoProblemOf, REVIEW_PHOTO_LIMITS } from "./photo-refusal";

test("a photo refused with a code is worded by the storefront, in both languages", () => {
  for (const code of [ERROR_CODES.photoTooLarge, ERROR_CODES.photoTooManyPixels, ERROR_CODES.photoNotAnImage, ERROR_CODES.photoTypeNotAccepted, ERROR_CODES.photoMissing, ERROR_CODES.tooManyPhotos]) {
    assert.equal(photoProblemOf({ code, message: "The photo is 40.0 MB; photos may be at most 20 MB." }), code);
    for (const messages of [vi, en]) assert.ok((messages.PhotoRefusal as Record<string, string>)[code], `${code} has a sentence`);
  }
  assert.match(vi.PhotoRefusal.photo_too_large, /tối đa \{megabytes\} MB/);
});

test("another refusal keeps the backend's sentence, and no answer at all says the system is unavailable", () => {
  assert.equal(photoProblemOf({ code: ERROR_CODES.producerReadOnly, message: "This producer's listings are frozen." }), "This producer's listings are frozen.");
  assert.equal(photoProblemOf({ message: "Send the photos as multipart/form-data." }), "Send the photos as multipart/form-data.");
  assert.equal(photoProblemOf({ message: null }), "unavailable");
  assert.equal(photoProblemOf({}), "unavailable");
  assert.equal(isPhotoRefusal("invalid_data"), false);
});

test("too many photos names the portal's limit, and tells a reviewer to choose one", () => {
  const say = (messages: typeof vi | typeof en, locale: string, limits: typeof PHOTO_LIMITS) =>
    createTranslator({ locale, messages, namespace: "PhotoRefusal" })("too_many_photos", limits);
  assert.equal(say(vi, "vi", PHOTO_LIMITS), "Mỗi lần tải tối đa 5 ảnh.");
  assert.equal(say(en, "en", PHOTO_LIMITS), "Upload at most 5 photos at a time.");
  assert.equal(say(vi, "vi", REVIEW_PHOTO_LIMITS), "Chỉ chọn một ảnh.");
  assert.equal(say(en, "en", REVIEW_PHOTO_LIMITS), "Choose one photo.");
});
