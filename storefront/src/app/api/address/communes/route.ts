// GET /api/address/communes?province=37: the communes and wards of one 2025 province, for the
// address picker once a buyer changes the province. The units change by decree, not by request.
import { findProvince } from "@ocop/domain/admin-units";
import { NextResponse } from "next/server";

export function GET(request: Request) {
  const code = new URL(request.url).searchParams.get("province") ?? "";
  const province = findProvince(code);
  if (!province) return NextResponse.json({ communes: [] }, { status: 404 });
  return NextResponse.json(
    { communes: province.communes },
    { headers: { "cache-control": "public, max-age=86400, stale-while-revalidate=604800" } },
  );
}
