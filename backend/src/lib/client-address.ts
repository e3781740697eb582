/**
 * The address a request came from, for counting sign-in attempts per client. Medusa sets Express's
 * `trust proxy` to 1, so `req.ip` is the last X-Forwarded-For entry whoever sent it: any client
 * could choose its own address. Here a forwarded address is believed only when the hop that
 * handed it over is a proxy the deployment trusts (TRUST_PROXY), as Express's proxy-addr walks it.
 */
import { BlockList, isIPv4, isIPv6 } from "node:net"

/** The storefront on the same machine: what `npm start` runs, and a safe default elsewhere. */
export const DEFAULT_TRUSTED_PROXIES = "loopback"

/** The IPv4 form of an IPv4-mapped IPv6 address ("::ffff:127.0.0.1"), so both count as one client. */
function plain(address: string): string {
  const trimmed = address.trim()
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed)
  return mapped ? mapped[1]! : trimmed
}

/**
 * The proxies whose X-Forwarded-For is believed, from a comma-separated list of addresses, CIDR
 * subnets and `loopback`; `none` (or nothing) believes no one.
 */
export function trustedProxies(setting: string = process.env.TRUST_PROXY ?? DEFAULT_TRUSTED_PROXIES): BlockList {
  const trusted = new BlockList()
  for (const entry of setting.split(",").map((part) => part.trim()).filter(Boolean)) {
    if (entry === "none") continue
    if (entry === "loopback") {
      trusted.addSubnet("127.0.0.0", 8, "ipv4")
      trusted.addAddress("::1", "ipv6")
      continue
    }
    const [address = "", prefix] = entry.split("/")
    const family = isIPv4(address) ? "ipv4" : isIPv6(address) ? "ipv6" : null
    const bits = prefix === undefined ? undefined : Number(prefix)
    const maxBits = family === "ipv4" ? 32 : 128
    if (!family || (bits !== undefined && !(Number.isInteger(bits) && bits >= 0 && bits <= maxBits))) {
      throw new Error(
        `TRUST_PROXY has "${entry}", which is not an IP address, a subnet such as 10.0.0.0/8, "loopback" or "none". Correct it and start again.`,
      )
    }
    if (bits === undefined) trusted.addAddress(address, family)
    else trusted.addSubnet(address, bits, family)
  }
  return trusted
}

function isTrusted(address: string, trusted: BlockList): boolean {
  if (isIPv4(address)) return trusted.check(address, "ipv4")
  if (isIPv6(address)) return trusted.check(address, "ipv6")
  return false
}

/**
 * The first address, walking back from the connection's peer through X-Forwarded-For (right to
 * left), that is not a trusted proxy: the client as the last trusted proxy saw it.
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trusted: BlockList): string {
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map(plain)
    .filter(Boolean)
  const hops = [plain(peer ?? ""), ...forwarded.reverse()]
  for (const hop of hops) {
    if (!isTrusted(hop, trusted)) return hop
  }
  return hops[hops.length - 1]!
}
