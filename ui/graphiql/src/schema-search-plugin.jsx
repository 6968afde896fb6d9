// Sidebar panel "Search the schema": finds types, fields, arguments, input fields and enum values by name or by
// description, ignoring case and accents and forgiving a letter ("fondation" finds ActorKind.FOUNDATION).
// A click opens the type in the documentation explorer.
import { useMemo, useState } from 'react';
import { useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import { DOC_EXPLORER_PLUGIN, useDocExplorerActions } from '@graphiql/plugin-doc-explorer';
import { indexSchema, searchSchema } from './schema-index.js';

function SearchIcon(props) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.5" {...props}>
      <circle cx="10.5" cy="10.5" r="6.5" />
      <path d="M15.5 15.5 21 21" strokeLinecap="round" />
      <path d="M8 10.5h5" strokeLinecap="round" />
    </svg>
  );
}

function SchemaSearchPanel() {
  const schema = useGraphiQL((state) => state.schema);
  const { setVisiblePlugin } = useGraphiQLActions();
  const docs = useDocExplorerActions();
  const [text, setText] = useState('');
  const entries = useMemo(() => (schema ? indexSchema(schema) : []), [schema]);
  const hits = useMemo(() => searchSchema(entries, text), [entries, text]);

  function show(entry) {
    docs.reset();
    docs.push({ name: entry.type.name, def: entry.type });
    if (entry.field) docs.push({ name: entry.field.name, def: entry.field });
    setVisiblePlugin(DOC_EXPLORER_PLUGIN);
  }

  return (
    <div className="kg-panel kg-schema-search">
      <div className="graphiql-doc-explorer-title">Search the schema</div>
      <input
        type="search"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder="Type, field, enum value, description… (FOUNDATION, fondation)"
        aria-label="Search the schema"
        autoFocus
      />
      {!schema ? <p className="kg-hint">Loading the schema…</p> : null}
      {text && schema && hits.length === 0 ? <p className="kg-hint">Nothing in the schema matches.</p> : null}
      <ul aria-label="Schema search results">
        {hits.map((entry) => (
          <li key={`${entry.kind} ${entry.path}`}>
            <button type="button" className="kg-schema-hit" data-path={entry.path} data-kind={entry.kind} onClick={() => show(entry)}>
              <span className="kg-kind">{entry.kind}</span> <code>{entry.path}</code>
            </button>
            {entry.description ? <p className="kg-description">{entry.description}</p> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

export const schemaSearchPlugin = { title: 'Search the schema', icon: SearchIcon, content: SchemaSearchPanel };
