/** Port checks for the local stack, failing with a sentence a newcomer can act on. */
import net from "node:net"

/**
 * Throws when something already answers on `port`, naming what we wanted to run there and, when
 * given, how to choose another port (`howToMove`, e.g. "set BACKEND_PORT=9001").
 */
export async function assertPortFree(port: number, what: string, howToMove?: string): Promise<void> {
  if (!(await isPortInUse(port))) return
  const alternative = howToMove ? `, or ${howToMove}` : ""
  throw new Error(
    `Port ${port} (${what}) is already in use — another OCOP Market stack or program is running. ` +
      `Stop it${alternative}.`,
  )
}

/** A port the operating system considers free right now (for tests that start their own services). */
export async function findFreePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(0, "127.0.0.1", resolve)
  })
  const { port } = server.address() as net.AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

/** The first port from `preferred` on that nothing uses, for a second stack beside a running one. */
export async function firstFreePort(preferred: number): Promise<number> {
  for (let port = preferred; port < preferred + 100; port++) if (!(await isPortInUse(port))) return port
  throw new Error(`No free port in ${preferred}–${preferred + 99}.`)
}

/**
 * Both probes are needed: Linux refuses a wildcard bind next to a listener on 127.0.0.1, but macOS
 * allows it, so there only a connection attempt reveals the other program.
 */
export async function isPortInUse(port: number): Promise<boolean> {
  const [ipv4Answers, ipv6Answers, bindable] = await Promise.all([
    acceptsConnections(port, "127.0.0.1"),
    acceptsConnections(port, "::1"),
    canListen(port),
  ])
  return ipv4Answers || ipv6Answers || !bindable
}

function acceptsConnections(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host })
    socket.setTimeout(1000)
    const settle = (answered: boolean) => {
      socket.destroy()
      resolve(answered)
    }
    socket.once("connect", () => settle(true))
    socket.once("timeout", () => settle(false))
    socket.once("error", () => settle(false))
  })
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") resolve(false)
      else reject(error)
    })
    server.listen(port, () => server.close(() => resolve(true)))
  })
}
