import { clientAddress, trustedProxies } from "./client-address"

describe("the client address attempts are counted against", () => {
  it("is the connection's peer when it is no trusted proxy, whatever X-Forwarded-For claims", () => {
    expect(clientAddress("203.0.113.9", "192.0.2.1", trustedProxies("loopback"))).toBe("203.0.113.9")
    expect(clientAddress("203.0.113.9", "192.0.2.1", trustedProxies("none"))).toBe("203.0.113.9")
  })

  it("is what a trusted proxy forwarded: the storefront on the same machine by default", () => {
    const trusted = trustedProxies()
    expect(clientAddress("127.0.0.1", "198.51.100.4", trusted)).toBe("198.51.100.4")
    expect(clientAddress("::ffff:127.0.0.1", "198.51.100.4", trusted)).toBe("198.51.100.4")
    expect(clientAddress("::1", "2001:db8::7", trusted)).toBe("2001:db8::7")
    // Nothing forwarded: the request came from the machine itself.
    expect(clientAddress("::1", undefined, trusted)).toBe("::1")
  })

  it("walks back through trusted proxies only, so an address a client wrote in front counts for nothing", () => {
    const trusted = trustedProxies("loopback, 10.0.0.0/8")
    // A client at 198.51.100.4 claiming 6.6.6.6 → load balancer (adds what it saw) → a proxy at 10.0.0.5 → 127.0.0.1.
    expect(clientAddress("127.0.0.1", "6.6.6.6, 198.51.100.4, 10.0.0.5", trusted)).toBe("198.51.100.4")
    expect(clientAddress("10.0.0.5", "6.6.6.6, 198.51.100.4", trusted)).toBe("198.51.100.4")
    expect(clientAddress("10.0.0.5", ["6.6.6.6", "198.51.100.4"], trusted)).toBe("198.51.100.4")
    // Only trusted hops: the first of them is as far back as anyone can see.
    expect(clientAddress("10.0.0.5", "10.0.0.6, 10.0.0.7", trusted)).toBe("10.0.0.6")
  })

  it("refuses a TRUST_PROXY that names no address, saying what it should be", () => {
    expect(() => trustedProxies("storefront.internal")).toThrow(
      /TRUST_PROXY has "storefront.internal", which is not an IP address, a subnet such as 10.0.0.0\/8, "loopback" or "none"/,
    )
    expect(() => trustedProxies("10.0.0.0/33")).toThrow(/TRUST_PROXY has "10.0.0.0\/33"/)
    expect(() => trustedProxies("192.0.2.10, 2001:db8::/32")).not.toThrow()
  })
})
