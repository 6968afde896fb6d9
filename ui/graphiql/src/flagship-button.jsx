// ★ in the toolbar: selects the flagship tab, or opens it again when the saved tabs of a returning user lack it.
import { ToolbarButton, useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import { flagship, openInNewTab } from './examples.js';

export function FlagshipButton() {
  const actions = useGraphiQLActions();
  const tabs = useGraphiQL((state) => state.tabs);
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  if (!flagship) return null;

  function open() {
    const index = tabs.findIndex((tab) => tab.operationName === flagship.operationName || (tab.query ?? '').trim() === flagship.query.trim());
    if (index >= 0) actions.changeTab(index);
    else openInNewTab(flagship, actions, queryEditor);
  }

  return (
    <ToolbarButton onClick={open} label={`Open the flagship question: ${flagship.title}`} className="graphiql-toolbar-button kg-flagship">
      <span className="graphiql-toolbar-icon kg-toolbar-text" aria-hidden="true">★</span>
    </ToolbarButton>
  );
}
