// GraphQL over HTTP: POST a JSON body to the API's own endpoint.
export async function fetcher(graphQLParams, options) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      Accept: 'application/graphql-response+json, application/json',
      'Content-Type': 'application/json',
      ...options?.headers,
    },
    body: JSON.stringify(graphQLParams),
  });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return { errors: [{ message: `HTTP ${response.status}: ${text || response.statusText}` }] };
  }
}
