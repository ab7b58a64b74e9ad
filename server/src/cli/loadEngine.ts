/** The CLI's engine (engine.ts), a separate file in the build (dist/cliEngine.js): loaded on first need. */
export function loadEngine(): Promise<typeof import('./engine')> {
  // In the CommonJS bundle, require() skips the ES loader's scan of the engine's exports (a megabyte
  // of source parsed once more before the first page); run from source, the module is ES and import() is all there is.
  if (typeof require === 'function') return Promise.resolve(require('./engine') as typeof import('./engine'));
  return import('./engine');
}
