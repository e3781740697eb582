"use client";
// The counter: scan or search, the cart with its discounts, payment in cash (with change) or VietQR
// or both, and the sale written to the device's outbox before it is sent. Keyboard first: a USB
// scanner's 13 digits and Enter land here wherever the focus is not in a field.
import { formatVnd } from "@ocop/domain/money";
import { CASH_QUICK_NOTES } from "@ocop/domain/pos";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { industriesOf, negativeStock, searchPacks } from "@/lib/pos-catalogue";
import {
  addPack,
  approvalReasons,
  type Cart,
  changeQuantity,
  customerPhone,
  EMPTY_CART,
  type PaymentMode,
  planPayment,
  priceCart,
  removeLine,
  saleRequest,
  setLineDiscount,
} from "@/lib/pos-cart";
import { type CustomerFound, customerLookupPath, customerSentence } from "@/lib/pos-customer";
import { groupDong, parseDong } from "@/lib/pos-money";
import { newSaleKey, nextSeq, type QueuedSale, waitingSales } from "@/lib/pos-queue";
import { isScannedCode, lookUpScan, scannerKey } from "@/lib/pos-scan";
import type { CounterPack, PosCustomer, PosMe, PosSale, PosShift } from "@/lib/pos-types";
import { type Approval, ApprovalForm } from "./approval-form";
import { CameraScanButton } from "./camera-scanner";
import { tellDisplay } from "./display-channel";
import { posApi, refusalSentence } from "./pos-api";
import { deleteSale, getSale, listSales, loadCatalogue, saveCatalogue } from "./pos-db";
import styles from "./pos.module.css";
import { ReturnDialog } from "./return-dialog";
import { drainOutbox, onOutboxChange, queueSale, startOutbox } from "./sale-outbox";
import { CashMovementForm, CloseShiftForm } from "./shift-forms";

type Props = { me: PosMe; shift: PosShift; onShiftChange: (shift: PosShift) => void; onSignOut: () => void };
type Dialog = "none" | "approval" | "cash" | "close" | "outbox" | "returns" | "stock";
type Message = { tone: "info" | "error" | "success"; text: string };

const packName = (pack: { title: string; variant_title: string | null }) => (pack.variant_title ? `${pack.title} · ${pack.variant_title}` : pack.title);

function useOnline(): boolean {
  const [online, setOnline] = useState(true);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    update();
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, []);
  return online;
}

export function Counter({ me, shift, onShiftChange, onSignOut }: Props) {
  const online = useOnline();
  const [packs, setPacks] = useState<CounterPack[]>([]);
  const [catalogueNote, setCatalogueNote] = useState<string | null>(null);
  const [query, setQuery] = useState("");
  const [industry, setIndustry] = useState<string | null>(null);
  const [found, setFound] = useState<CounterPack[] | null>(null);
  const [cart, setCart] = useState<Cart>(EMPTY_CART);
  const [saleKey, setSaleKey] = useState(() => newSaleKey());
  const [mode, setMode] = useState<PaymentMode>("cash");
  const [tendered, setTendered] = useState("");
  const [vietqrPart, setVietqrPart] = useState("");
  const [orderDiscount, setOrderDiscount] = useState({ amount: "", reason: "" });
  const [lineDiscounts, setLineDiscounts] = useState<Record<string, { amount: string; reason: string; open: boolean }>>({});
  const [message, setMessage] = useState<Message | null>(null);
  const [dialog, setDialog] = useState<Dialog>("none");
  const [approval, setApproval] = useState<Approval | null>(null);
  const [outbox, setOutbox] = useState<QueuedSale[]>([]);
  const [done, setDone] = useState<QueuedSale | null>(null);
  const [transfer, setTransfer] = useState<{ saleId: string; amount: number; reference: string | null; received: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [customer, setCustomer] = useState<{ phone: string; found: CustomerFound } | null>(null);
  const scanBuffer = useRef("");
  const searchBox = useRef<HTMLInputElement>(null);
  const isManager = me.staff.role === "manager";

  // The catalogue: read online and kept on the device, or the device's copy when offline.
  const refreshCatalogue = useCallback(async () => {
    const answer = await posApi<{ packs: CounterPack[] }>("/catalogue?limit=500");
    if (answer.ok) {
      setPacks(answer.value.packs);
      setCatalogueNote(null);
      await saveCatalogue(answer.value.packs);
      return;
    }
    const kept = await loadCatalogue();
    setPacks(kept);
    setCatalogueNote(kept.length ? "Đang dùng danh mục đã lưu trên máy (ngoại tuyến)." : "Chưa có danh mục trên máy: cần kết nối mạng một lần.");
  }, []);

  useEffect(() => {
    void refreshCatalogue();
  }, [refreshCatalogue]);

  useEffect(() => {
    const refresh = () => void listSales().then(setOutbox);
    refresh();
    const unsubscribe = onOutboxChange(refresh);
    const stop = startOutbox();
    return () => {
      unsubscribe();
      stop();
    };
  }, []);

  const waiting = waitingSales(outbox);
  // Cut off from the backend: the browser says so, or sales already tried wait to be sent.
  const cutOff = !online || waiting.some((entry) => entry.attempts > 0);
  const refused = outbox.filter((entry) => entry.state === "refused");
  const recent = outbox
    .filter((entry) => entry.state === "sent")
    .sort((a, b) => b.seq - a.seq)
    .slice(0, 10);
  const priced = useMemo(() => priceCart(cart), [cart]);
  const total = priced.ok ? priced.sale.total : 0;

  // The customer display follows the cart.
  useEffect(() => {
    if (transfer) return;
    if (cart.lines.length === 0) {
      if (!done) tellDisplay({ kind: "idle" });
      return;
    }
    if (!priced.ok) return;
    tellDisplay({
      kind: "cart",
      lines: cart.lines.map((line, index) => ({ title: packName(line.pack), quantity: line.quantity, total: priced.sale.lines[index]?.total ?? 0 })),
      subtotal: priced.sale.subtotal,
      discountTotal: priced.sale.discountTotal,
      total: priced.sale.total,
    });
  }, [cart, priced, done, transfer]);

  const addToCart = useCallback((pack: CounterPack) => {
    // The next sale has begun: the display follows it, the last one's transfer is no longer watched here.
    setDone(null);
    setTransfer(null);
    setCart((current) => addPack(current, pack));
    setMessage({ tone: "success", text: `Đã thêm: ${packName(pack)}` });
  }, []);

  const scan = useCallback(
    async (code: string) => {
      const outcome = lookUpScan(code, packs);
      if (outcome.kind === "found") return addToCart(outcome.pack);
      if (outcome.kind === "unknown" && navigator.onLine) {
        // The device's copy may be older than the pack: ask the showroom's catalogue itself.
        const answer = await posApi<{ packs: CounterPack[] }>(`/catalogue?gtin=${code}`);
        const pack = answer.ok ? answer.value.packs[0] : undefined;
        if (pack) {
          setPacks((current) => [...current.filter((p) => p.variant_id !== pack.variant_id), pack]);
          return addToCart(pack);
        }
      }
      setMessage({ tone: "error", text: outcome.message });
    },
    [packs, addToCart],
  );

  // Keys of the counter, wherever the focus is: F2 the search box, F4 the cash tendered, F9 complete, Esc close.
  const completeNow = useRef<() => void>(() => {});
  const tenderedBox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && dialog !== "none") return setDialog("none");
      if (dialog !== "none") return;
      if (event.key === "F2") searchBox.current?.focus();
      else if (event.key === "F4") tenderedBox.current?.focus();
      else if (event.key === "F9") completeNow.current();
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [dialog]);

  // A USB scanner types as a keyboard: digits and Enter, wherever no field has the focus.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT")) return;
      if (dialog !== "none") return;
      const next = scannerKey(scanBuffer.current, event.key);
      scanBuffer.current = next.buffer;
      if (next.code) {
        event.preventDefault();
        void scan(next.code);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [scan, dialog]);

  // Search: the API's own search online (names without diacritics), the device's copy offline.
  useEffect(() => {
    if (!query.trim() && !industry) return setFound(null);
    if (isScannedCode(query)) return;
    const timer = setTimeout(async () => {
      if (navigator.onLine) {
        const params = new URLSearchParams({ limit: "60", ...(query.trim() ? { q: query.trim() } : {}), ...(industry ? { industry } : {}) });
        const answer = await posApi<{ packs: CounterPack[] }>(`/catalogue?${params}`);
        if (answer.ok) return setFound(answer.value.packs);
      }
      setFound(searchPacks(packs, { q: query, industry: industry ?? undefined }));
    }, 200);
    return () => clearTimeout(timer);
  }, [query, industry, packs]);

  const shown = found ?? packs;
  const industries = useMemo(() => industriesOf(packs), [packs]);
  const belowZero = useMemo(() => negativeStock(packs), [packs]);

  function applyDiscount(variantId: string) {
    const typed = lineDiscounts[variantId];
    if (!typed) return;
    if (!typed.amount.trim()) {
      setCart((current) => setLineDiscount(current, variantId, null));
      return;
    }
    const amount = parseDong(typed.amount, "Giảm giá");
    if (!amount.ok) return setMessage({ tone: "error", text: amount.message });
    setCart((current) => setLineDiscount(current, variantId, { amount: amount.amount, reason: typed.reason }));
    setLineDiscounts((current) => ({ ...current, [variantId]: { ...typed, open: false } }));
  }

  function applyOrderDiscount() {
    if (!orderDiscount.amount.trim()) return setCart((current) => ({ ...current, orderDiscount: null }));
    const amount = parseDong(orderDiscount.amount, "Giảm giá cả đơn");
    if (!amount.ok) return setMessage({ tone: "error", text: amount.message });
    setCart((current) => ({ ...current, orderDiscount: { amount: amount.amount, reason: orderDiscount.reason } }));
  }

  // The customer of the phone typed, when the connection is there; offline the phone is kept as typed.
  async function lookUpCustomer() {
    const phone = customerPhone(cart.customerPhone);
    if (!phone.ok) return setCustomer({ phone: cart.customerPhone, found: { kind: "refused", message: phone.message } });
    if (!phone.phone || !navigator.onLine) return setCustomer(null);
    const typed = phone.phone;
    const answer = await posApi<{ customer: PosCustomer }>(customerLookupPath(typed));
    if (answer.ok) return setCustomer({ phone: typed, found: { kind: "found", customer: answer.value.customer } });
    if (answer.refusal?.code === "customer_not_found") return setCustomer({ phone: typed, found: { kind: "none" } });
    // A lost answer says nothing of the customer: the sale still carries the phone.
    setCustomer(answer.refusal ? { phone: typed, found: { kind: "refused", message: refusalSentence(answer.refusal) } } : null);
  }

  // After a manager's return: the drawer's expected cash (the shift) and the shelf's stock as the backend has them now.
  async function afterReturn() {
    const answer = await posApi<{ shift: PosShift }>(`/shifts/${shift.id}`);
    if (answer.ok) onShiftChange(answer.value.shift);
    await refreshCatalogue();
  }

  function newSale() {
    setCart(EMPTY_CART);
    setCustomer(null);
    setSaleKey(newSaleKey());
    setTendered("");
    setVietqrPart("");
    setOrderDiscount({ amount: "", reason: "" });
    setLineDiscounts({});
    setApproval(null);
    setMode("cash");
  }

  async function complete(withApproval: Approval | null = approval) {
    if (!priced.ok) return setMessage({ tone: "error", text: priced.message });
    const phone = customerPhone(cart.customerPhone);
    if (!phone.ok) return setMessage({ tone: "error", text: phone.message });
    let given: number | null = null;
    if (mode !== "vietqr" && tendered.trim()) {
      const parsed = parseDong(tendered, "Tiền khách đưa");
      if (!parsed.ok) return setMessage({ tone: "error", text: parsed.message });
      given = parsed.amount;
    }
    let qrPart: number | null = null;
    if (mode === "split") {
      const parsed = parseDong(vietqrPart, "Phần chuyển khoản");
      if (!parsed.ok) return setMessage({ tone: "error", text: parsed.message });
      qrPart = parsed.amount;
    }
    const plan = planPayment(priced.sale.total, mode, given, qrPart);
    if (!plan.ok) return setMessage({ tone: "error", text: plan.message });
    if (plan.vietqr > 0 && !navigator.onLine) return setMessage({ tone: "error", text: "VietQR cần kết nối mạng: hãy thu tiền mặt, hoặc chờ có mạng." });
    const reasons = approvalReasons(cart, priced.sale, me.staff.role, { offline: cutOff });
    if (reasons.length && !withApproval) {
      if (!navigator.onLine) return setMessage({ tone: "error", text: `${reasons.join(" ")} Quản lý cần kết nối mạng để duyệt.` });
      return setDialog("approval");
    }
    setBusy(true);
    const madeAt = new Date().toISOString();
    const entry: QueuedSale = {
      key: saleKey,
      seq: nextSeq(await listSales()),
      createdAt: madeAt,
      body: saleRequest(cart, shift.id, plan.payments, phone.phone, cutOff ? madeAt : null),
      snapshot: {
        lines: cart.lines.map((line, index) => {
          const pricedLine = priced.sale.lines[index];
          return {
            title: line.pack.title,
            variant_title: line.pack.variant_title,
            producer_name: line.pack.producer.name,
            gtin: line.pack.gtin,
            quantity: line.quantity,
            unit_price: line.pack.price ?? 0,
            line_discount: pricedLine?.lineDiscount ?? 0,
            order_discount_share: pricedLine?.orderDiscountShare ?? 0,
            total: pricedLine?.total ?? 0,
          };
        }),
        subtotal: priced.sale.subtotal,
        discountTotal: priced.sale.discountTotal,
        orderDiscount: priced.sale.orderDiscount,
        total: priced.sale.total,
        change: plan.change,
        tendered: plan.payments.find((p) => p.method === "cash")?.tendered ?? null,
        staffName: me.staff.name,
      },
      state: "waiting",
      attempts: 0,
      nextAttemptAt: 0,
      lastError: null,
      refusal: null,
      sale: null,
    };
    await queueSale(entry, withApproval?.token);
    setApproval(null);
    await drainOutbox(true);
    const stored = (await getSale(entry.key)) ?? entry;
    setBusy(false);
    if (stored.state === "refused") {
      // Nothing typed is lost: the cart stays for the cashier to fix, under a new key.
      setSaleKey(newSaleKey());
      return setMessage({ tone: "error", text: `Đơn bị từ chối: ${stored.refusal ? refusalSentence(stored.refusal) : ""}` });
    }
    // The showroom's stock as this device knows it, until the catalogue is read again.
    setPacks((current) =>
      current.map((pack) => {
        const sold = cart.lines.find((line) => line.pack.variant_id === pack.variant_id);
        return sold && pack.stock !== null ? { ...pack, stock: pack.stock - sold.quantity } : pack;
      }),
    );
    setDone(stored);
    newSale();
    const qr = stored.sale?.payments.find((p) => p.method === "vietqr" && p.status === "pending");
    if (stored.sale && qr) {
      setTransfer({ saleId: stored.sale.id, amount: qr.amount, reference: qr.reference, received: false });
      const transferTo = qr.bank_transfer;
      tellDisplay({
        kind: "vietqr",
        amount: qr.amount,
        reference: qr.reference,
        payload: transferTo?.payload ?? null,
        account: transferTo ? { bank: transferTo.bank_name, holder: transferTo.account_name, number: transferTo.account_number } : null,
      });
    } else {
      tellDisplay({ kind: "done", total: entry.snapshot.total, change: entry.snapshot.change });
    }
    setMessage(
      stored.state === "sent"
        ? { tone: "success", text: `Đã bán ${formatVnd(entry.snapshot.total)}.` }
        : { tone: "info", text: `Đã lưu đơn ${formatVnd(entry.snapshot.total)} trên máy: sẽ gửi khi có mạng.` },
    );
    if (stored.state === "sent") void refreshCatalogue();
  }

  completeNow.current = () => {
    if (!busy && cart.lines.length > 0) void complete();
  };

  // While a transfer is awaited, ask for the sale's status until the bank's notification has confirmed it.
  useEffect(() => {
    if (!transfer || transfer.received) return;
    const timer = setInterval(async () => {
      const answer = await posApi<{ sale: PosSale }>(`/sales/${transfer.saleId}`);
      const sale = answer.ok ? answer.value.sale : null;
      // Confirmed by the bank's notification: the backend completes the sale.
      if (sale?.status === "completed") {
        setTransfer({ ...transfer, received: true });
        tellDisplay({ kind: "paid", amount: transfer.amount });
      }
    }, 3_000);
    return () => clearInterval(timer);
  }, [transfer]);

  const qrTyped = parseDong(vietqrPart);
  const cashPart = mode === "vietqr" ? 0 : mode === "split" && qrTyped.ok ? Math.max(0, total - qrTyped.amount) : total;
  const givenNow = parseDong(tendered);
  const changeNow = givenNow.ok && givenNow.amount >= cashPart ? givenNow.amount - cashPart : null;
  const lineApproval = priced.ok ? approvalReasons(cart, priced.sale, me.staff.role, { offline: cutOff }) : [];
  const beyondStockOffline = cutOff && me.staff.role !== "manager" && cart.lines.some((line) => line.pack.manage_inventory && line.pack.stock !== null && line.quantity > line.pack.stock);

  return (
    <div className={styles.counter}>
      <header className={styles.topBar}>
        <div>
          <strong>{me.showroom.name}</strong>
          <span className={styles.muted}>
            {" "}
            · {shift.till} · {me.staff.name} ({isManager ? "quản lý" : "thu ngân"})
          </span>
        </div>
        <div className={styles.topActions}>
          <span className={online ? styles.online : styles.offline} role="status">
            {online ? "Trực tuyến" : "Ngoại tuyến"}
          </span>
          <button type="button" className={styles.secondary} onClick={() => setDialog("outbox")} data-outbox-count={waiting.length}>
            Chờ gửi: {waiting.length}
            {refused.length ? ` · Bị từ chối: ${refused.length}` : ""}
          </button>
          <button type="button" className={styles.secondary} onClick={() => window.open("/pos/display", "ocop-pos-display", "popup")}>
            Màn hình khách
          </button>
          <button type="button" className={styles.secondary} onClick={() => setDialog("cash")} disabled={!online}>
            Thu / chi
          </button>
          {isManager ? (
            <>
              {belowZero.length ? (
                <button type="button" className={styles.warning} onClick={() => setDialog("stock")}>
                  Tồn kho âm: {belowZero.length}
                </button>
              ) : null}
              <button type="button" className={styles.secondary} onClick={() => setDialog("returns")}>
                Trả hàng
              </button>
              <button type="button" className={styles.secondary} onClick={() => setDialog("close")} disabled={!online}>
                Đóng ca
              </button>
              <a className={styles.secondary} href="/pos/shifts">
                Báo cáo ca
              </a>
            </>
          ) : null}
          <button type="button" className={styles.link} onClick={onSignOut}>
            Đăng xuất
          </button>
        </div>
      </header>

      <p className={message?.tone === "error" ? styles.messageError : styles.message} role={message?.tone === "error" ? "alert" : "status"} data-counter-message>
        {message?.text ?? "Quét mã vạch, hoặc tìm sản phẩm theo tên."}
      </p>

      <section className={styles.catalogue} aria-label="Sản phẩm">
        <div className={styles.searchRow}>
          <input
            ref={searchBox}
            type="search"
            className={styles.search}
            placeholder="Tìm theo tên (gõ không dấu được) hoặc quét mã vạch · F2"
            aria-label="Tìm sản phẩm"
            value={query}
            maxLength={100}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter" && isScannedCode(query)) {
                event.preventDefault();
                void scan(query.trim());
                setQuery("");
              }
            }}
          />
          <CameraScanButton onCode={(code) => void scan(code)} />
        </div>
        <div className={styles.tabs} role="tablist" aria-label="Ngành hàng">
          <button type="button" role="tab" aria-selected={industry === null} onClick={() => setIndustry(null)}>
            Tất cả
          </button>
          {industries.map((entry) => (
            <button type="button" role="tab" key={entry.code} aria-selected={industry === entry.code} onClick={() => setIndustry(entry.code)}>
              {entry.name_vi}
            </button>
          ))}
        </div>
        {catalogueNote ? <p className={styles.muted}>{catalogueNote}</p> : null}
        <ul className={styles.grid}>
          {shown.map((pack) => (
            <li key={pack.variant_id}>
              <button type="button" className={styles.pack} onClick={() => addToCart(pack)} disabled={pack.price === null}>
                {pack.thumbnail ? <img src={pack.thumbnail} alt="" loading="lazy" className={styles.photo} /> : <span className={styles.photo} />}
                <span className={styles.packTitle}>{packName(pack)}</span>
                <span className={styles.muted}>{pack.producer.name}</span>
                <span className={styles.packFoot}>
                  <strong>{pack.price === null ? "Chưa có giá" : formatVnd(pack.price)}</strong>
                  {pack.stock !== null ? (
                    <span className={pack.stock <= 0 ? styles.stockOut : styles.stock} data-stock={pack.stock}>
                      Tồn: {pack.stock}
                    </span>
                  ) : null}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section className={styles.cart} aria-label="Đơn hàng">
        <h2>Đơn hàng</h2>
        {cart.lines.length === 0 ? <p className={styles.muted}>Chưa có sản phẩm.</p> : null}
        <ul className={styles.lines}>
          {cart.lines.map((line, index) => {
            const typed = lineDiscounts[line.pack.variant_id] ?? { amount: "", reason: "", open: false };
            const pricedLine = priced.ok ? priced.sale.lines[index] : undefined;
            return (
              <li key={line.pack.variant_id} className={styles.line} data-cart-line={line.pack.gtin ?? line.pack.variant_id}>
                <div className={styles.lineHead}>
                  <span>
                    {packName(line.pack)}
                    <br />
                    <span className={styles.muted}>
                      {line.pack.producer.name} · {formatVnd(line.pack.price ?? 0)}
                    </span>
                  </span>
                  <strong>{formatVnd(pricedLine?.total ?? (line.pack.price ?? 0) * line.quantity)}</strong>
                </div>
                <div className={styles.row}>
                  <button type="button" className={styles.step} aria-label={`Bớt một ${line.pack.title}`} onClick={() => setCart((c) => changeQuantity(c, line.pack.variant_id, -1))}>
                    −
                  </button>
                  <span className={styles.quantity} data-quantity>
                    {line.quantity}
                  </span>
                  <button type="button" className={styles.step} aria-label={`Thêm một ${line.pack.title}`} onClick={() => setCart((c) => changeQuantity(c, line.pack.variant_id, 1))}>
                    +
                  </button>
                  <button type="button" className={styles.link} onClick={() => setLineDiscounts((c) => ({ ...c, [line.pack.variant_id]: { ...typed, open: !typed.open } }))}>
                    {line.discount ? `Giảm ${formatVnd(line.discount.amount)}` : "Giảm giá"}
                  </button>
                  <button type="button" className={styles.link} onClick={() => setCart((c) => removeLine(c, line.pack.variant_id))}>
                    Xoá
                  </button>
                </div>
                {typed.open ? (
                  <div className={styles.row}>
                    <input
                      aria-label="Số tiền giảm của dòng"
                      inputMode="numeric"
                      placeholder="5.000"
                      value={typed.amount}
                      onChange={(e) => setLineDiscounts((c) => ({ ...c, [line.pack.variant_id]: { ...typed, amount: e.target.value } }))}
                    />
                    <input
                      aria-label="Lý do giảm giá của dòng"
                      placeholder="Lý do"
                      maxLength={200}
                      value={typed.reason}
                      onChange={(e) => setLineDiscounts((c) => ({ ...c, [line.pack.variant_id]: { ...typed, reason: e.target.value } }))}
                    />
                    <button type="button" className={styles.secondary} onClick={() => applyDiscount(line.pack.variant_id)}>
                      Áp dụng
                    </button>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>

        <details className={styles.extras}>
          <summary>Giảm giá cả đơn · Khách hàng</summary>
          <div className={styles.row}>
            <input aria-label="Giảm giá cả đơn" inputMode="numeric" placeholder="10.000" value={orderDiscount.amount} onChange={(e) => setOrderDiscount({ ...orderDiscount, amount: e.target.value })} />
            <input aria-label="Lý do giảm giá cả đơn" placeholder="Lý do" maxLength={200} value={orderDiscount.reason} onChange={(e) => setOrderDiscount({ ...orderDiscount, reason: e.target.value })} />
            <button type="button" className={styles.secondary} onClick={applyOrderDiscount}>
              Áp dụng
            </button>
          </div>
          <div className={styles.row}>
            <label className={styles.field}>
              Số điện thoại khách (không bắt buộc)
              <input
                type="tel"
                inputMode="tel"
                value={cart.customerPhone}
                onChange={(e) => {
                  setCart({ ...cart, customerPhone: e.target.value });
                  setCustomer(null);
                }}
                onBlur={() => void lookUpCustomer()}
                onKeyDown={(e) => {
                  if (e.key === "Enter") {
                    e.preventDefault();
                    void lookUpCustomer();
                  }
                }}
              />
            </label>
            <button type="button" className={styles.secondary} onClick={() => void lookUpCustomer()} disabled={!online || !cart.customerPhone.trim()}>
              Tìm
            </button>
          </div>
          {customer ? (
            <p className={customer.found.kind === "refused" ? styles.error : styles.muted} data-customer={customer.found.kind} role="status">
              {customerSentence(customer.found)}
            </p>
          ) : null}
          {!online && cart.customerPhone.trim() ? <p className={styles.muted}>Ngoại tuyến: chưa tìm được khách, đơn vẫn ghi số điện thoại.</p> : null}
        </details>

        <dl className={styles.totals}>
          {priced.ok && priced.sale.discountTotal > 0 ? (
            <>
              <dt>Tạm tính</dt>
              <dd>{formatVnd(priced.sale.subtotal)}</dd>
              <dt>Giảm giá</dt>
              <dd>−{formatVnd(priced.sale.discountTotal)}</dd>
            </>
          ) : null}
          <dt className={styles.grand}>Tổng cộng</dt>
          <dd className={styles.grand} data-sale-total>
            {formatVnd(total)}
          </dd>
        </dl>
        {lineApproval.length ? <p className={styles.notice}>{lineApproval.join(" ")} Cần quản lý duyệt khi thanh toán.</p> : null}
        {beyondStockOffline ? (
          <p className={styles.notice} data-offline-oversell>
            Mất kết nối: đơn bán vượt tồn kho trên máy vẫn được ghi, và quản lý sẽ thấy tồn kho âm khi có mạng lại.
          </p>
        ) : null}

        <fieldset className={styles.segmented}>
          <legend>Thanh toán</legend>
          <label>
            <input type="radio" name="mode" checked={mode === "cash"} onChange={() => setMode("cash")} /> Tiền mặt
          </label>
          <label>
            <input type="radio" name="mode" checked={mode === "vietqr"} disabled={!online} onChange={() => setMode("vietqr")} /> VietQR
          </label>
          <label>
            <input type="radio" name="mode" checked={mode === "split"} disabled={!online} onChange={() => setMode("split")} /> Kết hợp
          </label>
        </fieldset>
        {!online ? <p className={styles.muted}>VietQR cần kết nối mạng; tiền mặt vẫn bán được khi ngoại tuyến.</p> : null}
        {mode === "split" ? (
          <label className={styles.field}>
            Phần chuyển khoản VietQR
            <input inputMode="numeric" placeholder="100.000" value={vietqrPart} onChange={(e) => setVietqrPart(e.target.value)} />
          </label>
        ) : null}
        {mode !== "vietqr" ? (
          <>
            <label className={styles.field}>
              Tiền khách đưa{mode === "split" ? ` (tiền mặt ${formatVnd(cashPart)})` : ""} · F4
              <input ref={tenderedBox} name="tendered" inputMode="numeric" placeholder={groupDong(cashPart)} value={tendered} onChange={(e) => setTendered(e.target.value)} />
            </label>
            <div className={styles.notes}>
              {CASH_QUICK_NOTES.map((note) => (
                <button type="button" key={note} onClick={() => setTendered(groupDong(note))}>
                  {formatVnd(note)}
                </button>
              ))}
              <button type="button" onClick={() => setTendered(groupDong(cashPart))}>
                Vừa đủ
              </button>
            </div>
            <p className={styles.change}>
              Tiền thừa trả khách: <strong data-change-due>{changeNow === null ? "—" : formatVnd(changeNow)}</strong>
            </p>
          </>
        ) : null}
        <button type="button" className={styles.complete} onClick={() => void complete()} disabled={busy || cart.lines.length === 0}>
          {busy ? "Đang ghi đơn…" : `Hoàn tất · ${formatVnd(total)} (F9)`}
        </button>

        {done ? (
          <div className={styles.done} data-sale-done={done.state}>
            <p>
              {done.state === "sent" ? "Đã ghi đơn" : "Đã lưu trên máy, chờ gửi"} · {formatVnd(done.snapshot.total)}
              {done.snapshot.change > 0 ? (
                <>
                  {" "}
                  · Tiền thừa: <strong data-done-change>{formatVnd(done.snapshot.change)}</strong>
                </>
              ) : null}
            </p>
            {transfer ? (
              <p data-transfer-state={transfer.received ? "received" : "awaiting"}>
                {transfer.received
                  ? `Đã nhận tiền chuyển khoản ${formatVnd(transfer.amount)}.`
                  : `Chờ khách chuyển khoản ${formatVnd(transfer.amount)}, nội dung ${transfer.reference ?? ""} (mã QR trên màn hình khách).`}
              </p>
            ) : null}
            <div className={styles.row}>
              <a className={styles.primary} href={`/pos/receipt/${done.key}`} target="_blank" rel="noopener">
                In hoá đơn
              </a>
              <button
                type="button"
                className={styles.secondary}
                onClick={() => {
                  setDone(null);
                  setTransfer(null);
                  tellDisplay({ kind: "idle" });
                  searchBox.current?.focus();
                }}
              >
                Đơn mới
              </button>
            </div>
          </div>
        ) : null}
      </section>

      {dialog !== "none" ? (
        <div className={styles.overlay} role="dialog" aria-modal="true">
          {dialog === "approval" && priced.ok ? (
            <ApprovalForm
              reasons={approvalReasons(cart, priced.sale, me.staff.role)}
              onCancel={() => setDialog("none")}
              onApproved={(granted) => {
                setDialog("none");
                setApproval(granted);
                setMessage({ tone: "info", text: `${granted.managerName} đã duyệt đơn này.` });
                void complete(granted);
              }}
            />
          ) : null}
          {dialog === "cash" ? (
            <CashMovementForm
              shift={shift}
              onCancel={() => setDialog("none")}
              onDone={(changed) => {
                setDialog("none");
                onShiftChange(changed);
                setMessage({ tone: "success", text: "Đã ghi thu chi tiền mặt." });
              }}
            />
          ) : null}
          {dialog === "close" ? (
            <CloseShiftForm
              shift={shift}
              waiting={waiting.length}
              onCancel={() => setDialog("none")}
              onClosed={(closed) => {
                window.location.assign(`/pos/shifts/${closed.id}`);
              }}
            />
          ) : null}
          {dialog === "outbox" ? (
            <section className={styles.card} aria-label="Đơn chờ gửi">
              <h2>Đơn chờ gửi ({waiting.length})</h2>
              {waiting.length === 0 ? <p className={styles.muted}>Mọi đơn đã được gửi lên máy chủ.</p> : null}
              <ol className={styles.outbox}>
                {waiting.map((entry) => (
                  <li key={entry.key} data-outbox-entry={entry.key}>
                    {new Date(entry.createdAt).toLocaleTimeString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" })} · {formatVnd(entry.snapshot.total)} · {entry.attempts} lần gửi
                    {entry.lastError ? <span className={styles.muted}> · {entry.lastError}</span> : null}
                  </li>
                ))}
              </ol>
              {recent.length ? (
                <>
                  <h3>Đơn gần đây</h3>
                  <ul className={styles.outbox}>
                    {recent.map((entry) => (
                      <li key={entry.key}>
                        {new Date(entry.createdAt).toLocaleTimeString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" })} · {formatVnd(entry.snapshot.total)} ·{" "}
                        <a href={`/pos/receipt/${entry.key}`} target="_blank" rel="noopener">
                          In lại hoá đơn
                        </a>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {refused.length ? (
                <>
                  <h3>Bị máy chủ từ chối</h3>
                  <ul className={styles.outbox}>
                    {refused.map((entry) => (
                      <li key={entry.key}>
                        {formatVnd(entry.snapshot.total)}: {entry.refusal ? refusalSentence(entry.refusal) : ""}{" "}
                        <button type="button" className={styles.link} onClick={() => void deleteSale(entry.key).then(() => listSales().then(setOutbox))}>
                          Đã xử lý, bỏ khỏi danh sách
                        </button>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              <div className={styles.row}>
                <button type="button" className={styles.primary} onClick={() => void drainOutbox(true)} disabled={!online}>
                  Gửi ngay
                </button>
                <button type="button" className={styles.secondary} onClick={() => setDialog("none")}>
                  Đóng
                </button>
              </div>
            </section>
          ) : null}
          {dialog === "returns" ? (
            <ReturnDialog
              shift={shift}
              deviceSales={recent.flatMap((entry) => (entry.sale ? [entry.sale] : []))}
              online={online}
              onReturned={afterReturn}
              onClose={() => setDialog("none")}
            />
          ) : null}
          {dialog === "stock" ? (
            <section className={styles.card} aria-label="Tồn kho âm">
              <h2>Tồn kho âm</h2>
              <p className={styles.muted}>Các sản phẩm đã bán vượt tồn kho của cửa hàng (bán ngoại tuyến hoặc quản lý duyệt): cần nhập thêm hoặc kiểm kê.</p>
              <ul className={styles.outbox}>
                {belowZero.map((pack) => (
                  <li key={pack.variant_id}>
                    {packName(pack)} · {pack.producer.name}: <strong>{pack.stock}</strong>
                  </li>
                ))}
              </ul>
              <button type="button" className={styles.secondary} onClick={() => setDialog("none")}>
                Đóng
              </button>
            </section>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
