// The portal's photo upload: the member's multipart form goes on to the backend's photo route
// with their token (kept in an httpOnly cookie the browser's script cannot read). A form sent
// without JavaScript comes back to the product page (with the refusal's code, or its sentence);
// the portal's script reads the JSON answer.
import { type NextRequest, NextResponse } from "next/server";
import { backendUrl } from "@/lib/medusa";
import { PRODUCER_CHOICE_COOKIE, PRODUCER_SESSION_COOKIE } from "@/lib/producer-portal";
import { photoProblemOf } from "@/lib/photo-refusal";

export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const token = request.cookies.get(PRODUCER_SESSION_COOKIE)?.value;
  const back = request.nextUrl.searchParams.get("back");
  const wantsJson = request.headers.get("accept")?.includes("application/json");
  if (!token) return NextResponse.json({ message: null, signedOut: true }, { status: 401 });
  const chosen = request.cookies.get(PRODUCER_CHOICE_COOKIE)?.value;
  const form = await request.formData();
  const upload = new FormData();
  for (const file of form.getAll("photos")) if (file instanceof File && file.size > 0) upload.append("photos", file, file.name);
  let status = 502;
  let message: string | null = null;
  let code: string | undefined;
  try {
    const response = await fetch(`${backendUrl()}/producer/products/${encodeURIComponent(id)}/photos`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, ...(chosen ? { "x-producer-id": chosen } : {}) },
      body: upload,
    });
    status = response.status;
    if (!response.ok) ({ message = null, code } = (await response.json().catch(() => ({}))) as { message?: string | null; code?: string });
  } catch (error) {
    console.error(`[producer] the photo upload failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (wantsJson) return NextResponse.json({ message, code }, { status: status >= 400 ? status : 201 });
  // Only a path of this site is a place to return to.
  const target = back?.startsWith("/") && !back.startsWith("//") ? back : "/producer";
  const url = new URL(target, request.nextUrl.origin);
  if (status >= 400) url.searchParams.set("photoError", photoProblemOf({ code, message }));
  return NextResponse.redirect(url, 303);
}
