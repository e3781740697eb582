// The showroom's shifts, newest first, each with its report: the manager reads past days here.
import { formatVnd } from "@ocop/domain/money";
import { VIETNAM_TIME_ZONE } from "@ocop/domain/vietnam-date";
import { callBackend, posToken } from "@/lib/pos-session";
import type { PosShift } from "@/lib/pos-types";
import styles from "@/modules/pos/report.module.css";

export const metadata = { title: "Các ca bán hàng" };

const at = (value: string | null) => (value ? new Intl.DateTimeFormat("vi-VN", { timeZone: VIETNAM_TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" }).format(new Date(value)) : "—");

export default async function ShiftsPage() {
  const token = await posToken();
  const shifts = token ? await callBackend<{ shifts: PosShift[] }>("/pos/shifts", { token, query: { limit: 50 } }) : null;
  return (
    <main className={styles.report}>
      <h1>Các ca bán hàng</h1>
      {!shifts ? (
        <p>
          Hãy <a href="/pos">đăng nhập tại quầy</a> để xem các ca.
        </p>
      ) : !shifts.ok ? (
        <p>{shifts.refusal.message}</p>
      ) : (
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Ca</th>
              <th scope="col">Mở</th>
              <th scope="col">Đóng</th>
              <th scope="col">Số đơn</th>
              <th scope="col">Chênh lệch</th>
              <th scope="col">Doanh thu</th>
            </tr>
          </thead>
          <tbody>
            {shifts.value.shifts.map((shift) => (
              <tr key={shift.id}>
                <td>
                  <a href={`/pos/shifts/${shift.id}`}>{shift.till}</a>
                </td>
                <td>{at(shift.opened_at)}</td>
                <td>{at(shift.closed_at)}</td>
                <td>{shift.report.salesCount}</td>
                <td>{shift.report.difference === null ? "—" : formatVnd(shift.report.difference)}</td>
                <td>{formatVnd(shift.report.salesTotal)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <a href="/pos">Về quầy</a>
      </p>
    </main>
  );
}
