// The VietQR transfer beside the order: the code any Vietnamese bank app scans (drawn on the server,
// so no drawing code reaches the phone), and each value to type by hand with a copy button. While
// the money is awaited the page asks for it by itself and turns to paid when it arrives.
import { formatVnd } from "@ocop/domain/money";
import { useFormatter, useTranslations } from "next-intl";
import type { BankTransfer, OrderPaymentState } from "@/lib/order-payment";
import styles from "./bank-transfer.module.css";
import { CopyButton } from "./copy-button";
import { PaymentWaiter } from "./payment-waiter";

type Props = { orderId: string; state: OrderPaymentState; transfer: BankTransfer; qrSvg: string; reloadHref: string };

export function BankTransferPanel({ orderId, state, transfer, qrSvg, reloadHref }: Props) {
  const t = useTranslations("Order.transfer");
  const format = useFormatter();
  if (state === "paid") {
    return (
      <section className={`${styles.panel} ${styles.paid}`} aria-labelledby="transfer-heading" data-payment-state="paid">
        <h2 id="transfer-heading" className={styles.heading}>
          {t("paidHeading")}
        </h2>
        <p>{t("paidText", { amount: formatVnd(transfer.amount) })}</p>
      </section>
    );
  }
  if (state !== "awaiting") {
    return (
      <section className={styles.panel} aria-labelledby="transfer-heading" data-payment-state={state}>
        <h2 id="transfer-heading" className={styles.heading}>
          {t(`${state}Heading`)}
        </h2>
        <p>{t(`${state}Text`)}</p>
      </section>
    );
  }
  const rows: { key: string; label: string; shown: string; copy: string }[] = [
    { key: "bank", label: t("bank"), shown: transfer.bank_name, copy: transfer.bank_name },
    { key: "holder", label: t("holder"), shown: transfer.account_name, copy: transfer.account_name },
    { key: "account", label: t("account"), shown: transfer.account_number, copy: transfer.account_number },
    { key: "amount", label: t("amount"), shown: formatVnd(transfer.amount), copy: String(transfer.amount) },
    { key: "reference", label: t("reference"), shown: transfer.reference, copy: transfer.reference },
  ];
  return (
    <section className={styles.panel} aria-labelledby="transfer-heading" data-payment-state="awaiting">
      <h2 id="transfer-heading" className={styles.heading}>
        {t("heading")}
      </h2>
      <p className={styles.lead}>{t("lead")}</p>
      <div className={styles.layout}>
        <figure className={styles.code}>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG is drawn on the server by the qrcode library from the shop's own payload. */}
          <div className={styles.qr} role="img" aria-label={t("qrLabel", { amount: formatVnd(transfer.amount) })} dangerouslySetInnerHTML={{ __html: qrSvg }} />
          <figcaption className={styles.caption}>{t("scan")}</figcaption>
        </figure>
        <dl className={styles.values}>
          {rows.map((row) => (
            <div key={row.key} className={styles.row}>
              <dt>{row.label}</dt>
              <dd>
                <span className={styles.value} data-transfer-value={row.key}>
                  {row.shown}
                </span>
                <CopyButton value={row.copy} what={row.label} label={t("copy")} copiedLabel={t("copied")} />
              </dd>
            </div>
          ))}
        </dl>
      </div>
      <p className={styles.waiting} role="status">
        <span className={styles.spinner} aria-hidden="true" />
        {t("waiting")}
      </p>
      <p className={styles.note}>
        {t("referenceNote", { reference: transfer.reference })}{" "}
        {t("payBy", { time: format.dateTime(new Date(transfer.pay_by), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Ho_Chi_Minh" }) })}
      </p>
      <noscript>
        <p>
          <a href={reloadHref}>{t("check")}</a>
        </p>
      </noscript>
      <PaymentWaiter orderId={orderId} />
    </section>
  );
}
