"use client";
// A shift's forms on the counter: opening it with the cash float, cash in or out with its reason,
// and the manager's close with the drawer counted. Amounts are typed "500.000" or "500000"; a bad one
// is said in Vietnamese and what was typed stays.
import { DEFAULT_TILL } from "@ocop/domain/pos";
import { useState } from "react";
import { parseDong } from "@/lib/pos-money";
import type { PosShift } from "@/lib/pos-types";
import { posApi, refusalSentence } from "./pos-api";
import styles from "./pos.module.css";
import { FormAlert } from "./form-alert";

function failure(answer: { ok: false; refusal: { status: number; code?: string; message: string } | null; reason?: string }): string {
  return answer.refusal ? refusalSentence(answer.refusal) : `${answer.reason ?? "Mất kết nối."} Cần kết nối mạng cho việc này.`;
}

export function OpenShiftForm({ onOpened }: { onOpened: (shift: PosShift) => void }) {
  const [float, setFloat] = useState("");
  const [till, setTill] = useState<string>(DEFAULT_TILL);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const amount = parseDong(float, "Tiền đầu ca");
    if (!amount.ok) return setError(amount.message);
    setBusy(true);
    const answer = await posApi<{ shift: PosShift }>("/shifts", { method: "POST", body: { opening_float: amount.amount, till: till.trim() || DEFAULT_TILL } });
    setBusy(false);
    if (answer.ok) return onOpened(answer.value.shift);
    setError(failure(answer));
  }

  return (
    <form className={styles.card} onSubmit={submit} noValidate>
      <h2>Mở ca bán hàng</h2>
      <label className={styles.field}>
        Quầy
        <input name="till" value={till} maxLength={50} onChange={(e) => setTill(e.target.value)} />
      </label>
      <label className={styles.field}>
        Tiền đầu ca (tiền lẻ trong ngăn kéo)
        <input name="opening_float" inputMode="numeric" placeholder="500.000" value={float} onChange={(e) => setFloat(e.target.value)} />
      </label>
      <FormAlert message={error} />
      <button type="submit" className={styles.primary} disabled={busy}>
        Mở ca
      </button>
    </form>
  );
}

export function CashMovementForm({ shift, onDone, onCancel }: { shift: PosShift; onDone: (shift: PosShift) => void; onCancel: () => void }) {
  const [kind, setKind] = useState<"in" | "out">("in");
  const [amount, setAmount] = useState("");
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const parsed = parseDong(amount);
    if (!parsed.ok) return setError(parsed.message);
    if (parsed.amount === 0) return setError("Số tiền phải lớn hơn 0.");
    if (!reason.trim()) return setError("Hãy ghi lý do: khi kiểm tiền cuối ca sẽ đọc lý do này.");
    const answer = await posApi<{ shift: PosShift }>(`/shifts/${shift.id}/cash-movements`, { method: "POST", body: { kind, amount: parsed.amount, reason: reason.trim() } });
    if (answer.ok) return onDone(answer.value.shift);
    setError(failure(answer));
  }

  return (
    <form className={styles.card} onSubmit={submit} noValidate aria-label="Thu chi tiền mặt">
      <h2>Thu / chi tiền mặt</h2>
      <fieldset className={styles.segmented}>
        <legend>Loại</legend>
        <label>
          <input type="radio" name="kind" checked={kind === "in"} onChange={() => setKind("in")} /> Nộp vào ngăn kéo
        </label>
        <label>
          <input type="radio" name="kind" checked={kind === "out"} onChange={() => setKind("out")} /> Lấy ra
        </label>
      </fieldset>
      <label className={styles.field}>
        Số tiền
        <input name="amount" inputMode="numeric" placeholder="200.000" value={amount} onChange={(e) => setAmount(e.target.value)} />
      </label>
      <label className={styles.field}>
        Lý do
        <input name="reason" maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <FormAlert message={error} />
      <div className={styles.row}>
        <button type="submit" className={styles.primary}>
          Ghi nhận
        </button>
        <button type="button" className={styles.secondary} onClick={onCancel}>
          Huỷ
        </button>
      </div>
    </form>
  );
}

export function CloseShiftForm({ shift, waiting, onClosed, onCancel }: { shift: PosShift; waiting: number; onClosed: (shift: PosShift) => void; onCancel: () => void }) {
  const [counted, setCounted] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (waiting > 0) return setError(`Còn ${waiting} đơn chưa gửi lên máy chủ: hãy chờ có mạng để gửi hết rồi mới đóng ca.`);
    const parsed = parseDong(counted, "Tiền đếm được");
    if (!parsed.ok) return setError(parsed.message);
    const answer = await posApi<{ shift: PosShift }>(`/shifts/${shift.id}/close`, { method: "POST", body: { counted_cash: parsed.amount } });
    if (answer.ok) return onClosed(answer.value.shift);
    setError(failure(answer));
  }

  return (
    <form className={styles.card} onSubmit={submit} noValidate aria-label="Đóng ca">
      <h2>Đóng ca {shift.till}</h2>
      <p className={styles.muted}>Đếm tiền mặt trong ngăn kéo và nhập tổng số.</p>
      <label className={styles.field}>
        Tiền mặt đếm được
        <input name="counted_cash" inputMode="numeric" placeholder="1.500.000" value={counted} onChange={(e) => setCounted(e.target.value)} />
      </label>
      <FormAlert message={error} />
      <div className={styles.row}>
        <button type="submit" className={styles.primary}>
          Đóng ca và xem báo cáo
        </button>
        <button type="button" className={styles.secondary} onClick={onCancel}>
          Huỷ
        </button>
      </div>
    </form>
  );
}
