/** The CLI's engine (engine.ts), a separate file in the build (dist/cliEngine.js): loaded on first need. */
export function loadEngine(): Promise<typeof import('./engine')> {
  return import('./engine');
}
