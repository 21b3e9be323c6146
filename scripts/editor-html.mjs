// Writes dist/editor.html: the partners editor as one self-contained file, for people who have only a browser.
// It opens by double-click (file://, where browsers refuse external module scripts but run inline ones) and from
// any static host, and requests nothing: the page's stylesheets and one bundle of the editor's script (Lit, the
// yaml library and the data code included) are inlined, and a Content-Security-Policy in the page makes the
// browser refuse any request or eval that a future change would add. Runs in `npm run build`, after rollup.
import {readFileSync, writeFileSync} from 'node:fs';
import {createHash} from 'node:crypto';
import {dirname, join, relative} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {rollup} from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const root = fileURLToPath(new URL('..', import.meta.url));

// The page whose markup and stylesheets become the file, and the script bundled into it: the
// <scri-partners-editor> element's TypeScript entry (compiled here with tsconfig.json). The page's own
// <script type="module" src> is replaced by it.
const PAGE = 'demo/editor.html';
const ENTRY = 'src/editor/index.ts';
export const OUTPUT = 'dist/editor.html';

/** ENTRY and everything it imports as one minified ES module, with Lit's production build. */
export async function bundle(entry = ENTRY) {
  const build = await rollup({
    input: join(root, entry),
    plugins: [
      replace({preventAssignment: true, values: {'process.env.NODE_ENV': JSON.stringify('production')}}),
      resolve({exportConditions: ['production'], browser: true}),
      ...(entry.endsWith('.ts')
        ? [typescript({tsconfig: join(root, 'tsconfig.json'), declaration: false, declarationDir: undefined})]
        : []),
    ],
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.ids?.join() ?? '')) return;
      warn(warning);
    },
  });
  try {
    const {output} = await build.generate({
      format: 'es',
      inlineDynamicImports: true,
      // terser escapes "</script" and "<!--" in strings (inline_script), so the code can sit in a <script>.
      plugins: [terser({ecma: 2022, module: true, format: {comments: false, inline_script: true}})],
    });
    return output[0].code;
  } finally {
    await build.close();
  }
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The page with its stylesheets and `code` inlined, its module scripts and import map removed. */
export function inline(html, code, pageDir) {
  if (/<\/script|<!--/i.test(code))
    throw new Error('The bundle holds "</script" or "<!--"; it cannot be inlined.');
  let page = html
    .replace(/<script type="importmap">[\s\S]*?<\/script>\s*/g, '')
    .replace(/\s*<!--[\s\S]*?-->/g, '')
    .replace(/<link rel="stylesheet" href="([^"]+)"\s*\/?>/g, (_, href) => {
      if (/^[a-z]+:|^\/\//i.test(href)) throw new Error(`${PAGE} links a stylesheet elsewhere: ${href}`);
      const css = readFileSync(join(pageDir, href), 'utf8');
      if (/url\(|@import/i.test(css)) throw new Error(`${href} loads other files (url() or @import)`);
      return `<style>\n${css.trim()}\n</style>`;
    });
  const scripts = [...page.matchAll(/\s*<script\b[^>]*>[\s\S]*?<\/script>/g)];
  if (scripts.length !== 1 || !/type="module"\s+src=/.test(scripts[0][0])) {
    throw new Error(`${PAGE} should have one <script type="module" src>, found ${scripts.length} scripts`);
  }
  const script = `<script type="module">${code}</script>`;
  page = page.replace(scripts[0][0], () => `\n    ${script}`);
  // Only the inline script may run, and nothing may be fetched: no eval, no connect, no images or fonts
  // from elsewhere (data: and blob: stay allowed for what the page makes itself, like the download link).
  const policy = [
    "default-src 'none'",
    `script-src ${sha256(code)}`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return page.replace(
    /<meta charset="utf-8" \/>/,
    (charset) => `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const code = await bundle();
  const page = inline(readFileSync(join(root, PAGE), 'utf8'), code, dirname(join(root, PAGE)));
  writeFileSync(join(root, OUTPUT), page);
  if (!process.argv.includes('--silent')) {
    console.log(`Wrote ${relative(process.cwd(), join(root, OUTPUT))} (${page.length} bytes) from ${ENTRY}`);
  }
}
