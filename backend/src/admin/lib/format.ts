/** A moment as the programme office reads it: Vietnam's date and time, whatever the operator's computer says. */
export const vietnamTime = (value: string) =>
  new Intl.DateTimeFormat("vi-VN", { dateStyle: "short", timeStyle: "short", timeZone: "Asia/Ho_Chi_Minh" }).format(new Date(value))

/** A day as the programme office reads it, in Vietnam's calendar. */
export const vietnamDay = (value: string) => new Intl.DateTimeFormat("vi-VN", { dateStyle: "short", timeZone: "Asia/Ho_Chi_Minh" }).format(new Date(value))

/** Whole đồng as Vietnamese buyers and producers read them: "125.000 ₫". */
export const vnd = (amount: number) => new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" }).format(Number(amount))
