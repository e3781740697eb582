// POST /api/revalidate?tag=product:mien-dong-tai-hoan, with "Authorization: Bearer $REVALIDATE_SECRET":
// the backend calls this after a write so cached store API reads carrying that tag are refetched.
import { timingSafeEqual } from "node:crypto";
import { isCacheTag } from "@ocop/domain/cache-tags";
import { revalidateTag } from "next/cache";
import { type NextRequest, NextResponse } from "next/server";

export async function POST(request: NextRequest) {
  const secret = process.env.REVALIDATE_SECRET?.trim();
  if (!secret) {
    return NextResponse.json({ message: "Revalidation is off: REVALIDATE_SECRET is not set." }, { status: 503 });
  }
  if (!sameSecret(request.headers.get("authorization") ?? "", `Bearer ${secret}`)) {
    return NextResponse.json({ message: "The Authorization header does not carry the revalidation secret." }, { status: 401 });
  }
  const tags = request.nextUrl.searchParams.getAll("tag");
  const unknown = tags.filter((tag) => !isCacheTag(tag));
  if (tags.length === 0 || unknown.length > 0) {
    return NextResponse.json(
      { message: `Give one or more known cache tags as ?tag=…; not known: ${unknown.join(", ") || "(none given)"}.` },
      { status: 400 },
    );
  }
  // Expire now rather than serve stale once: the buyer who saved a change expects to see it.
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  return NextResponse.json({ revalidated: tags });
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
