// Minimal RFC 4180 CSV writing and reading for the seed files (UTF-8, comma, "" escaping, LF line ends).

const needsQuotes = /[",\r\n]/;

export function formatField(value) {
  const text = value === null || value === undefined ? '' : String(value);
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function writeCsv(header, rows) {
  return [header, ...rows].map((row) => row.map(formatField).join(',')).join('\n') + '\n';
}

/** Parses CSV text into rows of fields, each row with the 1-based line number it starts on. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') inQuotes = false;
      else { if (ch === '\n') line++; field += ch; }
    } else if (ch === '"') inQuotes = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') continue;
    else if (ch === '\n') {
      row.push(field); rows.push({ line: rowLine, fields: row });
      row = []; field = ''; line++; rowLine = line;
    } else field += ch;
  }
  if (inQuotes) throw new Error(`unterminated quoted field starting on line ${rowLine}`);
  if (field !== '' || row.length > 0) { row.push(field); rows.push({ line: rowLine, fields: row }); }
  return rows;
}
