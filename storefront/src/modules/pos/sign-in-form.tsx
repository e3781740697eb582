"use client";
// Showroom staff sign in on the counter; the backend's refusal (a wrong password, too many tries) is shown as it comes.
import { useState } from "react";
import type { PosMe } from "@/lib/pos-types";
import { posApi } from "./pos-api";
import styles from "./pos.module.css";
import { FormAlert } from "./form-alert";

export function SignInForm({ onSignedIn }: { onSignedIn: (me: PosMe) => void }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const answer = await posApi<PosMe>("/session", { method: "POST", body: { email, password } });
    setBusy(false);
    if (answer.ok) return onSignedIn(answer.value);
    setError(answer.refusal ? answer.refusal.message : `${answer.reason} Hãy thử lại.`);
  }

  return (
    <main className={styles.signIn}>
      <form className={styles.card} onSubmit={submit} noValidate>
        <h1>Quầy bán hàng OCOP</h1>
        <p className={styles.muted}>Nhân viên cửa hàng giới thiệu sản phẩm OCOP đăng nhập để bán hàng.</p>
        <label className={styles.field}>
          Email
          <input type="email" name="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label className={styles.field}>
          Mật khẩu
          <input type="password" name="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <FormAlert message={error} />
        <button type="submit" className={styles.primary} disabled={busy}>
          {busy ? "Đang đăng nhập…" : "Đăng nhập"}
        </button>
      </form>
    </main>
  );
}
