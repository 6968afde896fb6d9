// Many graphql-ws subscribers of graphChanged on one service; writes made by other requests (an editor key).
// Measures, in one run: writes per second with no subscriber (the baseline), then with N subscribers; events
// delivered per second to the N subscribers while writes come as fast as the writers can make them; and the delay
// from the commit (the event's committedAt, same machine clock) to each subscriber receiving the event, p50/p99,
// with writes paced so that delivery is not saturated.
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
await writeAll(20);
const baselineSeconds = await writeAll(writes);

let received = 0;
let delays = [];
const clients = [];
for (let i = 0; i < subscribers; i++) {
  const client = createClient({ url: url.replace(/^http/, 'ws') + '/graphql', webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });
  client.subscribe({ query: 'subscription { graphChanged { committedAt nodes { id } } }' }, {
    next: (value) => {
      received++;
      delays.push(now() - Date.parse(value.data.graphChanged.committedAt));
    },
    error: (error) => { console.error('subscriber error', error?.code ?? error); },
    complete: () => {},
  });
  clients.push(client);
}
// Every subscriber is in place once a probe write reaches all of them.
for (let attempt = 0; attempt < 100 && received < subscribers; attempt++) {
  received = 0;
  await write();
  await sleep(300);
}
if (received < subscribers) throw new Error(`only ${received} of ${subscribers} subscribers receive events`);

// Throughput: writes as fast as 4 writers go; events counted until every subscriber has every event.
received = 0;
delays = [];
const start = now();
const writeSeconds = await writeAll(writes);
const expected = writes * subscribers;
while (received < expected && now() - start < 120000) await sleep(10);
const deliverySeconds = (now() - start) / 1000;
const deliveredPerSecond = received / deliverySeconds;

// Delay: paced writes (one every 50 ms), so that each event is delivered before the next write.
received = 0;
delays = [];
for (let i = 0; i < paced; i++) {
  await write();
  await sleep(50);
}
while (received < paced * subscribers && delays.length < paced * subscribers) await sleep(10);
const sorted = delays.sort((a, b) => a - b);

for (const client of clients) client.dispose();
console.log(JSON.stringify({
  subscribers,
  writes,
  baselineWritesPerSecond: +(writes / baselineSeconds).toFixed(1),
  writesPerSecondWithSubscribers: +(writes / writeSeconds).toFixed(1),
  writeRateRatio: +((writes / writeSeconds) / (writes / baselineSeconds)).toFixed(3),
  eventsDelivered: expected,
  deliveredPerSecond: Math.round(deliveredPerSecond),
  pacedWrites: paced,
  delayMs: { p50: +percentile(sorted, 50).toFixed(2), p90: +percentile(sorted, 90).toFixed(2), p99: +percentile(sorted, 99).toFixed(2), max: +sorted[sorted.length - 1].toFixed(2) },
}, null, 2));
process.exit(0);
