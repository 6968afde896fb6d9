// Sidebar panel "Examples": every ready question, grouped by section; a click opens it in a new tab.
import { useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import { examples, openInNewTab } from './examples.js';

function ExamplesIcon(props) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.5" {...props}>
      <path d="M4 5h16M4 10h16M4 15h10M4 20h7" strokeLinecap="round" />
    </svg>
  );
}

function ExamplesPanel() {
  const actions = useGraphiQLActions();
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const sections = [...new Set(examples.map((example) => example.section))];
  return (
    <div className="kg-panel kg-examples">
      <div className="graphiql-doc-explorer-title">Examples</div>
      <p className="kg-hint">Questions as a journalist would ask them (docs/query-examples.md). A click opens one in a new tab; run it with ▶.</p>
      {sections.map((section) => (
        <section key={section}>
          <h3>{section}</h3>
          <ul>
            {examples.filter((example) => example.section === section).map((example) => (
              <li key={example.operationName ?? example.title}>
                <button type="button" className="kg-example" data-operation={example.operationName ?? ''} onClick={() => openInNewTab(example, actions, queryEditor)}>
                  {example.flagship ? '★ ' : ''}{example.title}
                </button>
                {example.note ? <small> ({example.note})</small> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

export const examplesPlugin = { title: 'Examples', icon: ExamplesIcon, content: ExamplesPanel };
