// The Bluesky reference PDS with an in-memory PLC directory, for HumasDesk's tests.
//
// Starts @atproto/dev-env's TestNetworkNoAppView on loopback with free ports, creates nothing
// else (the pytest fixture makes the accounts it needs over XRPC), prints one JSON line:
//   {"ready": true, "pds_url": ..., "plc_url": ..., "pds_port": ..., "plc_port": ...,
//    "handle_domain": ".test", "admin_password": ...}
// and runs until SIGTERM/SIGINT or until its standard input closes (so it cannot outlive a
// test run whose process died without cleaning up).
//
// Usage: node bluesky-pds.mjs   (run `scripts/test-servers` once first)
import net from 'node:net'

// The PDS and the PLC server call `listen(port)`, which binds every interface. Test servers
// must listen on loopback only, so a bare port is bound to 127.0.0.1.
const originalListen = net.Server.prototype.listen
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number' && (args.length === 1 || typeof args[1] === 'function')) {
    args.splice(1, 0, '127.0.0.1')
  } else if (args[0] && typeof args[0] === 'object' && args[0].port !== undefined &&
             args[0].host === undefined && args[0].path === undefined) {
    args[0] = { ...args[0], host: '127.0.0.1' }
  }
  return originalListen.apply(this, args)
}

// Anything the servers print goes to stderr, so stdout carries only our one JSON line.
console.log = (...args) => console.error(...args)
console.info = (...args) => console.error(...args)

const { TestNetworkNoAppView, ADMIN_PASSWORD } = await import('@atproto/dev-env')

const network = await TestNetworkNoAppView.create({
  pds: { hostname: 'localhost' },
})

let closing = false
async function shutdown (code) {
  if (closing) return
  closing = true
  try {
    await network.close()
  } catch (err) {
    process.stderr.write(`bluesky-pds: error while closing: ${err}\n`)
    code = code || 1
  }
  process.exit(code)
}

process.on('SIGTERM', () => shutdown(0))
process.on('SIGINT', () => shutdown(0))
process.stdin.on('end', () => shutdown(0))
process.stdin.on('close', () => shutdown(0))
process.stdin.resume()

process.stdout.write(JSON.stringify({
  ready: true,
  pds_url: network.pds.url,
  plc_url: network.plc.url,
  pds_port: network.pds.port,
  plc_port: network.plc.port,
  handle_domain: '.test',
  admin_password: ADMIN_PASSWORD,
}) + '\n')
