/**
 * How much a request may carry, one list for every caller: the backend refuses more (400 naming the
 * field and the limit), the storefront's forms stop typing at the same length (`maxLength`).
 * Lengths are counted in UTF-16 code units of the NFC text, as a browser's `maxLength` counts.
 */
export const TEXT_LIMITS = {
  /** RFC 5321's longest address. */
  email: 254,
  /** A password, or a passphrase: enough for any, short enough that hashing it stays a sign-in's cost. */
  password: 256,
  /** As typed, "+84 912 345 678" with its spaces; stored as 10 or 11 digits. */
  phone: 30,
  /** first_name, last_name, a producer's contact: a Vietnamese full name fits in first_name alone. */
  personName: 100,
  company: 200,
  /** address_1, address_2: house number, street, hamlet. */
  street: 200,
  /** A commune or ward's official name (stored in `city`). */
  city: 100,
  province: 100,
  postalCode: 20,
  /** The buyer's own name for a saved address ("Nhà", "Cơ quan"). */
  addressName: 60,
  /** A note the buyer or the operator writes: a refusal at the door, a refund's reference. */
  note: 1000,
  /** Every string in a cart's, customer's, address's or line's metadata. */
  metadataText: 1000,
  metadataKey: 100,
  promoCode: 50,
  producerName: 200,
  /** A producer's address as printed on its certificate. */
  addressAsIssued: 500,
  /** A product's name in one language, as the shop's list shows it. */
  productTitle: 200,
  /** A product's description in one language. */
  productDescription: 5000,
  /** A pack size as the buyer picks it ("Gói 500 g", "Hộp 6 chai 330 ml"). */
  packSize: 100,
  /** The producer's own code for a pack. */
  sku: 64,
  /** A producer's or a product's origin story (Markdown), in one language. */
  story: 10_000,
  decisionNumber: 100,
  issuingAuthority: 200,
  searchQuery: 200,
  /** A buyer's review of a product: what they found, in a few paragraphs. */
  reviewBody: 2000,
  url: 2048,
  /** The carrier a producer hands its parcel to ("Viettel Post", "GHTK"). */
  carrier: 100,
  /** The carrier's number for the parcel, as printed on its receipt. */
  trackingNumber: 100,
} as const

export type TextLimit = keyof typeof TEXT_LIMITS

/** The largest page a list may ask for (`limit`): the store API's, and the Admin's, whose dashboard asks for 9999 at once. */
export const PAGE_LIMITS = { store: 100, admin: 10_000 } as const
