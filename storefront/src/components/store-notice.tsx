// A full-width message in place of content the page cannot show; server-rendered, no script needed.
import type { ReactNode } from "react";
import styles from "./store-notice.module.css";

type StoreNoticeProps = {
  title: string;
  children: ReactNode;
  /** A way forward: a link or a button. */
  action?: ReactNode;
};

export function StoreNotice({ title, children, action }: StoreNoticeProps) {
  return (
    <section className={styles.notice} role="status">
      <h1 className={styles.title}>{title}</h1>
      <div className={styles.body}>{children}</div>
      {action && <div className={styles.action}>{action}</div>}
    </section>
  );
}
