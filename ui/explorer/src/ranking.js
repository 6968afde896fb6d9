// Client-side re-ranking of search hits: a node named like the text comes before one that merely mentions it.
export function fold(text) {
  return String(text ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[’'`\-_.,;:()«»"]+/g, ' ').replace(/\s+/g, ' ').trim();
}

const LABEL_ORDER = ['Actor', 'Alliance', 'Territory', 'Network', 'Catalyst', 'Domain', 'Sdg', 'SdgTarget', 'Study', 'Finding'];

// 0: the name is the text; 1: a word of the name is the text; 2: the name starts with or holds it; 3: elsewhere.
function nameRank(name, text) {
  const folded = fold(name);
  if (folded === text) return 0;
  if (` ${folded} `.includes(` ${text} `)) return 1;
  if (folded.includes(text)) return 2;
  return 3;
}

/** Stable: within a rank, actors first, then the server's order (its relevance score). */
export function rankHits(hits, typed) {
  const text = fold(typed);
  return hits
    .map((hit, index) => ({ hit, index, rank: nameRank(hit.name, text), label: LABEL_ORDER.indexOf(hit.label) }))
    .sort((a, b) => a.rank - b.rank || (a.rank < 3 ? a.label - b.label : 0) || a.index - b.index)
    .map((entry) => entry.hit);
}
