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
import { loopbackOnly, quietStdout, stopWith } from './loopback.mjs'

loopbackOnly()
quietStdout()

const { TestNetworkNoAppView, ADMIN_PASSWORD } = await import('@atproto/dev-env')

const network = await TestNetworkNoAppView.create({
  pds: { hostname: 'localhost' },
})

stopWith('bluesky-pds', () => network.close())

process.stdout.write(JSON.stringify({
  ready: true,
  pds_url: network.pds.url,
  plc_url: network.plc.url,
  pds_port: network.pds.port,
  plc_port: network.plc.port,
  handle_domain: '.test',
  admin_password: ADMIN_PASSWORD,
}) + '\n')
