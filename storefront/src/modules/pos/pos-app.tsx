"use client";
// The /pos screen: sign-in, then the open shift (or the form that opens one), then the counter.
// What the counter needs offline (who is signed in, the showroom, the shift) is kept on the device.
import { useEffect, useState } from "react";
import type { PosMe, PosShift } from "@/lib/pos-types";
import { Counter } from "./counter";
import { posApi } from "./pos-api";
import { forgetSession, loadMeta, saveMeta } from "./pos-db";
import styles from "./pos.module.css";
import { OpenShiftForm } from "./shift-forms";
import { SignInForm } from "./sign-in-form";

type ShiftState = { status: "loading" } | { status: "open"; shift: PosShift } | { status: "none" };

export function PosApp({ initialMe }: { initialMe: PosMe | null }) {
  const [me, setMe] = useState<PosMe | null>(initialMe);
  const [shift, setShift] = useState<ShiftState>({ status: "loading" });

  useEffect(() => {
    if (!me) return;
    void saveMeta("me", me);
    let cancelled = false;
    (async () => {
      const answer = await posApi<{ shifts: PosShift[] }>("/shifts?status=open&limit=1");
      if (cancelled) return;
      if (answer.ok) {
        const open = answer.value.shifts[0] ?? null;
        await saveMeta("shift", open);
        return setShift(open ? { status: "open", shift: open } : { status: "none" });
      }
      if (answer.refusal?.status === 401) return setMe(null);
      // Offline: the shift this device last had open goes on.
      const kept = await loadMeta("shift");
      setShift(kept ? { status: "open", shift: kept } : { status: "none" });
    })();
    return () => {
      cancelled = true;
    };
  }, [me]);

  async function signOut() {
    await posApi("/session", { method: "DELETE" });
    await forgetSession();
    setShift({ status: "loading" });
    setMe(null);
  }

  if (!me) return <SignInForm onSignedIn={setMe} />;
  if (shift.status === "loading") return <main className={styles.signIn}>Đang tải ca bán hàng…</main>;
  if (shift.status === "none") {
    return (
      <main className={styles.signIn}>
        <OpenShiftForm
          onOpened={(opened) => {
            void saveMeta("shift", opened);
            setShift({ status: "open", shift: opened });
          }}
        />
        <p>
          {me.staff.name} · {me.showroom.name} ·{" "}
          <button type="button" className={styles.link} onClick={signOut}>
            Đăng xuất
          </button>
        </p>
      </main>
    );
  }
  return (
    <Counter
      me={me}
      shift={shift.shift}
      onShiftChange={(changed) => {
        void saveMeta("shift", changed.status === "open" ? changed : null);
        setShift(changed.status === "open" ? { status: "open", shift: changed } : { status: "none" });
      }}
      onSignOut={signOut}
    />
  );
}
