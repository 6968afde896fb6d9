// Everything a journalist may look for in the schema, as flat entries: types, fields, arguments, input fields and
// enum values, each with its description; and the search over them, on folded text (see text.js).
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { closeTo, fold, wordsOf } from './text.js';

export function indexSchema(schema) {
  const entries = [];
  const add = (kind, path, type, name, description, field) =>
    entries.push({ kind, path, type, field, name, description: description ?? '', nameWords: wordsOf(name), folded: fold(`${name} ${description ?? ''}`) });
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    add('type', type.name, type, type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        add('field', `${type.name}.${field.name}`, type, field.name, field.description, field);
        for (const arg of field.args) add('argument', `${type.name}.${field.name}(${arg.name})`, type, arg.name, arg.description, field);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) add('input field', `${type.name}.${field.name}`, type, field.name, field.description, field);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) add('enum value', `${type.name}.${value.name}`, type, value.name, value.description);
    }
  }
  return entries;
}

const KIND_ORDER = { 'enum value': 0, type: 1, field: 2, 'input field': 3, argument: 4 };

// 0: the name is the text; 1: the name holds it; 2: the name holds a word close to it; 3: the description does.
function rank(entry, text, typedWords) {
  const name = fold(entry.name.replace(/([a-z0-9])([A-Z])/g, '$1 $2'));
  if (name === text || fold(entry.name) === text) return 0;
  if (name.includes(text)) return 1;
  const descriptionWords = entry.folded.split(' ');
  const everyWord = (words) => typedWords.every((typed) => words.some((word) => closeTo(typed, word)));
  if (everyWord(entry.nameWords)) return 2;
  if (entry.folded.includes(text)) return 3;
  if (everyWord(descriptionWords)) return 4;
  return -1;
}

/** The entries matching the text, best first: by rank, then enum values and types before fields, then by path. */
export function searchSchema(entries, typed, max = 60) {
  const text = fold(typed);
  if (!text) return [];
  const typedWords = text.split(' ');
  const hits = [];
  for (const entry of entries) {
    const r = rank(entry, text, typedWords);
    if (r >= 0) hits.push({ entry, rank: r });
  }
  hits.sort((a, b) => a.rank - b.rank || KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] || a.entry.path.localeCompare(b.entry.path));
  return hits.slice(0, max).map((hit) => hit.entry);
}
