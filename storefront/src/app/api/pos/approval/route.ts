// A manager's approval on the counter: the manager types their email and password on the cashier's
// screen and gets back their session token, which the screen sends as x-pos-manager-approval with
// that one sale and then forgets. Nothing is stored here; the backend checks the token on the sale.
import { NextResponse } from "next/server";
import { signInStaff } from "@/lib/pos-session";

const noStore = { "cache-control": "private, no-store" };

export async function POST(request: Request) {
  const body = (await request.json().catch(() => null)) as { email?: unknown; password?: unknown } | null;
  const email = typeof body?.email === "string" ? body.email.trim() : "";
  const password = typeof body?.password === "string" ? body.password : "";
  if (!email || !password) return NextResponse.json({ status: 400, message: "Quản lý hãy nhập email và mật khẩu." }, { status: 400, headers: noStore });
  const signedIn = await signInStaff(email, password);
  if (!signedIn.ok) return NextResponse.json(signedIn.refusal, { status: signedIn.refusal.status, headers: noStore });
  if (signedIn.value.me.staff.role !== "manager") {
    return NextResponse.json({ status: 403, message: `${signedIn.value.me.staff.name} không phải quản lý: chỉ quản lý cửa hàng được duyệt.` }, { status: 403, headers: noStore });
  }
  return NextResponse.json({ token: signedIn.value.token, manager: signedIn.value.me.staff }, { headers: noStore });
}
