// The producer's ledger: its figures (sales, refunds, commission, paid out, due), each paid line
// and refund with the commission on it, and the programme office's payouts into its bank account.
import { formatVnd } from "@ocop/domain/money";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { PortalLedger } from "@/lib/producer-portal";
import styles from "./portal.module.css";

export async function PortalLedgerView({ ledger }: { ledger: PortalLedger }) {
  const t = await getTranslations("ProducerPortal");
  const format = await getFormatter();
  const { summary, entries, count, limit, offset, settlements } = ledger;
  const percent = (bps: number) => format.number(bps / 10_000, { style: "percent", maximumFractionDigits: 2 });
  const figures = [
    ["ledgerSales", summary.sales],
    ["ledgerRefunds", summary.refunds],
    ["ledgerCommission", summary.commission],
    ["ledgerSettled", summary.settled],
    ["ledgerDue", summary.due],
  ] as const;
  return (
    <div className={styles.page}>
      <p>
        <Link href="/producer">{t("backHome")}</Link>
      </p>
      <h1 className={styles.heading}>{t("ledger")}</h1>
      <p className={styles.lead}>{t("ledgerLead")}</p>
      <h2 className={styles.subheading}>{t("ledgerFigures")}</h2>
      <dl className={styles.figures}>
        {figures.map(([label, amount]) => (
          <div key={label}>
            <dt>{t(label)}</dt>
            <dd>{formatVnd(amount)}</dd>
          </div>
        ))}
      </dl>
      {summary.due < 0 && <p className={styles.meta}>{t("ledgerOwed", { amount: formatVnd(-summary.due) })}</p>}

      <h2 className={styles.subheading}>{t("settlements")}</h2>
      {settlements.length === 0 ? (
        <p className={styles.meta}>{t("noSettlements")}</p>
      ) : (
        <ul className={styles.list}>
          {settlements.map((settlement) => (
            <li key={settlement.id} className={styles.orderItem}>
              <span className={styles.itemTitle}>
                {t("settlementLine", {
                  number: settlement.number,
                  amount: formatVnd(settlement.amount),
                  until: format.dateTime(new Date(settlement.period_end), { dateStyle: "medium" }),
                })}
              </span>
              <span className={styles.meta}>
                {t("settlementAccount", { account: settlement.bank_account_number, name: settlement.bank_account_name, purpose: settlement.transfer_purpose })}
              </span>
            </li>
          ))}
        </ul>
      )}

      <h2 className={styles.subheading}>{t("ledgerEntries")}</h2>
      {entries.length === 0 ? (
        <p className={styles.meta}>{t("noLedgerEntries")}</p>
      ) : (
        <ul className={styles.list}>
          {entries.map((entry) => (
            <li key={entry.id} className={styles.orderItem}>
              <span className={styles.bar}>
                <span className={styles.itemTitle}>
                  {t(`ledgerKind.${entry.kind}`)}: {entry.title}
                </span>
                <span className={styles.badge} data-state={entry.settlement_id ? "captured" : "pending"}>
                  {entry.settlement_id ? t("ledgerInSettlement") : t("ledgerPending")}
                </span>
              </span>
              <span className={styles.meta}>
                {format.dateTime(new Date(entry.occurred_at), { dateStyle: "medium", timeStyle: "short" })} ·{" "}
                {t("ledgerEntryLine", {
                  number: entry.order_display_id ?? "—",
                  channel: t(`ledgerChannel.${entry.channel}`),
                  quantity: entry.quantity,
                  rate: percent(entry.rate_bps),
                })}
              </span>
              <span className={styles.meta}>
                {formatVnd(entry.gross)} − {formatVnd(entry.commission)} · {t("ledgerNet", { amount: formatVnd(entry.net) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {count > limit && (
        <nav className={styles.bar} aria-label={t("ledgerPages")}>
          {offset > 0 ? <Link href={{ pathname: "/producer/ledger", query: { from: Math.max(0, offset - limit) } }}>{t("newer")}</Link> : <span />}
          <span className={styles.meta}>{t("ledgerRange", { from: offset + 1, to: Math.min(count, offset + limit), count })}</span>
          {offset + limit < count ? <Link href={{ pathname: "/producer/ledger", query: { from: offset + limit } }}>{t("older")}</Link> : <span />}
        </nav>
      )}
    </div>
  );
}
