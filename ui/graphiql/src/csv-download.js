// The current operation sent again with Accept: text/csv (the server's CSV answers, README "Answers as tables"),
// the answer saved as a file.
export const CSV = 'text/csv';
export const CSV_SEMICOLON = 'text/csv; separator=semicolon';

function parseJson(text, what) {
  if (!text || !text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`The ${what} are not valid JSON.`);
  }
}

function fileNameOf(response) {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  return /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1] ?? 'answer.csv';
}

/** Posts the operation asking for CSV; resolves to { blob, fileName } or throws with the server's message. */
export async function fetchCsv({ query, variables, headers, operationName }, accept) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { ...parseJson(headers, 'request headers'), Accept: accept, 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables: parseJson(variables, 'variables'), ...(operationName ? { operationName } : {}) }),
  });
  const type = response.headers.get('Content-Type') ?? '';
  if (!response.ok || !type.startsWith('text/csv')) {
    const text = await response.text();
    let message = `HTTP ${response.status}: ${text || response.statusText}`;
    try {
      const errors = JSON.parse(text).errors;
      if (errors?.length) message = errors.map((error) => error.message).join('\n');
    } catch { /* not JSON: keep the raw text */ }
    throw new Error(message);
  }
  return { blob: await response.blob(), fileName: fileNameOf(response) };
}

export function saveFile(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
