// What the node tests share that is not about browsers: running a command that must succeed, and bundling the
// TypeScript test generators (test/data-arbitraries.ts) with fast-check for node.
import {execFile} from 'node:child_process';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {build} from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs a command; resolves with its stdout, or rejects with its stderr in the message. */
export async function run(file, args, cwd) {
  try {
    const {stdout} = await promisify(execFile)(file, args, {cwd, maxBuffer: 64 * 1024 * 1024});
    return stdout;
  } catch (error) {
    throw new Error(
      `${file} ${args.join(' ')} failed:\n${error.stdout ?? ''}${error.stderr || error.message}`
    );
  }
}

/**
 * Bundles test/data-arbitraries.ts, fast-check (as `fc`, so that both use the same copy) and `exports` (lines
 * such as "export {toYaml} from './src/editor/yaml.ts';") into `dir`, and imports the bundle.
 */
export async function importArbitraries(dir, exports = []) {
  const outfile = join(dir, 'arbitraries.mjs');
  await build({
    stdin: {
      contents: [
        "export * from './test/data-arbitraries.ts';",
        "export {default as fc} from 'fast-check';",
        ...exports,
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'neutral',
    format: 'esm',
    outfile,
    logLevel: 'error',
  });
  return import(outfile);
}
