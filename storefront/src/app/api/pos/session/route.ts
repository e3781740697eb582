// The counter's sign-in: POST signs a staff member in and keeps their token in the httpOnly cookie,
// GET says who is signed in, DELETE signs out. Refusals (a wrong password 401, too many tries 429)
// come back with the backend's own sentence.
import { NextResponse } from "next/server";
import { callBackend, endPosSession, posToken, signInStaff, startPosSession } from "@/lib/pos-session";
import type { PosMe } from "@/lib/pos-types";

const noStore = { "cache-control": "private, no-store" };

export async function GET() {
  const token = await posToken();
  if (!token) return NextResponse.json({ status: 401, message: "Chưa đăng nhập." }, { status: 401, headers: noStore });
  const me = await callBackend<PosMe>("/pos/me", { token });
  if (!me.ok) return NextResponse.json(me.refusal, { status: me.refusal.status, headers: noStore });
  return NextResponse.json(me.value, { headers: noStore });
}

export async function POST(request: Request) {
  const body = (await request.json().catch(() => null)) as { email?: unknown; password?: unknown } | null;
  const email = typeof body?.email === "string" ? body.email.trim() : "";
  const password = typeof body?.password === "string" ? body.password : "";
  if (!email || !password) return NextResponse.json({ status: 400, message: "Hãy nhập email và mật khẩu." }, { status: 400, headers: noStore });
  const signedIn = await signInStaff(email, password);
  if (!signedIn.ok) {
    const headers = { ...noStore, ...(signedIn.retryAfter ? { "retry-after": String(signedIn.retryAfter) } : {}) };
    return NextResponse.json(signedIn.refusal, { status: signedIn.refusal.status, headers });
  }
  await startPosSession(signedIn.value.token);
  return NextResponse.json(signedIn.value.me, { headers: noStore });
}

export async function DELETE() {
  await endPosSession();
  return NextResponse.json({ signed_out: true }, { headers: noStore });
}
