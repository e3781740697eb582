// One shift's report, printable (the close of a shift lands here).
import { callBackend, posToken } from "@/lib/pos-session";
import type { PosMe, PosShift } from "@/lib/pos-types";
import { ShiftReport } from "@/modules/pos/shift-report";

export const metadata = { title: "Báo cáo ca" };

export default async function ShiftReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const token = await posToken();
  if (!token) return <SignInFirst />;
  const [me, shift] = await Promise.all([callBackend<PosMe>("/pos/me", { token }), callBackend<{ shift: PosShift }>(`/pos/shifts/${encodeURIComponent(id)}`, { token })]);
  if (!me.ok || !shift.ok) return <main style={{ padding: "1.5rem" }}>{!shift.ok ? shift.refusal.message : !me.ok ? me.refusal.message : ""} <a href="/pos">Về quầy</a></main>;
  return <ShiftReport shift={shift.value.shift} showroom={me.value.showroom} />;
}

function SignInFirst() {
  return (
    <main style={{ padding: "1.5rem" }}>
      Hãy <a href="/pos">đăng nhập tại quầy</a> để xem báo cáo ca.
    </main>
  );
}
