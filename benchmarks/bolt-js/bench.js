// The official neo4j-driver 1.7 (Bolt 1) measured exactly like benchmarks/KnowledgeGraph.Bolt.Benchmarks:
// warm-up, then the median of ROUNDS rounds. Prints one JSON line.
'use strict'
const neo4j = require('neo4j-driver').v1
const uri = process.env.NEO4J_TEST_URI || 'bolt://127.0.0.1:17687'
const user = process.env.NEO4J_TEST_USER || 'neo4j'
const password = process.env.NEO4J_TEST_PASSWORD || 'kg-test-password'
const QUERIES = Number(process.env.BENCH_QUERIES || 2000)
const ROWS = Number(process.env.BENCH_ROWS || 100000)
const ROUNDS = Number(process.env.BENCH_ROUNDS || 5)
const WORKERS = 8

const median = xs => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { maxConnectionPoolSize: WORKERS, disableLosslessIntegers: true, encrypted: false })

async function returnOne (session, count) {
  for (let i = 0; i < count; i++) {
    const result = await session.run('RETURN 1 AS x')
    if (result.records[0].get('x') !== 1) throw new Error('bad value')
  }
}

function stream (session) {
  return new Promise((resolve, reject) => {
    let sum = 0
    session.run('UNWIND range(1, $n) AS i RETURN i', { n: ROWS }).subscribe({
      onNext: record => { sum += record.get(0) },
      onCompleted: () => sum === ROWS * (ROWS + 1) / 2 ? resolve() : reject(new Error('bad sum ' + sum)),
      onError: reject
    })
  })
}

async function timed (fn) {
  const start = process.hrtime.bigint()
  await fn()
  return Number(process.hrtime.bigint() - start) / 1e6
}

async function main () {
  const single = driver.session()
  await returnOne(single, 200)
  const oneConnection = []
  for (let r = 0; r < ROUNDS; r++) oneConnection.push(QUERIES / (await timed(() => returnOne(single, QUERIES)) / 1000))

  const sessions = Array.from({ length: WORKERS }, () => driver.session())
  await Promise.all(sessions.map(s => returnOne(s, 50)))
  const pooled = []
  for (let r = 0; r < ROUNDS; r++) {
    pooled.push(QUERIES / (await timed(() => Promise.all(sessions.map(s => returnOne(s, QUERIES / WORKERS)))) / 1000))
  }

  await stream(single)
  const streamed = []
  for (let r = 0; r < ROUNDS; r++) streamed.push(await timed(() => stream(single)))

  single.close(); sessions.forEach(s => s.close()); driver.close()
  console.log(JSON.stringify({ client: 'neo4j-driver 1.7 (JS)', return1_qps: median(oneConnection), return1_pool8_qps: median(pooled), stream_ms: median(streamed) }))
}

main().catch(e => { console.error(e); process.exit(1) })
