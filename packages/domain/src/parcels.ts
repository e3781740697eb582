/**
 * A producer's parcel of an order (a Medusa fulfillment from the producer's own stock location),
 * read the same way by the producer's portal and the buyer's order page: its state, and the
 * carrier and tracking number it was shipped with.
 */

export const PARCEL_STATES = ["packed", "shipped", "delivered", "canceled"] as const
export type ParcelState = (typeof PARCEL_STATES)[number]

/** The fulfillment's fields the state is read from, as the store and producer APIs give them. */
export type ParcelDates = {
  packed_at?: string | Date | null
  shipped_at?: string | Date | null
  delivered_at?: string | Date | null
  canceled_at?: string | Date | null
}

/** The furthest a parcel has come: a cancelled one is cancelled whatever it reached before. */
export function parcelState(parcel: ParcelDates): ParcelState {
  if (parcel.canceled_at) return "canceled"
  if (parcel.delivered_at) return "delivered"
  if (parcel.shipped_at) return "shipped"
  return "packed"
}

/** Where the carrier's name is kept on a fulfillment: Medusa's labels hold the tracking number, not who carries it. */
export const CARRIER_METADATA_KEY = "carrier"

export type ParcelTracking = { carrier: string | null; tracking_number: string | null }

type Shipped = { metadata?: Record<string, unknown> | null; labels?: ({ tracking_number?: string | null } | null)[] | null }

/** Who carries the parcel and its number with them, once it is shipped. */
export function parcelTracking(parcel: Shipped): ParcelTracking {
  const carrier = parcel.metadata?.[CARRIER_METADATA_KEY]
  const trackingNumber = (parcel.labels ?? []).find((label) => label?.tracking_number)?.tracking_number
  return { carrier: typeof carrier === "string" && carrier ? carrier : null, tracking_number: trackingNumber || null }
}
