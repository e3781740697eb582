import assert from "node:assert/strict";
import { test } from "node:test";
import { createTranslator } from "use-intl";
import en from "../../../messages/en.json" with { type: "json" };
import vi from "../../../messages/vi.json" with { type: "json" };
import { authFailure, retryWait } from "./retry-wait";

test("a wait under a minute is told in seconds, a longer one in whole minutes rounded up", () => {
  assert.deepEqual(retryWait(45), { minutes: 0, seconds: 45 });
  assert.deepEqual(retryWait(0.2), { minutes: 0, seconds: 1 });
  assert.deepEqual(retryWait(60), { minutes: 1, seconds: 0 });
  assert.deepEqual(retryWait(61), { minutes: 2, seconds: 0 });
  assert.deepEqual(retryWait(3600), { minutes: 60, seconds: 0 });
});

test("a throttled sign-in shows the wait in the buyer's language; other refusals keep their own sentence", () => {
  const throttled = authFailure({ ok: false, reason: "throttled", retryAfterSeconds: 150 });
  assert.deepEqual(throttled, { failure: "throttled", failureValues: { minutes: 3, seconds: 0 } });
  assert.deepEqual(authFailure({ ok: false, reason: "wrong_credentials" }), { failure: "wrong_credentials" });

  const say = (messages: typeof vi, locale: string, seconds: number) =>
    createTranslator({ locale, messages, namespace: "Account" })("failure.throttled", retryWait(seconds));
  assert.equal(
    say(vi, "vi", 150),
    "Đã có quá nhiều lần thử với tài khoản này hoặc từ mạng của bạn. Để giữ an toàn cho tài khoản, bạn hãy chờ 3 phút rồi thử lại.",
  );
  assert.match(say(vi, "vi", 45), /bạn hãy chờ 45 giây rồi thử lại\.$/);
  assert.equal(
    say(en, "en", 45),
    "There have been too many attempts for this account or from your network. To keep accounts safe, please wait 45 seconds and try again.",
  );
  assert.match(say(en, "en", 1), /please wait 1 second and try again\.$/);
  assert.match(say(en, "en", 60), /please wait 1 minute and try again\.$/);
  assert.match(say(en, "en", 3600), /please wait 60 minutes and try again\.$/);
});

test("a registration ends on the same words for every email: the inbox to look in, never whether it has an account", () => {
  for (const [messages, locale] of [[vi, "vi"], [en, "en"]] as const) {
    const t = createTranslator({ locale, messages, namespace: "Account" });
    const sentences = ["register.checkInbox.title", "register.checkInbox.existing", "register.checkInbox.noEmail"].map((key) => t(key as "register.checkInbox.title"));
    const body = t.markup("register.checkInbox.body", { email: "mai@example.vn", strong: (chunks) => chunks });
    assert.match(body, /mai@example\.vn/);
    assert.match(body, /24/);
    for (const sentence of [body, ...sentences]) {
      assert.doesNotMatch(sentence, locale === "vi" ? /đã được dùng|đã được đăng ký/ : /already registered|is taken|already in use/);
    }
    // Only someone who typed the right password is told to confirm first.
    assert.match(t("failure.email_not_confirmed"), locale === "vi" ? /chưa được xác nhận/ : /not confirmed yet/);
  }
});
