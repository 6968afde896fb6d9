// Injected by build.mjs (tools/examples.mjs): examples/*.graphql, the flagship first, then docs/query-examples.md.
export const examples = __EXAMPLES__;
export const flagship = examples.find((example) => example.flagship);

/** Opens the example in a new tab; the tab takes its title from the example's operation name. */
export function openInNewTab(example, { addTab }, queryEditor) {
  addTab();
  queryEditor?.setValue(example.query);
}
