// The wait the backend asks for after too many attempts, as the sign-in and register forms say it.
import type { Throttled } from "@/lib/customer";
import type { FormState } from "./validation";

/** Seconds under a minute, else whole minutes rounded up: "45 giây", "3 phút". */
export function retryWait(seconds: number): { minutes: number; seconds: number } {
  const whole = Math.max(1, Math.ceil(seconds));
  return whole < 60 ? { minutes: 0, seconds: whole } : { minutes: Math.ceil(whole / 60), seconds: 0 };
}

/** What a form shows for a refused sign-in or registration: the sentence's key, and the wait for a throttled one. */
export function authFailure(result: { ok: false; reason: string } | Throttled): Pick<FormState, "failure" | "failureValues"> {
  return "retryAfterSeconds" in result
    ? { failure: "throttled", failureValues: retryWait(result.retryAfterSeconds) }
    : { failure: result.reason };
}
