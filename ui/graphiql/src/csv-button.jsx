// "Download CSV" in the toolbar: a menu with the comma CSV and the semicolon one that French Excel opens directly.
import { ToolbarButton, ToolbarMenu, useGraphiQL } from '@graphiql/react';
import { CSV, CSV_SEMICOLON, fetchCsv, saveFile } from './csv-download.js';

export function CsvButton() {
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const variableEditor = useGraphiQL((state) => state.variableEditor);
  const headerEditor = useGraphiQL((state) => state.headerEditor);
  const responseEditor = useGraphiQL((state) => state.responseEditor);
  const operationName = useGraphiQL((state) => state.operationName);

  async function download(accept) {
    const status = document.getElementById('kg-csv-status');
    try {
      const { blob, fileName } = await fetchCsv({
        query: queryEditor?.getValue() ?? '',
        variables: variableEditor?.getValue(),
        headers: headerEditor?.getValue(),
        operationName,
      }, accept);
      saveFile(blob, fileName);
      if (status) status.textContent = `Downloaded ${fileName}`;
    } catch (error) {
      const message = `CSV download failed: ${error.message}`;
      responseEditor?.setValue(message);
      if (status) status.textContent = message;
    }
  }

  return (
    <ToolbarMenu
      button={(
        <ToolbarButton label="Download CSV" className="graphiql-toolbar-button kg-csv">
          <span className="graphiql-toolbar-icon kg-toolbar-text" aria-hidden="true">CSV</span>
        </ToolbarButton>
      )}
    >
      <ToolbarMenu.Item onSelect={() => download(CSV)}>CSV , (comma)</ToolbarMenu.Item>
      <ToolbarMenu.Item onSelect={() => download(CSV_SEMICOLON)}>CSV ; (Excel FR)</ToolbarMenu.Item>
    </ToolbarMenu>
  );
}
