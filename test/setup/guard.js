// Loaded before every test file: a Lit dev-mode warning, an uncaught error or an unhandled
// rejection fails the run instead of scrolling past in the log.
const ignored = [/Lit is in dev mode/];
const problems = [];
const originalWarn = console.warn.bind(console);
window.__litIssues = problems;
console.warn = (...args) => {
  const text = args.map(String).join(' ');
  if (/lit\.dev\/msg\//.test(text) && !ignored.some((pattern) => pattern.test(text))) problems.push(text);
  originalWarn(...args);
};
window.addEventListener('error', (event) => problems.push(`uncaught: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => {
  problems.push(`unhandled rejection: ${event.reason}`);
  // Reported once, as a failure of the test it happened in (helpers.ts), instead of also as the test
  // runner's "error outside a test", which names no test.
  event.stopImmediatePropagation();
  event.preventDefault();
});
