// Preloaded into the CLI by tests (node --require): reports on stderr, at exit, how many worker
// threads the run started and whether it loaded the engine bundle.
const threads = require('node:worker_threads');
const Original = threads.Worker;
let started = 0;
threads.Worker = class extends Original {
  constructor(...args) {
    super(...args);
    started++;
  }
};
process.on('exit', () => {
  const engine = Object.keys(require.cache).some((path) => path.endsWith('cliEngine.js'));
  process.stderr.write(`probe: workers=${started} engine=${engine ? 'loaded' : 'not loaded'}\n`);
});
