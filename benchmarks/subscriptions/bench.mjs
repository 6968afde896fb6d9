// Many graphql-ws subscribers of graphChanged on one service; writes made by other requests (an editor key).
// Measures, in one run: writes per second with no subscriber (the baseline for the write rate); the delay from the
// commit (the event's committedAt, same machine clock) to the subscriber receiving the event with one subscriber
// (the baseline for the delay) and with N, writes paced so that they do not queue; the spread per write (first to
// last of the N subscribers receiving it) and the fan-out rate it gives (N / spread); and the events delivered per
// second while writes come as fast as 4 writers make them (bounded by the store's write rate).
// Usage: node bench.mjs <http url> <editor key> [subscribers=1000] [writes=200] [pacedWrites=100]
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, key, subscribersArg = '1000', writesArg = '200', pacedArg = '100'] = process.argv.slice(2);
const subscribers = Number(subscribersArg), writes = Number(writesArg), paced = Number(pacedArg);
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
let counter = 0;

async function write() {
  const id = `ACT-B-${process.pid}-${counter++}`;
  const response = await fetch(url + '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: JSON.stringify({ query: 'mutation($id: ID!) { createActor(input: { id: $id, name: "Benchmark actor", kind: ASSOCIATION, source: "API" }) { nodesCreatedCount } }', variables: { id } }),
  });
  const answer = await response.json();
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
}

async function writeAll(count, writers = 4) {
  const start = now();
  let left = count;
  await Promise.all(Array.from({ length: writers }, async () => { while (left-- > 0) await write(); }));
  return (now() - start) / 1000;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

// Baseline: the same writes with no subscriber.
await writeAll(10);
const baselineSeconds = await writeAll(writes);

/** Opens `count` graphql-ws clients, each with one graphChanged subscription; every event is timed on arrival. */
function subscribe(count, sink) {
  const clients = [];
  for (let i = 0; i < count; i++) {
    const client = createClient({ url: url.replace(/^http/, 'ws') + '/graphql', webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });
    client.subscribe({ query: 'subscription { graphChanged { storeVersion committedAt } }' }, {
      next: (value) => sink(value.data.graphChanged, now()),
      error: (error) => { console.error('subscriber error', error?.code ?? error); },
      complete: () => {},
    });
    clients.push(client);
  }
  return clients;
}

/** Paced writes (one at a time, 50 ms apart): the delay from each commit to each subscriber, and the spread per write. */
async function pacedDelays(count, subscriberCount, events) {
  events.length = 0;
  for (let i = 0; i < count; i++) {
    await write();
    await sleep(50);
  }
  const end = now() + 30000;
  while (events.length < count * subscriberCount && now() < end) await sleep(10);
  const delays = events.map((e) => e.at - Date.parse(e.change.committedAt)).sort((a, b) => a - b);
  const byWrite = new Map();
  for (const e of events) {
    const times = byWrite.get(e.change.storeVersion) ?? [];
    times.push(e.at);
    byWrite.set(e.change.storeVersion, times);
  }
  const spreads = [...byWrite.values()].map((t) => Math.max(...t) - Math.min(...t)).sort((a, b) => a - b);
  return {
    received: events.length,
    expected: count * subscriberCount,
    delayMs: { p50: round(percentile(delays, 50)), p90: round(percentile(delays, 90)), p99: round(percentile(delays, 99)), max: round(delays[delays.length - 1]) },
    spreadMs: { p50: round(percentile(spreads, 50)), max: round(spreads[spreads.length - 1]) },
  };
}

const round = (x) => +x.toFixed(2);

async function waitForAll(clientsCount, events) {
  for (let attempt = 0; attempt < 100; attempt++) {
    events.length = 0;
    await write();
    await sleep(300);
    if (events.length >= clientsCount) return;
  }
  throw new Error(`only ${events.length} of ${clientsCount} subscribers receive events`);
}

// One subscriber: the delay baseline.
const oneEvents = [];
const one = subscribe(1, (change, at) => oneEvents.push({ change, at }));
await waitForAll(1, oneEvents);
const single = await pacedDelays(paced, 1, oneEvents);
for (const client of one) client.dispose();

// N subscribers.
const events = [];
const clients = subscribe(subscribers, (change, at) => events.push({ change, at }));
await waitForAll(subscribers, events);
const many = await pacedDelays(paced, subscribers, events);

// Throughput: writes as fast as 4 writers go; delivery counted until every subscriber has every event.
events.length = 0;
const start = now();
const writeSeconds = await writeAll(writes);
const expected = writes * subscribers;
while (events.length < expected && now() - start < 120000) await sleep(10);
const deliverySeconds = (now() - start) / 1000;

for (const client of clients) client.dispose();
console.log(JSON.stringify({
  subscribers,
  writes,
  baselineWritesPerSecond: round(writes / baselineSeconds),
  writesPerSecondWithSubscribers: round(writes / writeSeconds),
  writeRateRatio: +((writes / writeSeconds) / (writes / baselineSeconds)).toFixed(3),
  eventsDelivered: events.length,
  eventsExpected: expected,
  deliveredPerSecond: Math.round(events.length / deliverySeconds),
  fanOutPerSecond: Math.round(subscribers / (Math.max(many.spreadMs.p50, 0.001) / 1000)),
  pacedWrites: paced,
  oneSubscriber: single,
  manySubscribers: many,
  delayRatioP50: +(many.delayMs.p50 / single.delayMs.p50).toFixed(2),
}, null, 2));
process.exit(0);
