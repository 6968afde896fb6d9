// Text folding shared by the IDE's searches: case, accents, apostrophes (’ and '), hyphens and spacing ignored.
export function fold(text) {
  return String(text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`\-_./,;:()«»"]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a name or text, camelCase and SNAKE_CASE split: "startYear" → ["start", "year"]. */
export function wordsOf(text) {
  return fold(String(text ?? '').replace(/([a-z0-9])([A-Z])/g, '$1 $2')).split(' ').filter(Boolean);
}

/** Optimal string alignment distance (an adjacent transposition counts as one edit), cut off above max. */
export function distance(a, b, max = 2) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
    }
  }
  return rows[a.length][b.length];
}

/** A typed word is close to a word when it is a prefix of it, or one edit away (two for long words). */
export function closeTo(typed, word) {
  if (word.startsWith(typed)) return true;
  if (typed.length < 5) return false;
  return distance(typed, word, 2) <= (typed.length >= 8 ? 2 : 1);
}
