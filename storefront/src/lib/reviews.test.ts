import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { ERROR_CODES } from "@ocop/domain/errors";
import { submitReview } from "./reviews";
import { StoreClient } from "./store-api";

const medusa = new StoreClient("http://backend.test", "pk_test");
const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

/** The backend answers with `answer`; what the storefront sent is kept. */
function backend(answer: () => Response) {
  const sent: RequestInit[] = [];
  globalThis.fetch = (async (_input: string | URL | Request, init?: RequestInit) => {
    sent.push(init ?? {});
    return answer();
  }) as typeof fetch;
  return sent;
}

const REVIEW = { rating: 4, body: "Mật ong thơm, đặc, đóng chai cẩn thận.", locale: "vi" as const };

test("a review without a photo goes as JSON, as before", async () => {
  const sent = backend(() => Response.json({ review: { id: "prev_1" } }, { status: 201 }));
  assert.deepEqual(await submitReview(medusa, "jwt", "prod_1", REVIEW), { ok: true });
  assert.equal((sent[0]!.headers as Record<string, string>)["content-type"], "application/json");
  assert.deepEqual(JSON.parse(sent[0]!.body as string), REVIEW);
});

test("a review with a photo goes as multipart/form-data, the photo in the field the backend reads", async () => {
  const sent = backend(() => Response.json({ review: { id: "prev_1" } }, { status: 201 }));
  const photo = new File([new Uint8Array([0xff, 0xd8, 0xff])], "IMG_2041.jpg", { type: "image/jpeg" });
  assert.deepEqual(await submitReview(medusa, "jwt", "prod_1", { ...REVIEW, photo }), { ok: true });
  const headers = sent[0]!.headers as Record<string, string>;
  // fetch writes the multipart boundary itself; a JSON content type would hide it.
  assert.equal(headers["content-type"], undefined);
  assert.equal(headers.authorization, "Bearer jwt");
  const form = sent[0]!.body as FormData;
  assert.deepEqual(
    { rating: form.get("rating"), body: form.get("body"), locale: form.get("locale") },
    { rating: "4", body: REVIEW.body, locale: "vi" },
  );
  const file = form.get("photo") as File;
  assert.equal(file.name, "IMG_2041.jpg");
  assert.equal(file.size, 3);
});

test("a refused photo comes back with its code for the form to word; other refusals stay what they were", async () => {
  const photo = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46])], "hoa-don.jpg", { type: "image/jpeg" });
  backend(() =>
    Response.json({ type: "invalid_data", code: ERROR_CODES.photoNotAnImage, message: "The file is not a photo we can read." }, { status: 400 }),
  );
  assert.deepEqual(await submitReview(medusa, "jwt", "prod_1", { ...REVIEW, photo }), { ok: false, reason: "photo_refused", code: "photo_not_an_image" });

  backend(() => Response.json({ type: "conflict", code: ERROR_CODES.reviewExists, message: "You have reviewed this product already." }, { status: 409 }));
  assert.deepEqual(await submitReview(medusa, "jwt", "prod_1", { ...REVIEW, photo }), { ok: false, reason: "already_reviewed" });

  backend(() => Response.json({ type: "invalid_data", message: "body is shorter than 10 characters." }, { status: 400 }));
  assert.deepEqual(await submitReview(medusa, "jwt", "prod_1", REVIEW), { ok: false, reason: "refused" });
});
