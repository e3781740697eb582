/**
 * The VietQR payload: NAPAS's profile of the EMVCo merchant-presented QR code that every Vietnamese
 * bank app scans to fill in a transfer. The checkout draws it; tests read it back.
 *
 * The payload is a chain of TLV data objects: a 2-digit ID, a 2-digit length (in characters) and the
 * value. Tag 38 nests the NAPAS beneficiary, tag 62 nests the additional data, and tag 63 closes the
 * chain with a CRC-16/CCITT-FALSE over everything before its 4 hex digits (its own "6304" included).
 */
import { DomainRuleError, ERROR_CODES } from "./errors"

/** NAPAS's application identifier in tag 38.00: a bank app reads the beneficiary only behind it. */
export const NAPAS_GUID = "A000000727"

/** ISO 4217 numeric code of the đồng, the only currency a VietQR transfer carries. */
export const VND_NUMERIC_CODE = "704"

/** Transfer to a bank account (QRIBFTTA) or to a card number (QRIBFTTC): NAPAS's service codes. */
export type VietQrService = "account" | "card"

const SERVICE_CODES: Record<VietQrService, string> = { account: "QRIBFTTA", card: "QRIBFTTC" }

/** The longest purpose NAPAS allows in tag 62.08. */
export const MAX_PURPOSE_LENGTH = 25

/** NAPAS caps tag 54 at 13 characters; whole đồng never need a decimal point. */
const MAX_AMOUNT = 9_999_999_999_999

export type VietQrTransfer = {
  /** The beneficiary bank's 6-digit NAPAS BIN, e.g. "970436" for Vietcombank. */
  bin: string
  /** The account (or card) number the money goes to. */
  accountNumber: string
  /** "account" unless the number is a card. */
  service?: VietQrService
  /** Whole đồng. With an amount the code is dynamic (the app fills the amount in); without, static. */
  amount?: number
  /** What the transfer is for, shown to the bank as its description: for us, the order's reference. */
  purpose?: string
}

export type VietQr = {
  /** "dynamic" (point of initiation "12") for a code made for one payment, "static" ("11") for a reusable one. */
  initiation: "static" | "dynamic"
  bin: string
  accountNumber: string
  service: VietQrService
  /** Whole đồng, when the code fixes one. */
  amount?: number
  purpose?: string
  currency: typeof VND_NUMERIC_CODE
  country: "VN"
}

/**
 * CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR) of the
 * UTF-8 bytes of `text`; its check value, over "123456789", is 0x29B1.
 */
export function crc16CcittFalse(text: string): number {
  let crc = 0xffff
  for (const byte of new TextEncoder().encode(text)) {
    crc ^= byte << 8
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff
    }
  }
  return crc
}

/** The 4 uppercase hex digits that tag 63 carries for a payload ending in "6304". */
function checksumOf(payloadUpToCrcTag: string): string {
  return crc16CcittFalse(payloadUpToCrcTag).toString(16).toUpperCase().padStart(4, "0")
}

function dataObject(id: string, value: string): string {
  return id + String(value.length).padStart(2, "0") + value
}

function refuseTransfer(message: string): never {
  throw new DomainRuleError(ERROR_CODES.invalidBankTransfer, message)
}

/** The VietQR payload of a transfer, ready to be drawn as a QR code. Refuses what a bank app would misread. */
export function encodeVietQr(transfer: VietQrTransfer): string {
  const { bin, accountNumber, service = "account", amount, purpose } = transfer
  if (!/^\d{6}$/.test(bin)) {
    refuseTransfer(`A bank's NAPAS BIN is 6 digits (Vietcombank is 970436); got "${bin}". Check the bank in the payment settings.`)
  }
  if (!/^[A-Za-z0-9]{1,19}$/.test(accountNumber)) {
    refuseTransfer(
      `An account number is 1 to 19 letters or digits with no spaces or dots; got "${accountNumber}". Check the account in the payment settings.`,
    )
  }
  if (!(service in SERVICE_CODES)) refuseTransfer(`A VietQR transfer goes to an "account" or a "card"; got "${service}".`)
  if (amount !== undefined && !(Number.isSafeInteger(amount) && amount > 0 && amount <= MAX_AMOUNT)) {
    refuseTransfer(`A VietQR amount is a whole number of đồng above 0 and at most 13 digits; got ${amount}.`)
  }
  if (purpose !== undefined && purpose !== "") {
    // Bank apps drop anything but unaccented letters, digits and spaces, and cut at 25: a reference
    // that survived only in part would no longer match its order, so refuse rather than send it.
    if (purpose.length > MAX_PURPOSE_LENGTH) {
      refuseTransfer(`A transfer purpose fits in ${MAX_PURPOSE_LENGTH} characters; "${purpose}" has ${purpose.length}.`)
    }
    if (!/^[A-Za-z0-9 ]+$/.test(purpose)) {
      refuseTransfer(
        `A transfer purpose may use only unaccented letters, digits and spaces, which every bank app keeps; "${purpose}" has others.`,
      )
    }
  }

  const beneficiary = dataObject("00", bin) + dataObject("01", accountNumber)
  const merchantAccount =
    dataObject("00", NAPAS_GUID) + dataObject("01", beneficiary) + dataObject("02", SERVICE_CODES[service])
  let payload =
    dataObject("00", "01") +
    dataObject("01", amount === undefined ? "11" : "12") +
    dataObject("38", merchantAccount) +
    dataObject("53", VND_NUMERIC_CODE)
  if (amount !== undefined) payload += dataObject("54", String(amount))
  payload += dataObject("58", "VN")
  if (purpose) payload += dataObject("62", dataObject("08", purpose))
  payload += "6304"
  return payload + checksumOf(payload)
}

function refusePayload(message: string): never {
  throw new DomainRuleError(ERROR_CODES.invalidVietQr, message)
}

type DataObjects = Map<string, string>

/** Splits a TLV chain into its data objects, refusing a length that runs past the end or a repeated ID. */
function readDataObjects(chain: string, where: string): DataObjects {
  const objects: DataObjects = new Map()
  let position = 0
  while (position < chain.length) {
    const header = chain.slice(position, position + 4)
    if (!/^\d{4}$/.test(header)) {
      refusePayload(`This is not a VietQR code: ${where} has "${header}" at position ${position} where a 2-digit ID and a 2-digit length belong.`)
    }
    const id = header.slice(0, 2)
    const length = Number(header.slice(2))
    const valueStart = position + 4
    if (length === 0 || valueStart + length > chain.length) {
      refusePayload(`This is not a VietQR code: data object ${id} of ${where} claims ${length} characters but ${chain.length - valueStart} remain.`)
    }
    if (objects.has(id)) refusePayload(`This is not a VietQR code: ${where} has data object ${id} twice.`)
    objects.set(id, chain.slice(valueStart, valueStart + length))
    position = valueStart + length
  }
  return objects
}

function required(objects: DataObjects, id: string, name: string): string {
  const value = objects.get(id)
  if (value === undefined) refusePayload(`This is not a VietQR code: it has no ${name} (data object ${id}).`)
  return value
}

/** Reads a VietQR payload back into the transfer it asks for; refuses a wrong checksum or a broken layout. */
export function decodeVietQr(payload: string): VietQr {
  const topLevel = readDataObjects(payload, "the payload")
  const checksum = topLevel.get("63")
  if (checksum === undefined || !payload.endsWith(`6304${checksum}`)) {
    refusePayload("This is not a VietQR code: it must end with its checksum, data object 63 of 4 characters.")
  }
  if (!/^[0-9A-Fa-f]{4}$/.test(checksum)) refusePayload(`The VietQR checksum is 4 hex digits; got "${checksum}".`)
  const expected = checksumOf(payload.slice(0, -4))
  if (checksum.toUpperCase() !== expected) {
    throw new DomainRuleError(
      ERROR_CODES.vietQrChecksumMismatch,
      `This VietQR code is damaged or altered: its checksum says ${checksum.toUpperCase()} but its content gives ${expected}. Scan it again or ask for a new code.`,
    )
  }

  const formatIndicator = required(topLevel, "00", "payload format indicator")
  if (formatIndicator !== "01") refusePayload(`A VietQR payload starts with format indicator "01"; got "${formatIndicator}".`)
  const initiationCode = topLevel.get("01") ?? "11"
  if (initiationCode !== "11" && initiationCode !== "12") {
    refusePayload(`The point of initiation is "11" (static) or "12" (dynamic); got "${initiationCode}".`)
  }

  const merchantAccount = readDataObjects(required(topLevel, "38", "NAPAS beneficiary"), "the NAPAS beneficiary (38)")
  const guid = required(merchantAccount, "00", "NAPAS identifier")
  if (guid !== NAPAS_GUID) refusePayload(`Data object 38 is not a NAPAS beneficiary: its identifier is "${guid}", not ${NAPAS_GUID}.`)
  const beneficiary = readDataObjects(required(merchantAccount, "01", "beneficiary organisation"), "the beneficiary organisation (38.01)")
  const bin = required(beneficiary, "00", "bank BIN")
  if (!/^\d{6}$/.test(bin)) refusePayload(`The bank's NAPAS BIN is 6 digits; got "${bin}".`)
  const accountNumber = required(beneficiary, "01", "account number")
  if (!/^[A-Za-z0-9]{1,19}$/.test(accountNumber)) refusePayload(`An account number is 1 to 19 letters or digits; got "${accountNumber}".`)
  const serviceCode = required(merchantAccount, "02", "service code")
  const service = (Object.keys(SERVICE_CODES) as VietQrService[]).find((name) => SERVICE_CODES[name] === serviceCode)
  if (!service) refusePayload(`The service code is QRIBFTTA (account) or QRIBFTTC (card); got "${serviceCode}".`)

  const currency = required(topLevel, "53", "currency")
  if (currency !== VND_NUMERIC_CODE) refusePayload(`A VietQR transfer is in đồng (currency 704); got currency ${currency}.`)
  const country = required(topLevel, "58", "country code")
  if (country !== "VN") refusePayload(`A VietQR transfer is to Vietnam (country VN); got "${country}".`)

  const decoded: VietQr = {
    initiation: initiationCode === "12" ? "dynamic" : "static",
    bin,
    accountNumber,
    service,
    currency: VND_NUMERIC_CODE,
    country: "VN",
  }
  const amountText = topLevel.get("54")
  if (amountText !== undefined) {
    const amount = Number(amountText)
    if (!/^\d{1,13}$/.test(amountText) || amount <= 0) {
      refusePayload(`A VietQR amount is a whole number of đồng above 0; got "${amountText}".`)
    }
    decoded.amount = amount
  }
  const additionalData = topLevel.get("62")
  if (additionalData !== undefined) {
    const purpose = readDataObjects(additionalData, "the additional data (62)").get("08")
    if (purpose !== undefined) decoded.purpose = purpose
  }
  return decoded
}
