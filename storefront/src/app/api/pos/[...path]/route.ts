// The counter's API (backend /pos/**) for the /pos screen, on the signed-in staff member's behalf:
// the token comes from the httpOnly cookie, the sale's Idempotency-Key and a manager's approval pass
// through, and the backend's answer (its status, sentence and code) comes back as it was given.
import { NextResponse } from "next/server";
import { callBackend, posToken } from "@/lib/pos-session";

const noStore = { "cache-control": "private, no-store" };
const PASSED_HEADERS = ["idempotency-key", "x-pos-manager-approval"] as const;

type Context = { params: Promise<{ path: string[] }> };

async function forward(request: Request, { params }: Context, method: "GET" | "POST") {
  const token = await posToken();
  if (!token) return NextResponse.json({ status: 401, message: "Phiên đăng nhập quầy đã hết: hãy đăng nhập lại." }, { status: 401, headers: noStore });
  const { path } = await params;
  const url = new URL(request.url);
  const headers = Object.fromEntries(PASSED_HEADERS.flatMap((name) => (request.headers.get(name) ? [[name, request.headers.get(name) as string]] : [])));
  const body = method === "POST" ? await request.json().catch(() => ({})) : undefined;
  const query = Object.fromEntries(url.searchParams);
  const answer = await callBackend<unknown>(`/pos/${path.map(encodeURIComponent).join("/")}`, { method, token, headers, body, query });
  if (!answer.ok) return NextResponse.json(answer.refusal, { status: answer.refusal.status, headers: noStore });
  return NextResponse.json(answer.value, { headers: noStore });
}

export const GET = (request: Request, context: Context) => forward(request, context, "GET");
export const POST = (request: Request, context: Context) => forward(request, context, "POST");
