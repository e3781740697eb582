"use client";
// The manager's approval on the cashier's screen: the manager types their email and password here,
// and the backend (POST /pos/approvals, under the cashier's session) answers an approval good for one
// sale and a few minutes, which goes with this sale as x-pos-manager-approval. It is kept in the
// counter's memory only, for that sale, and never written to the device.
import { useState } from "react";
import { posApi, refusalSentence } from "./pos-api";
import styles from "./pos.module.css";
import { FormAlert } from "./form-alert";

export type Approval = { token: string; managerName: string };

export function ApprovalForm({ reasons, onApproved, onCancel }: { reasons: string[]; onApproved: (approval: Approval) => void; onCancel: () => void }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const answer = await posApi<{ approval: { token: string; manager: { name: string } } }>("/approvals", { method: "POST", body: { email, password } });
    if (answer.ok) return onApproved({ token: answer.value.approval.token, managerName: answer.value.approval.manager.name });
    setError(answer.refusal ? refusalSentence(answer.refusal) : `${answer.reason} Quản lý cần kết nối mạng để duyệt.`);
  }

  return (
    <form className={styles.card} onSubmit={submit} noValidate aria-label="Quản lý duyệt">
      <h2>Cần quản lý duyệt</h2>
      <ul className={styles.reasons}>
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <label className={styles.field}>
        Email quản lý
        <input type="email" name="manager_email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <label className={styles.field}>
        Mật khẩu quản lý
        <input type="password" name="manager_password" autoComplete="off" value={password} onChange={(e) => setPassword(e.target.value)} />
      </label>
      <FormAlert message={error} />
      <div className={styles.row}>
        <button type="submit" className={styles.primary}>
          Duyệt đơn này
        </button>
        <button type="button" className={styles.secondary} onClick={onCancel}>
          Huỷ
        </button>
      </div>
    </form>
  );
}
