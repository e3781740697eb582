"use client";
// A sale's receipt for an 80 mm receipt printer, drawn from the counter's own device: the backend's
// sale once it has answered, else what the counter recorded (then marked as not sent yet). Each
// product has a QR code of its trace page (/t/<GTIN-13>), as its package label does.
import { formatAddress } from "@ocop/domain/address-format";
import { formatVnd } from "@ocop/domain/money";
import { formatPhone } from "@ocop/domain/phone";
import { VIETNAM_TIME_ZONE } from "@ocop/domain/vietnam-date";
import QRCode from "qrcode";
import { useEffect, useState } from "react";
import type { QueuedSale } from "@/lib/pos-queue";
import type { PosMe, PosShowroom } from "@/lib/pos-types";
import { getSale, loadMeta } from "./pos-db";
import styles from "./receipt.module.css";

type Loaded = { status: "loading" } | { status: "missing" } | { status: "ready"; sale: QueuedSale; me: PosMe | undefined; codes: Record<string, string> };

const PAYMENT_NAMES = { cash: "Tiền mặt", vietqr: "Chuyển khoản VietQR" } as const;

export function Receipt({ saleKey }: { saleKey: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" });

  useEffect(() => {
    (async () => {
      const [sale, me] = await Promise.all([getSale(saleKey), loadMeta("me")]);
      if (!sale) return setLoaded({ status: "missing" });
      const gtins = [...new Set((sale.sale?.lines ?? sale.snapshot.lines).flatMap((line) => (line.gtin ? [line.gtin] : [])))];
      const codes = Object.fromEntries(
        await Promise.all(gtins.map(async (gtin) => [gtin, await QRCode.toString(`${window.location.origin}/t/${gtin}`, { type: "svg", margin: 0, errorCorrectionLevel: "M" })] as const)),
      );
      setLoaded({ status: "ready", sale, me, codes });
    })();
  }, [saleKey]);

  if (loaded.status === "loading") return <main className={styles.receipt}>Đang mở hoá đơn…</main>;
  if (loaded.status === "missing") return <main className={styles.receipt}>Máy này không có hoá đơn của đơn hàng này.</main>;
  const { sale, me, codes } = loaded;
  const recorded = sale.sale;
  const lines = recorded?.lines ?? sale.snapshot.lines;
  const payments = recorded?.payments ?? sale.body.payments.map((p) => ({ ...p, tendered: p.tendered ?? null, change: p.method === "cash" ? sale.snapshot.change : null }));
  // When the sale was made at the counter, not when it reached the backend: an offline sale arrives later.
  const when = new Intl.DateTimeFormat("vi-VN", { timeZone: VIETNAM_TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit" }).format(new Date(sale.createdAt));
  const phone = recorded?.customer_phone ?? sale.body.customer_phone;

  return (
    <main className={styles.receipt} data-receipt={sale.key}>
      <header className={styles.head}>
        <h1>{me?.showroom.name ?? "Cửa hàng giới thiệu sản phẩm OCOP"}</h1>
        {me ? <p data-receipt-address>{showroomAddress(me.showroom)}</p> : null}
        {me?.showroom.phone ? <p>ĐT: {formatPhone(me.showroom.phone)}</p> : null}
        <h2>HOÁ ĐƠN BÁN HÀNG</h2>
        <p>{when}</p>
        <p>Thu ngân: {sale.snapshot.staffName}</p>
        {phone ? <p>Khách hàng: {formatPhone(phone)}</p> : null}
        {!recorded ? <p className={styles.pending}>Đơn đã lưu trên máy, chưa gửi lên máy chủ.</p> : null}
      </header>
      <ol className={styles.lines}>
        {lines.map((line) => (
          <li key={`${line.gtin ?? line.title}-${line.variant_title ?? ""}`} data-receipt-line>
            <div className={styles.lineTitle}>
              {line.title}
              {line.variant_title ? ` (${line.variant_title})` : ""}
            </div>
            <div className={styles.producer}>{line.producer_name}</div>
            <div className={styles.amounts}>
              <span>
                {line.quantity} × {formatVnd(line.unit_price)}
              </span>
              <span>{formatVnd(line.quantity * line.unit_price)}</span>
            </div>
            {line.line_discount > 0 ? (
              <div className={styles.amounts}>
                <span>Giảm giá</span>
                <span>−{formatVnd(line.line_discount)}</span>
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      <dl className={styles.totals}>
        <dt>Tạm tính</dt>
        <dd>{formatVnd(recorded?.subtotal ?? sale.snapshot.subtotal)}</dd>
        {(recorded?.discount_total ?? sale.snapshot.discountTotal) > 0 ? (
          <>
            <dt>Giảm giá</dt>
            <dd>−{formatVnd(recorded?.discount_total ?? sale.snapshot.discountTotal)}</dd>
          </>
        ) : null}
        <dt className={styles.grand}>Tổng cộng</dt>
        <dd className={styles.grand} data-receipt-total>
          {formatVnd(recorded?.total ?? sale.snapshot.total)}
        </dd>
        {payments.map((payment) => (
          <div key={payment.method} className={styles.payment}>
            <dt>
              {PAYMENT_NAMES[payment.method]}
              {"status" in payment && payment.status === "pending" ? " (chờ ngân hàng xác nhận)" : ""}
            </dt>
            <dd>{formatVnd(payment.amount)}</dd>
            {payment.method === "cash" && payment.tendered !== null && payment.tendered !== undefined ? (
              <>
                <dt>Khách đưa</dt>
                <dd>{formatVnd(payment.tendered)}</dd>
                <dt>Tiền thừa</dt>
                <dd data-receipt-change>{formatVnd(payment.change ?? 0)}</dd>
              </>
            ) : null}
          </div>
        ))}
      </dl>
      {Object.keys(codes).length ? (
        <section className={styles.trace}>
          <p>Quét mã để xem nguồn gốc sản phẩm:</p>
          <ul>
            {lines
              .filter((line, index) => line.gtin && lines.findIndex((other) => other.gtin === line.gtin) === index)
              .map((line) => (
                <li key={line.gtin}>
                  {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG is drawn here by the qrcode library from the trace page's own URL. */}
                  <div className={styles.qr} role="img" aria-label={`Mã QR truy xuất nguồn gốc ${line.title}`} dangerouslySetInnerHTML={{ __html: codes[line.gtin as string] ?? "" }} />
                  <span>{line.title}</span>
                </li>
              ))}
          </ul>
        </section>
      ) : null}
      <p className={styles.thanks}>Cảm ơn quý khách và hẹn gặp lại!</p>
      <p className={styles.code}>Mã đơn: {recorded?.id ?? sale.key}</p>
      <button type="button" className={styles.print} onClick={() => window.print()}>
        In hoá đơn
      </button>
    </main>
  );
}

/** The showroom's address in the shop's one form: the 2025 units, the ones it was issued under in brackets. */
function showroomAddress(showroom: PosShowroom): string {
  if (!showroom.province) return showroom.address_as_issued ?? "";
  return formatAddress({ street: null, commune: showroom.commune?.name ?? null, province: showroom.province?.name ?? null, asIssued: showroom.address_as_issued ?? null }, "vi");
}
