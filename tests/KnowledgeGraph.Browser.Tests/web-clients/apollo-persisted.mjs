// Usage: node apollo-persisted.mjs <graphql endpoint> <post|get>
// Apollo Client 4 with its persisted-queries link (SHA-256 from node:crypto) runs one query twice against the live
// service, each time from a fresh client (so Apollo's own cache does not answer). Prints the data of both runs and
// every HTTP exchange the link made: { first, second, exchanges: [{ method, sentQuery, sentHash, status, codes, etag }] }.
import { createHash, randomUUID } from 'node:crypto';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';

const [endpoint, mode] = process.argv.slice(2);
const exchanges = [];

async function recordingFetch(url, init) {
  const method = init?.method ?? 'GET';
  let body = {};
  if (method === 'GET') {
    const params = new URL(url).searchParams;
    body = { query: params.get('query'), extensions: JSON.parse(params.get('extensions') ?? 'null') };
  } else {
    body = JSON.parse(init.body);
  }
  const response = await fetch(url, init);
  const text = await response.clone().text();
  let codes = [];
  try { codes = (JSON.parse(text).errors ?? []).map(e => e.extensions?.code); } catch { }
  exchanges.push({
    method, sentQuery: typeof body.query === 'string', sentHash: body.extensions?.persistedQuery?.sha256Hash ?? null,
    status: response.status, codes, etag: response.headers.get('etag'), cacheControl: response.headers.get('cache-control'),
  });
  return response;
}

function newClient() {
  const persisted = new PersistedQueryLink({
    sha256: text => createHash('sha256').update(text).digest('hex'),
    useGETForHashedQueries: mode === 'get',
  });
  return new ApolloClient({
    cache: new InMemoryCache(),
    link: ApolloLink.from([persisted, new HttpLink({ uri: endpoint, fetch: recordingFetch })]),
  });
}

// A document this service has never seen: a fresh alias.
const alias = `probe_${randomUUID().replaceAll('-', '')}`;
const query = gql`query PersistedProbe { ${alias}: actors(first: 2, order: [{ id: ASC }]) { totalCount nodes { id name } } }`;
const first = await newClient().query({ query, fetchPolicy: 'network-only' });
const second = await newClient().query({ query, fetchPolicy: 'network-only' });
console.log(JSON.stringify({ first: first.data?.[alias] ?? null, second: second.data?.[alias] ?? null, exchanges }));
