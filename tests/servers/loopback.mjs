// What the test servers here share: loopback-only listening, stdout kept for the one JSON line
// the pytest fixture reads, and stopping when the fixture says so (or dies).
import net from 'node:net'

// The servers call `listen(port)`, which binds every interface. Test servers must listen on
// loopback only, so a bare port is bound to 127.0.0.1.
export function loopbackOnly () {
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
}

// Anything the servers print goes to stderr, so stdout carries only our one JSON line.
export function quietStdout () {
  console.log = (...args) => console.error(...args)
  console.info = (...args) => console.error(...args)
}

// Runs `close` and exits on SIGTERM/SIGINT or when standard input closes (so the servers cannot
// outlive a test run whose process died without cleaning up).
export function stopWith (name, close) {
  let closing = false
  async function shutdown (code) {
    if (closing) return
    closing = true
    try {
      await close()
    } catch (err) {
      process.stderr.write(`${name}: error while closing: ${err}\n`)
      code = code || 1
    }
    process.exit(code)
  }
  process.on('SIGTERM', () => shutdown(0))
  process.on('SIGINT', () => shutdown(0))
  process.stdin.on('end', () => shutdown(0))
  process.stdin.on('close', () => shutdown(0))
  process.stdin.resume()
}
