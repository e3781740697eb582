// A shift's end-of-day report, printable: totals by way of payment and by producer, the float,
// cash in and out, the cash expected in the drawer, the count and the difference.
import { formatVnd } from "@ocop/domain/money";
import { VIETNAM_TIME_ZONE } from "@ocop/domain/vietnam-date";
import type { PosShift, PosShowroom } from "@/lib/pos-types";
import { PrintButton } from "./print-button";
import styles from "./report.module.css";

const at = (value: string | null) =>
  value ? new Intl.DateTimeFormat("vi-VN", { timeZone: VIETNAM_TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" }).format(new Date(value)) : "—";

export function ShiftReport({ shift, showroom }: { shift: PosShift; showroom: PosShowroom }) {
  const { report } = shift;
  const difference = report.difference;
  return (
    <main className={styles.report} data-shift-report={shift.id}>
      <h1>Báo cáo ca · {shift.till}</h1>
      <p>{showroom.name}</p>
      <p>
        Mở ca: {at(shift.opened_at)} · Đóng ca: {at(shift.closed_at)} · {shift.status === "open" ? "Ca đang mở" : "Ca đã đóng"}
      </p>
      <h2>Doanh thu</h2>
      <dl className={styles.figures}>
        <dt>Số đơn</dt>
        <dd data-report="sales-count">{report.salesCount}</dd>
        <dt>Tổng doanh thu</dt>
        <dd data-report="sales-total">{formatVnd(report.salesTotal)}</dd>
        <dt>Tiền mặt</dt>
        <dd data-report="cash">{formatVnd(report.byPaymentMethod.cash)}</dd>
        <dt>Chuyển khoản VietQR</dt>
        <dd data-report="vietqr">{formatVnd(report.byPaymentMethod.vietqr)}</dd>
        {report.vietqrPending > 0 ? (
          <>
            <dt>… trong đó chưa được ngân hàng xác nhận</dt>
            <dd data-report="vietqr-pending">{formatVnd(report.vietqrPending)}</dd>
          </>
        ) : null}
      </dl>
      <h2>Theo chủ thể OCOP</h2>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Chủ thể</th>
            <th scope="col">Doanh thu</th>
          </tr>
        </thead>
        <tbody>
          {report.byProducer.map((producer) => (
            <tr key={producer.producerId} data-report-producer={producer.producerName}>
              <td>{producer.producerName}</td>
              <td>{formatVnd(producer.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Tiền mặt trong ngăn kéo</h2>
      <dl className={styles.figures}>
        <dt>Tiền đầu ca</dt>
        <dd data-report="float">{formatVnd(report.openingFloat)}</dd>
        <dt>Nộp vào</dt>
        <dd data-report="cash-in">{formatVnd(report.cashIn)}</dd>
        <dt>Lấy ra</dt>
        <dd data-report="cash-out">{formatVnd(report.cashOut)}</dd>
        <dt>Phải có</dt>
        <dd data-report="expected">{formatVnd(report.expectedCash)}</dd>
        <dt>Đếm được</dt>
        <dd data-report="counted">{report.countedCash === null ? "Chưa đếm" : formatVnd(report.countedCash)}</dd>
        <dt>Chênh lệch</dt>
        <dd data-report="difference">{difference === null ? "—" : `${difference > 0 ? "Thừa " : difference < 0 ? "Thiếu " : ""}${formatVnd(Math.abs(difference))}`}</dd>
      </dl>
      {shift.cash_movements.length ? (
        <>
          <h2>Thu chi trong ca</h2>
          <ul>
            {shift.cash_movements.map((movement) => (
              <li key={movement.id}>
                {at(movement.created_at)} · {movement.kind === "in" ? "Nộp vào" : "Lấy ra"} {formatVnd(movement.amount)}: {movement.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className={styles.actions}>
        <PrintButton />
        <a href="/pos">Về quầy</a> · <a href="/pos/shifts">Các ca trước</a>
      </p>
    </main>
  );
}
