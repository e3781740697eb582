// The signed-in producer member: the `producer_member` JWT kept in an httpOnly cookie, as the
// buyer's is (lib/customer.ts). A stand-in until the producer portal's own sign-in lands: it only
// reads the cookie the portal's sign-in will set.
import { cookies } from "next/headers";

export const PRODUCER_SESSION_COOKIE = "ocop_producer";

export async function producerSessionToken(): Promise<string | undefined> {
  return (await cookies()).get(PRODUCER_SESSION_COOKIE)?.value || undefined;
}
