// The showroom staff's side of the backend: a staff member's Medusa JWT (actor pos_staff) kept in its
// own httpOnly cookie, apart from the buyer's and the producer's, and the one way the /pos screen's
// route handlers call the counter's API on their behalf. The browser never holds the staff token.
import { cookies } from "next/headers";
import { tokenExpiry } from "./customer";
import { getMedusa } from "./medusa";
import type { PosMe, PosRefusal } from "./pos-types";
import { describeError, StoreApiError, type StoreRequest } from "./store-api";

export const POS_SESSION_COOKIE = "ocop_pos";

/** A sale can take a while to record (an order, stock, the producers' credits): longer than a page's read. */
const POS_API_TIMEOUT_MS = 30_000;

export type PosCall<T> = { ok: true; value: T } | { ok: false; refusal: PosRefusal; retryAfter?: number };

export async function posToken(): Promise<string | undefined> {
  return (await cookies()).get(POS_SESSION_COOKIE)?.value || undefined;
}

/** Only from a route handler: keeps the staff member's token for as long as it is valid. */
export async function startPosSession(token: string): Promise<void> {
  const expiresAt = tokenExpiry(token);
  (await cookies()).set(POS_SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "strict",
    secure: process.env.NODE_ENV === "production",
    path: "/",
    ...(expiresAt ? { expires: expiresAt } : {}),
  });
}

export async function endPosSession(): Promise<void> {
  (await cookies()).delete(POS_SESSION_COOKIE);
}

const UNAVAILABLE: PosRefusal = { status: 503, code: "unavailable", message: "Không kết nối được máy chủ bán hàng: hãy thử lại sau ít phút." };

/** One call of the backend with this token; a refusal comes back with the backend's own sentence and code. */
export async function callBackend<T>(path: string, request: StoreRequest): Promise<PosCall<T>> {
  const medusa = await getMedusa();
  if (!medusa) return { ok: false, refusal: UNAVAILABLE };
  try {
    return { ok: true, value: await medusa.fetch<T>(path, { timeoutMs: POS_API_TIMEOUT_MS, ...request }) };
  } catch (error) {
    if (error instanceof StoreApiError && error.status < 500) {
      return { ok: false, refusal: { status: error.status, code: error.code ?? error.type, message: error.message }, retryAfter: error.retryAfterSeconds };
    }
    console.error(`[pos] the counter API request ${path} failed: ${describeError(error)}`);
    return { ok: false, refusal: UNAVAILABLE };
  }
}

/** Signs showroom staff in (POST /auth/pos_staff/emailpass) and reads who they are with the new token. */
export async function signInStaff(email: string, password: string): Promise<PosCall<{ token: string; me: PosMe }>> {
  const signedIn = await callBackend<{ token: string }>("/auth/pos_staff/emailpass", { method: "POST", body: { email, password } });
  if (!signedIn.ok) return signedIn;
  const me = await callBackend<PosMe>("/pos/me", { token: signedIn.value.token });
  return me.ok ? { ok: true, value: { token: signedIn.value.token, me: me.value } } : me;
}
