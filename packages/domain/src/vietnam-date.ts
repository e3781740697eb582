/** Vietnam's calendar day, whatever the server's time zone: the day certificates are valid on. */

export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh"

const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: VIETNAM_TIME_ZONE })

/** Today's date in Vietnam, "YYYY-MM-DD". */
export function todayInVietnam(now: Date = new Date()): string {
  return dayFormat.format(now)
}

/** The calendar day of a stored date ("2024-03-05T00:00:00.000Z", a Date or "2024-03-05"), "YYYY-MM-DD". */
export function isoDay(value: Date | string): string {
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  return new Date(value).toISOString().slice(0, 10)
}
