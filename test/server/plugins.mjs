// Dev-server plugins the browser tests talk to (real HTTP handlers, not stubbed fetch).
export const testServerPlugins = [];
