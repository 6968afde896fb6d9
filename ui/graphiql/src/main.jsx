import './workers.js';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import { fetcher } from './fetcher.js';

// Injected by build.mjs from ui/graphiql/examples/*.graphql, the flagship first.
const exampleTabs = __EXAMPLE_TABS__;

createRoot(document.getElementById('graphiql')).render(
  <GraphiQL fetcher={fetcher} defaultTabs={exampleTabs} />,
);
