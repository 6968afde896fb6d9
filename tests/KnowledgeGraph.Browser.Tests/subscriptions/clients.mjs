// Runs the official graphql-sse and graphql-ws clients (and raw `ws` for protocol violations) against a live
// KnowledgeGraph service and prints what they saw as one JSON object. Usage: node clients.mjs <scenario> <json options>
import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient } from 'graphql-ws';
import WebSocket from 'ws';

const [scenario, optionsJson] = process.argv.slice(2);
const options = JSON.parse(optionsJson ?? '{}');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const wsUrl = (http) => http.replace(/^http/, 'ws') + '/graphql';
const CHANGES = 'subscription($ids: [ID!], $around: [ID!], $depth: Int) { graphChanged(ids: $ids, neighborhoodOf: $around, depth: $depth) { dataVersion storeVersion committedAt labels nodes { change id label } relationships { change type startId startLabel endId endLabel } } }';
let counter = 0;
const uniqueId = () => `ACT-T-${process.pid}${Date.now() % 100000}${counter++}`;

async function post(url, query, variables, key) {
  const response = await fetch(url + '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { 'x-api-key': key } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

async function createActor(url, key) {
  const id = uniqueId();
  const answer = await post(url, 'mutation($id: ID!) { createActor(input: { id: $id, name: "Subscription test actor", kind: ASSOCIATION, source: "API" }) { nodesCreatedCount } }', { id }, key);
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return id;
}

const link = (url, key, actorId, territoryId) =>
  post(url, 'mutation($a: ID!, $t: ID!) { linkActorToTerritory(actorId: $a, territoryId: $t) { relationshipsCreatedCount } }', { a: actorId, t: territoryId }, key);
const rename = (url, key, id, name) =>
  post(url, 'mutation($id: ID!, $name: String!) { updateActor(id: $id, set: { name: $name }) { nodesUpdatedCount } }', { id, name }, key);

/** Collects a subscription's results through a graphql-ws or graphql-sse client's subscribe(). */
function collect(client, payload) {
  const seen = { events: [], completed: false, error: null };
  seen.dispose = client.subscribe(payload, {
    next: (value) => seen.events.push(value),
    error: (error) => { seen.error = describe(error); },
    complete: () => { seen.completed = true; },
  });
  return seen;
}

function describe(error) {
  if (Array.isArray(error)) return { graphqlErrors: error };
  if (error?.response) return { status: error.response.status, message: String(error.message) };
  if (error && typeof error.code === 'number') return { closeCode: error.code, reason: error.reason };
  return { message: String(error?.message ?? error) };
}

async function until(predicate, timeoutMs = 10000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (predicate()) return true;
    await sleep(25);
  }
  return false;
}

/** Resolves once the operations sent before on this graphql-ws client run: a query sent after them has answered. */
async function subscribed(client) {
  const probe = collect(client, { query: '{ __typename }' });
  await until(() => probe.completed || probe.error, 10000);
  await sleep(100);
}

/** Writes (a new actor each time) until the subscriber saw one of the writes, so that no fixed wait decides the result. */
async function writeUntilSeen(writeUrl, key, seen) {
  const written = [];
  const mentions = () => seen.events.some((e) => e.data?.graphChanged?.nodes?.some((n) => written.includes(n.id)));
  for (let attempt = 0; attempt < 20 && !mentions(); attempt++) {
    written.push(await createActor(writeUrl, key));
    await until(mentions, 500);
  }
  return written;
}

function wsClient(url, connectionParams, extra = {}) {
  const closes = [];
  const client = createWsClient({
    url: wsUrl(url), webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: false,
    on: { closed: (event) => closes.push({ code: event.code, reason: event.reason }) }, ...extra,
  });
  client.closes = closes;
  return client;
}

function sseClient(url, headers = {}) {
  return createSseClient({ url: url + '/graphql', headers, retryAttempts: 0 });
}

/** A raw graphql-transport-ws socket: for what the client library never sends (protocol violations). */
function rawSocket(url, protocol = 'graphql-transport-ws') {
  const socket = new WebSocket(wsUrl(url), protocol);
  const messages = [];
  const closed = new Promise((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  socket.on('message', (data) => messages.push(JSON.parse(data.toString())));
  socket.on('error', () => {});
  const opened = new Promise((resolve) => socket.on('open', resolve));
  return { socket, messages, closed, opened, send: (m) => socket.send(JSON.stringify(m)) };
}

async function closeCodeOf(url, script, protocol) {
  const raw = rawSocket(url, protocol);
  await Promise.race([raw.opened, raw.closed]);
  await script(raw);
  const result = await Promise.race([raw.closed, sleep(8000).then(() => ({ code: 'none' }))]);
  return { ...result, messages: raw.messages.map((m) => m.type) };
}

const scenarios = {
  async 'sse-write'({ url, key }) {
    const client = sseClient(url);
    const seen = collect(client, { query: CHANGES });
    await sleep(300);
    const written = await writeUntilSeen(url, key, seen);
    seen.dispose();
    client.dispose();
    return { written, events: seen.events, error: seen.error };
  },

  async 'ws-write'({ url, key }) {
    const client = wsClient(url, {});
    const seen = collect(client, { query: CHANGES });
    await subscribed(client);
    const written = await writeUntilSeen(url, key, seen);
    const query = await new Promise((resolve) => { const q = collect(client, { query: '{ __typename }' }); until(() => q.completed).then(() => resolve(q)); });
    await client.dispose();
    return { written, events: seen.events, error: seen.error, query: query.events };
  },

  async 'cross-instance'({ url, otherUrl, key }) {
    const client = wsClient(otherUrl, {});
    const seen = collect(client, { query: CHANGES });
    await subscribed(client);
    const written = await writeUntilSeen(url, key, seen);
    await client.dispose();
    return { written, events: seen.events, error: seen.error };
  },

  async neighbourhood({ url, key, center }) {
    const client = wsClient(url, {});
    const outside = await createActor(url, key);
    const follower = collect(client, { query: CHANGES, variables: { around: [center], depth: 1 } });
    const idFollower = collect(client, { query: CHANGES, variables: { ids: [outside] } });
    await subscribed(client);
    await rename(url, key, outside, 'Outside, renamed');
    const inside = await createActor(url, key);
    await link(url, key, inside, center);
    await until(() => follower.events.length >= 1, 5000);
    await sleep(500); // the follower recomputes its neighbourhood after the link
    await rename(url, key, inside, 'Inside, renamed');
    await until(() => follower.events.length >= 2, 5000);
    await sleep(500);
    await client.dispose();
    return { outside, inside, events: follower.events, idEvents: idFollower.events, errors: [follower.error, idFollower.error] };
  },

  async 'unknown-neighbourhood'({ url }) {
    const client = wsClient(url, {});
    const seen = collect(client, { query: CHANGES, variables: { around: ['NO-SUCH-NODE'] } });
    await until(() => seen.completed || seen.error, 5000);
    await client.dispose();
    return { events: seen.events, error: seen.error, completed: seen.completed };
  },

  async 'ws-codes'({ url }) {
    return {
      noInit: await closeCodeOf(url, async () => {}),
      doubleInit: await closeCodeOf(url, async (raw) => { raw.send({ type: 'connection_init' }); raw.send({ type: 'connection_init' }); }),
      subscribeBeforeAck: await closeCodeOf(url, async (raw) => raw.send({ id: '1', type: 'subscribe', payload: { query: '{ __typename }' } })),
      duplicateId: await closeCodeOf(url, async (raw) => {
        raw.send({ type: 'connection_init' });
        await until(() => raw.messages.length > 0);
        raw.send({ id: 'a', type: 'subscribe', payload: { query: CHANGES } });
        raw.send({ id: 'a', type: 'subscribe', payload: { query: CHANGES } });
      }),
      invalidMessage: await closeCodeOf(url, async (raw) => { raw.send({ type: 'connection_init' }); raw.send({ type: 'no-such-type' }); }),
      noSubprotocol: await closeCodeOf(url, async () => {}, []),
      notJson: await closeCodeOf(url, async (raw) => { raw.send({ type: 'connection_init' }); raw.socket.send('{"type": "subscribe", '); }),
      tooBig: await closeCodeOf(url, async (raw) => { raw.send({ type: 'connection_init' }); raw.send({ type: 'ping', payload: { filler: 'x'.repeat(4096) } }); }),
      pingPong: await (async () => {
        const raw = rawSocket(url);
        await raw.opened;
        raw.send({ type: 'connection_init' });
        raw.send({ type: 'ping' });
        await until(() => raw.messages.length >= 2, 3000);
        raw.socket.close(1000);
        return raw.messages.map((m) => m.type);
      })(),
    };
  },

  async 'ws-auth'({ url, key }) {
    const anonymous = wsClient(url, {});
    const anonymousSeen = collect(anonymous, { query: '{ __typename }' });
    await until(() => anonymousSeen.error || anonymous.closes.length > 0, 5000);
    const wrongKey = wsClient(url, { 'x-api-key': 'not-a-key' });
    const wrongSeen = collect(wrongKey, { query: '{ __typename }' });
    await until(() => wrongSeen.error || wrongKey.closes.length > 0, 5000);
    const withKey = wsClient(url, { 'x-api-key': key });
    const keySeen = collect(withKey, { query: '{ __typename }' });
    await until(() => keySeen.completed || keySeen.error, 5000);
    for (const client of [anonymous, wrongKey, withKey]) await client.dispose();
    return { anonymous: anonymous.closes[0] ?? anonymousSeen.error, wrongKey: wrongKey.closes[0] ?? wrongSeen.error, withKey: keySeen.events, withKeyError: keySeen.error };
  },

  async 'sse-auth'({ url, key }) {
    const anonymous = collect(sseClient(url), { query: CHANGES });
    await until(() => anonymous.error, 5000);
    const withKey = collect(sseClient(url, { 'x-api-key': key }), { query: '{ __typename }' });
    await until(() => withKey.completed || withKey.error, 5000);
    return { anonymous: anonymous.error, withKey: withKey.events, withKeyError: withKey.error };
  },

  async limits({ url }) {
    const first = wsClient(url, {});
    const second = wsClient(url, {});
    const held = [collect(first, { query: CHANGES }), collect(second, { query: CHANGES })];
    await subscribed(first);
    await subscribed(second);
    const third = wsClient(url, {});
    const thirdSeen = collect(third, { query: CHANGES });
    await until(() => third.closes.length > 0 || thirdSeen.error, 5000);
    const sse = collect(sseClient(url), { query: CHANGES });
    await until(() => sse.error, 5000);
    const more = [collect(first, { query: CHANGES }), collect(first, { query: CHANGES })];
    await until(() => more.some((s) => s.error), 5000);
    for (const s of held) s.dispose();
    for (const client of [first, second, third]) await client.dispose();
    return { thirdWebSocket: third.closes[0] ?? thirdSeen.error, sse: sse.error, subscriptions: more.map((s) => s.error) };
  },

  async 'rate-limit'({ url, operations }) {
    const client = wsClient(url, {});
    const answers = [];
    for (let i = 0; i < operations; i++) {
      const seen = collect(client, { query: '{ __typename }' });
      await until(() => seen.completed || seen.error, 5000);
      answers.push(seen.error ?? seen.events[0]);
    }
    await client.dispose();
    return { answers };
  },

  async shutdown({ url }) {
    const ws = wsClient(url, {});
    const wsSeen = collect(ws, { query: CHANGES });
    const sseSeen = collect(sseClient(url), { query: CHANGES });
    await subscribed(ws);
    await sleep(500);
    console.log('READY');
    await until(() => ws.closes.length > 0 && (sseSeen.completed || sseSeen.error), 20000);
    return { ws: { completed: wsSeen.completed, error: wsSeen.error, close: ws.closes[0] }, sse: { completed: sseSeen.completed, error: sseSeen.error } };
  },
};

const run = scenarios[scenario];
if (!run) {
  console.error(`Unknown scenario ${scenario}`);
  process.exit(2);
}
const result = await run(options);
console.log(JSON.stringify(result));
process.exit(0);
