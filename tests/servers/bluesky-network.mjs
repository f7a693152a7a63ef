// A full local Bluesky network for HumasDesk's tests: PLC directory, PDS and the real AppView
// (with the Ozone moderation service it needs), from @atproto/dev-env's TestNetwork.
//
// PostgreSQL and Redis must already run: the pytest fixture (tests/platforms/bluesky_network.py)
// starts both and passes DB_POSTGRES_URL, DB_POSTGRES_SCHEMA (letters and _ only) and REDIS_HOST
// (host:port) in the environment.
//
// Prints one JSON line on stdout when ready:
//   {"ready": true, "pds_url", "appview_url", "plc_url", "control_url", "handle_domain",
//    "start_seconds"}
// and runs until SIGTERM/SIGINT or until its standard input closes (so it cannot outlive a test
// run whose process died).
//
// The AppView indexes what the PDS emits only when asked: a timer calls net.processAll() every
// 250 ms, and every control action below waits for it before answering, so what an action made
// is visible to app.bsky.* reads as soon as the action returns.
//
// Control channel: HTTP on 127.0.0.1 (control_url), JSON in and out, POST only.
//   POST /account {name, privileged?}   -> {handle, did, password, app_password}
//        a fresh account (handle <name><n>.test) with an app password (privileged: DM access)
//   POST /act {as: handle, action, ...} -> {uri, cid} of the record made (or {} for delete)
//        action "post"      {text}                      a post; @handles become mention facets
//        action "mention"   {text}                      the same (for readability in tests)
//        action "complaint" {text?}                     a post (default: a complaint in Indonesian)
//        action "reply"     {uri, text}                 a reply to uri (root taken from uri)
//        action "quote"     {uri, text}                 a post quoting uri
//        action "like"      {uri}
//        action "repost"    {uri}
//        action "delete"    {uri}                       deletes any record of that account
//        action "follow"    {did}
//        action "gate"      {uri}                       a threadgate on the account's post uri
//                                                       that lets nobody reply
//   POST /process {}                    -> {} after net.processAll()
//   POST /chat {url}                    -> {} chat.bsky.* calls go to url from now on (see below)
//
// Usage: node bluesky-network.mjs   (run `scripts/test-servers` once first)
import http from 'node:http'

import { loopbackOnly, quietStdout, stopWith } from './loopback.mjs'

const started = process.hrtime.bigint()
loopbackOnly()
quietStdout()

const { TestNetwork } = await import('@atproto/dev-env')
const { AtpAgent, RichText } = await import('@atproto/api')

const network = await TestNetwork.create({
  dbPostgresSchema: process.env.DB_POSTGRES_SCHEMA || 'humasdesk',
  pds: { hostname: 'localhost' },
})

// The chat service (did:web:api.bsky.chat) is not open source and is not part of this network.
// Its DID must never be looked up on the internet from a test: it resolves to a document whose
// #bsky_chat endpoint is CHAT_URL (a loopback server a test may run), or a closed loopback port.
const chatDid = 'did:web:api.bsky.chat'
let chatUrl = process.env.CHAT_URL || 'http://127.0.0.1:9'
const resolver = network.pds.ctx.idResolver.did
const originalResolve = resolver.resolve.bind(resolver)
resolver.resolve = async (did, forceRefresh) => {
  if (did !== chatDid) return originalResolve(did, forceRefresh)
  return {
    id: chatDid,
    service: [{ id: '#bsky_chat', type: 'BskyChatService', serviceEndpoint: chatUrl }],
  }
}

// -- keeping the AppView up to date -------------------------------------------------------------

let processing = Promise.resolve()
function processAll () {
  // One processAll at a time: the timer and the actions share it.
  processing = processing.then(() => network.processAll(10000)).catch((err) => {
    process.stderr.write(`bluesky-network: processAll failed: ${err}\n`)
  })
  return processing
}
const timer = setInterval(processAll, 250)

// -- accounts and actions -----------------------------------------------------------------------

const agents = new Map() // handle -> logged-in AtpAgent
let counter = 0

async function createAccount ({ name = 'user', privileged = false }) {
  counter += 1
  const clean = String(name).toLowerCase().replace(/[^a-z0-9]/g, '') || 'user'
  const handle = `${clean.slice(0, 20)}${counter}.test`
  const password = `main-${Math.random().toString(36).slice(2)}`
  const agent = new AtpAgent({ service: network.pds.url })
  await agent.createAccount({ handle, email: `${clean}${counter}@example.com`, password })
  const app = await agent.com.atproto.server.createAppPassword({
    name: 'humasdesk', privileged: Boolean(privileged),
  })
  agents.set(handle, agent)
  await processAll()
  return { handle, did: agent.session.did, password, app_password: app.data.password }
}

async function recordOf (agent, uri) {
  const [, , repo, collection, rkey] = uri.split('/')
  const got = await agent.com.atproto.repo.getRecord({ repo, collection, rkey })
  return got.data
}

async function postWith (agent, text, extra = {}) {
  const rt = new RichText({ text })
  await rt.detectFacets(agent)
  return agent.post({ text: rt.text, facets: rt.facets, langs: ['id'], ...extra })
}

const COMPLAINT = 'Antre di poli jiwa tiga jam, petugasnya gak ada yang jelasin. Kecewa bgt'

async function act (body) {
  const agent = agents.get(body.as)
  if (!agent) throw new Error(`unknown account ${body.as}`)
  let made = {}
  switch (body.action) {
    case 'post':
    case 'mention':
      made = await postWith(agent, body.text)
      break
    case 'complaint':
      made = await postWith(agent, body.text || COMPLAINT)
      break
    case 'reply': {
      const parent = await recordOf(agent, body.uri)
      const parentRef = { uri: parent.uri, cid: parent.cid }
      const root = parent.value.reply?.root || parentRef
      made = await postWith(agent, body.text, { reply: { root, parent: parentRef } })
      break
    }
    case 'quote': {
      const quoted = await recordOf(agent, body.uri)
      made = await postWith(agent, body.text, {
        embed: { $type: 'app.bsky.embed.record', record: { uri: quoted.uri, cid: quoted.cid } },
      })
      break
    }
    case 'like': {
      const subject = await recordOf(agent, body.uri)
      made = await agent.like(subject.uri, subject.cid)
      break
    }
    case 'repost': {
      const subject = await recordOf(agent, body.uri)
      made = await agent.repost(subject.uri, subject.cid)
      break
    }
    case 'follow':
      made = await agent.follow(body.did)
      break
    case 'gate': {
      const rkey = body.uri.split('/').pop()
      const gate = await agent.com.atproto.repo.createRecord({
        repo: agent.session.did,
        collection: 'app.bsky.feed.threadgate',
        rkey,
        record: { $type: 'app.bsky.feed.threadgate', post: body.uri, allow: [],
                  createdAt: new Date().toISOString() },
      })
      made = gate.data
      break
    }
    case 'delete': {
      const [, , repo, collection, rkey] = body.uri.split('/')
      await agent.com.atproto.repo.deleteRecord({ repo, collection, rkey })
      made = {}
      break
    }
    default:
      throw new Error(`unknown action ${body.action}`)
  }
  await processAll()
  return made.uri ? { uri: made.uri, cid: made.cid } : {}
}

const routes = {
  '/account': createAccount,
  '/act': act,
  '/process': async () => { await processAll(); return {} },
  '/chat': async ({ url }) => { chatUrl = url; return {} },
}

const control = http.createServer((req, res) => {
  let raw = ''
  req.setEncoding('utf8')
  req.on('data', (chunk) => { raw += chunk })
  req.on('end', async () => {
    const route = routes[req.url]
    let status = 200
    let answer
    try {
      if (req.method !== 'POST' || !route) {
        status = 404
        answer = { error: `no route ${req.method} ${req.url}` }
      } else {
        answer = await route(raw ? JSON.parse(raw) : {})
      }
    } catch (err) {
      status = 500
      answer = { error: String(err && err.message ? err.message : err) }
    }
    const payload = JSON.stringify(answer)
    res.writeHead(status, { 'Content-Type': 'application/json',
                            'Content-Length': Buffer.byteLength(payload) })
    res.end(payload)
  })
})
await new Promise((resolve) => control.listen(0, '127.0.0.1', resolve))

// -- lifetime -----------------------------------------------------------------------------------

stopWith('bluesky-network', async () => {
  clearInterval(timer)
  control.close()
  await processing
  await network.close()
})

process.stdout.write(JSON.stringify({
  ready: true,
  pds_url: network.pds.url,
  appview_url: network.bsky.url,
  plc_url: network.plc.url,
  control_url: `http://127.0.0.1:${control.address().port}`,
  handle_domain: '.test',
  start_seconds: Number(process.hrtime.bigint() - started) / 1e9,
}) + '\n')
