"use client";
// The manager's returns on the counter: a past sale of the showroom (this device's recent ones and
// the open shift's), how many of each line come back, the reason, the cash paid back from the drawer
// (reckoned as the backend will before it is sent), or the whole sale taken back.
import { formatVnd } from "@ocop/domain/money";
import { useEffect, useState } from "react";
import { packsLeft, previewRefund, previewReturn, type ReturnChoice, refundRequest, returnRequest, stepReturn } from "@/lib/pos-returns";
import type { PosSale, PosShift } from "@/lib/pos-types";
import { posApi, refusalSentence } from "./pos-api";
import styles from "./pos.module.css";
import { FormAlert } from "./form-alert";

type Props = {
  shift: PosShift;
  /** The sales this device sent lately, newest first, as their answers were kept. */
  deviceSales: PosSale[];
  online: boolean;
  /** After a return: the sale as it stands now, so the counter reads its shift and stock again. */
  onReturned: (sale: PosSale) => Promise<void>;
  onClose: () => void;
};

const timeOf = (iso: string) => new Date(iso).toLocaleTimeString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", hour: "2-digit", minute: "2-digit" });
const lineName = (line: { title: string; variant_title: string | null }) => (line.variant_title ? `${line.title} · ${line.variant_title}` : line.title);
const packCount = (sale: PosSale) => sale.lines.reduce((sum, line) => sum + line.quantity, 0);

function failure(answer: { ok: false; refusal: { status: number; code?: string; message: string } | null; reason?: string }): string {
  return answer.refusal ? refusalSentence(answer.refusal) : `${answer.reason ?? "Mất kết nối."} Trả hàng cần kết nối mạng.`;
}

export function ReturnDialog({ shift, deviceSales, online, onReturned, onClose }: Props) {
  const [shiftSales, setShiftSales] = useState<PosSale[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [sale, setSale] = useState<PosSale | null>(null);
  const [choice, setChoice] = useState<ReturnChoice>({});
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [paidBack, setPaidBack] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!online) return;
    let current = true;
    void posApi<{ sales: PosSale[] }>(`/sales?shift_id=${encodeURIComponent(shift.id)}&limit=50`).then((answer) => {
      if (!current) return;
      if (answer.ok) setShiftSales(answer.value.sales);
      else setListError(failure(answer));
    });
    return () => {
      current = false;
    };
  }, [online, shift.id]);

  // The open shift's sales as the backend has them now, then this device's older ones of other shifts.
  const listed = [...(shiftSales ?? []), ...deviceSales.filter((entry) => !shiftSales?.some((fresh) => fresh.id === entry.id))];

  async function open(id: string) {
    setError(null);
    setPaidBack(null);
    const answer = await posApi<{ sale: PosSale }>(`/sales/${encodeURIComponent(id)}`);
    if (!answer.ok) return setError(failure(answer));
    setSale(answer.value.sale);
    setChoice({});
    setReason("");
  }

  async function send(kind: "return" | "refund") {
    if (!sale) return;
    const built = kind === "return" ? returnRequest(sale, shift.id, choice, reason) : refundRequest(sale, shift.id, reason);
    if (!built.ok) return setError(built.message);
    setBusy(true);
    setError(null);
    const answer = await posApi<{ sale: PosSale }>(`/sales/${encodeURIComponent(sale.id)}/${kind === "return" ? "returns" : "refund"}`, { method: "POST", body: built.body });
    if (!answer.ok) {
      setBusy(false);
      return setError(failure(answer));
    }
    const after = answer.value.sale;
    // The backend's own count of what this return paid out, which the preview said before.
    const paid = after.returned_total - sale.returned_total;
    setSale(after);
    setShiftSales((current) => current?.map((entry) => (entry.id === after.id ? after : entry)) ?? current);
    setChoice({});
    setReason("");
    setPaidBack(paid);
    await onReturned(after);
    setBusy(false);
  }

  if (!online) {
    return (
      <section className={styles.card} aria-label="Trả hàng">
        <h2>Trả hàng</h2>
        <p className={styles.error} role="alert">
          Trả hàng cần kết nối mạng: tiền trả khách và tồn kho do máy chủ ghi. Hãy chờ có mạng lại.
        </p>
        <button type="button" className={styles.secondary} onClick={onClose}>
          Đóng
        </button>
      </section>
    );
  }

  if (!sale) {
    return (
      <section className={styles.card} aria-label="Trả hàng">
        <h2>Trả hàng · chọn đơn</h2>
        <p className={styles.muted}>Các đơn của ca đang mở và các đơn gần đây của máy này.</p>
        <FormAlert message={listError} />
        <FormAlert message={error} />
        {shiftSales === null && !listError ? <p className={styles.muted}>Đang tải các đơn…</p> : null}
        {shiftSales !== null && listed.length === 0 ? <p className={styles.muted}>Chưa có đơn nào để trả.</p> : null}
        <ul className={styles.outbox}>
          {listed.map((entry) => (
            <li key={entry.id} data-return-sale={entry.id}>
              <button type="button" className={styles.link} onClick={() => void open(entry.id)}>
                {timeOf(entry.created_at)} · {formatVnd(entry.total)} · {packCount(entry)} gói
                {entry.status === "refunded" ? " · đã hoàn trả" : entry.returned_total > 0 ? ` · đã trả ${formatVnd(entry.returned_total)}` : ""}
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className={styles.secondary} onClick={onClose}>
          Đóng
        </button>
      </section>
    );
  }

  const preview = previewReturn(sale, choice);
  const whole = previewRefund(sale);
  const refunded = sale.status === "refunded";

  return (
    <section className={styles.card} aria-label="Trả hàng">
      <h2>
        Trả hàng · đơn {timeOf(sale.created_at)} · {formatVnd(sale.total)}
      </h2>
      {refunded ? <p className={styles.notice}>Đơn này đã được hoàn trả toàn bộ.</p> : null}
      <ul className={styles.lines}>
        {sale.lines.map((line) => {
          const left = packsLeft(line);
          const back = choice[line.id] ?? 0;
          return (
            <li key={line.id} className={styles.line} data-return-line={line.gtin ?? line.id}>
              <div className={styles.lineHead}>
                <span>
                  {lineName(line)}
                  <br />
                  <span className={styles.muted}>
                    Đã bán {line.quantity} · {formatVnd(line.total)}
                    {line.returned_quantity > 0 ? ` · đã trả ${line.returned_quantity} (${formatVnd(line.returned_amount)})` : ""}
                  </span>
                </span>
                <span className={styles.muted}>Còn trả được {left}</span>
              </div>
              <div className={styles.row}>
                <button type="button" className={styles.step} aria-label={`Trả bớt một ${line.title}`} disabled={back === 0} onClick={() => setChoice((c) => stepReturn(sale, c, line.id, -1))}>
                  −
                </button>
                <span className={styles.quantity} data-return-quantity>
                  {back}
                </span>
                <button type="button" className={styles.step} aria-label={`Trả thêm một ${line.title}`} disabled={back >= left} onClick={() => setChoice((c) => stepReturn(sale, c, line.id, 1))}>
                  +
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {!refunded ? (
        <>
          <label className={styles.field}>
            Lý do trả hàng (bắt buộc)
            <input
              name="return_reason"
              maxLength={200}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                setError(null);
              }}
            />
          </label>
          <p className={styles.change}>
            Tiền mặt trả khách: <strong data-return-cash>{formatVnd(preview.cash)}</strong>
            {preview.linesAmount > preview.cash ? <span className={styles.muted}> (phần chuyển khoản chưa nhận không được trả bằng tiền mặt)</span> : null}
          </p>
        </>
      ) : null}
      <FormAlert message={error} />
      {paidBack !== null ? (
        <p className={styles.message} role="status" data-return-done>
          Đã ghi trả hàng. Trả khách <strong data-return-paid>{formatVnd(paidBack)}</strong> tiền mặt từ ngăn kéo. Tiền mặt dự kiến trong ngăn kéo:{" "}
          <strong data-expected-cash>{formatVnd(shift.report.expectedCash)}</strong>.
        </p>
      ) : null}
      <div className={styles.row}>
        {!refunded ? (
          <>
            <button type="button" className={styles.primary} disabled={busy || preview.packs === 0} onClick={() => void send("return")}>
              {busy ? "Đang ghi…" : `Xác nhận trả ${preview.packs} gói`}
            </button>
            <button type="button" className={styles.warning} disabled={busy || whole.packs === 0} onClick={() => void send("refund")}>
              Trả cả đơn · {formatVnd(whole.cash)}
            </button>
          </>
        ) : null}
        <button
          type="button"
          className={styles.secondary}
          onClick={() => {
            setSale(null);
            setError(null);
            setPaidBack(null);
          }}
        >
          Chọn đơn khác
        </button>
        <button type="button" className={styles.secondary} onClick={onClose}>
          Đóng
        </button>
      </div>
    </section>
  );
}
