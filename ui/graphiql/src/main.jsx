import './workers.js';
import { GraphiQL } from 'graphiql';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import './ide.css';
import { fetcher } from './fetcher.js';
import { examplesPlugin } from './examples-plugin.jsx';
import { schemaSearchPlugin } from './schema-search-plugin.jsx';
import { FlagshipButton } from './flagship-button.jsx';
import { CsvButton } from './csv-button.jsx';

// Injected by build.mjs from ui/graphiql/examples/*.graphql, the flagship first.
const exampleTabs = __EXAMPLE_TABS__;
// The query builder: tick fields and arguments, the operation is written as you click.
const explorer = explorerPlugin({ showAttribution: false });

createRoot(document.getElementById('graphiql')).render(
  <GraphiQL fetcher={fetcher} defaultTabs={exampleTabs} plugins={[explorer, examplesPlugin, schemaSearchPlugin]}>
    <GraphiQL.Toolbar>
      {({ prettify, merge, copy }) => (
        <>
          <FlagshipButton />
          {prettify}
          {merge}
          {copy}
          <CsvButton />
          <span id="kg-csv-status" role="status" className="kg-visually-hidden" />
        </>
      )}
    </GraphiQL.Toolbar>
  </GraphiQL>,
);
