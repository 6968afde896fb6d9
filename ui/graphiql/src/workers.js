// Monaco runs its language services in web workers; build.mjs bundles each as its own entry point under /ide/.
const workerUrls = {
  json: '/ide/json.worker.js',
  graphql: '/ide/graphql.worker.js',
};

globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    return new Worker(workerUrls[label] ?? '/ide/editor.worker.js', { type: 'module' });
  },
};
