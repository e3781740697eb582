"use client";
// The customer display (/pos/display): follows the counter over a BroadcastChannel of the same
// browser, showing the lines and total as they change, the VietQR code to scan for a transfer, and
// "Đã nhận tiền" once the bank's notification has confirmed it.
import { formatVnd } from "@ocop/domain/money";
import QRCode from "qrcode";
import { useEffect, useState } from "react";
import { DISPLAY_CHANNEL, type DisplayMessage } from "./display-channel";
import styles from "./display.module.css";

export function CustomerDisplay() {
  const [shown, setShown] = useState<DisplayMessage>({ kind: "idle" });
  const [qrSvg, setQrSvg] = useState<string | null>(null);

  useEffect(() => {
    const channel = new BroadcastChannel(DISPLAY_CHANNEL);
    channel.onmessage = (event: MessageEvent<DisplayMessage>) => setShown(event.data);
    return () => channel.close();
  }, []);

  useEffect(() => {
    if (shown.kind !== "vietqr" || !shown.payload) return setQrSvg(null);
    let current = true;
    void QRCode.toString(shown.payload, { type: "svg", margin: 2, errorCorrectionLevel: "M" }).then((svg) => current && setQrSvg(svg));
    return () => {
      current = false;
    };
  }, [shown]);

  return (
    <main className={styles.display} data-display={shown.kind}>
      {shown.kind === "idle" ? (
        <div className={styles.centre}>
          <h1>Xin chào quý khách</h1>
          <p>Sản phẩm OCOP — Mỗi xã một sản phẩm</p>
        </div>
      ) : null}
      {shown.kind === "cart" ? (
        <>
          <ul className={styles.lines}>
            {shown.lines.map((line) => (
              <li key={line.title}>
                <span>
                  {line.quantity} × {line.title}
                </span>
                <strong>{formatVnd(line.total)}</strong>
              </li>
            ))}
          </ul>
          {shown.discountTotal > 0 ? <p className={styles.discount}>Giảm giá: −{formatVnd(shown.discountTotal)}</p> : null}
          <p className={styles.total}>
            Tổng cộng <strong data-display-total>{formatVnd(shown.total)}</strong>
          </p>
        </>
      ) : null}
      {shown.kind === "vietqr" ? (
        <div className={styles.centre}>
          <h1>{qrSvg ? `Quét mã để chuyển khoản ${formatVnd(shown.amount)}` : `Chuyển khoản ${formatVnd(shown.amount)}`}</h1>
          {qrSvg ? (
            // biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG is drawn here by the qrcode library from the sale's own payload.
            <div className={styles.qr} role="img" aria-label={`Mã VietQR ${formatVnd(shown.amount)}`} dangerouslySetInnerHTML={{ __html: qrSvg }} />
          ) : (
            <p>Nhân viên sẽ đưa mã VietQR của cửa hàng để quý khách quét.</p>
          )}
          {shown.account ? (
            <p data-display-account>
              {shown.account.bank} · {shown.account.number} · {shown.account.holder}
            </p>
          ) : null}
          <p>
            Nội dung chuyển khoản: <strong data-display-reference>{shown.reference}</strong>
          </p>
          <p className={styles.waiting}>Đang chờ ngân hàng xác nhận…</p>
        </div>
      ) : null}
      {shown.kind === "paid" ? (
        <div className={styles.centre}>
          <h1 data-display-paid>Đã nhận tiền</h1>
          <p>{formatVnd(shown.amount)} — cảm ơn quý khách!</p>
        </div>
      ) : null}
      {shown.kind === "done" ? (
        <div className={styles.centre}>
          <h1>Cảm ơn quý khách!</h1>
          <p>Tổng cộng {formatVnd(shown.total)}</p>
          {shown.change > 0 ? <p className={styles.total}>Tiền thừa: {formatVnd(shown.change)}</p> : null}
        </div>
      ) : null}
    </main>
  );
}
