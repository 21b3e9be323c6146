// Writes site/: the demo pages and the partners editor as one static folder, ready for GitHub Pages (see
// .github/workflows/publish.yml) or any static host. The demo pages load ../dist/ and ../node_modules/ from the
// repository; here they load dist/ and vendor/ beside them, with only the built files and Lit's runtime modules
// copied in, and editor.html is dist/editor.html, the self-contained editor. Then every page's local references
// are checked, so a page that would 404 fails the build. Runs in `npm run build`, after scripts/editor-html.mjs.
import {cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join, posix, relative} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The folder `npm run build` writes, relative to the repository root; the workflow uploads it. */
export const SITE = 'site';

// The built files the demo pages load (dist/scri-partners.js imports Lit, which vendor/ holds).
const distFiles = ['scri-partners.min.js', 'scri-partners.js', 'scri-partners.css'];
// The repository's editor page needs node_modules and a server; the site has the self-contained one instead.
const replaced = new Set(['editor.html', 'editor.js', 'editor.css']);

/** A demo file's text with its repository paths pointed into the site. */
const rewrite = (text) =>
  text.replaceAll('"../dist/', '"./dist/').replaceAll('"../node_modules/', '"./vendor/');

/** The packages the import maps of `pages` point into, from their `../node_modules/…` paths. */
const packagesOf = (pages) =>
  new Set(
    pages.flatMap((text) =>
      [...text.matchAll(/"\.\.\/node_modules\/((?:@[^/"]+\/)?[^/"]+)/g)].map(([, name]) => name)
    )
  );

/** Copies a package's runtime modules (production builds, no types or source maps) and its licence. */
function vendor(name, site) {
  const from = join(root, 'node_modules', name);
  const to = join(site, 'vendor', name);
  const walk = (dir) =>
    readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory())
        return ['development', 'node', 'node_modules'].includes(entry.name) ? [] : walk(path);
      return /\.js$/.test(entry.name) || entry.name === 'LICENSE' ? [path] : [];
    });
  for (const path of walk(from)) {
    const target = join(to, relative(from, path));
    mkdirSync(dirname(target), {recursive: true});
    // The source maps stay behind, so their comments go too (an open DevTools would ask for them).
    writeFileSync(target, readFileSync(path, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'));
  }
}

export function writeSite(site = join(root, SITE)) {
  rmSync(site, {recursive: true, force: true});
  mkdirSync(join(site, 'dist'), {recursive: true});
  const demo = join(root, 'demo');
  const pages = [];
  for (const entry of readdirSync(demo, {withFileTypes: true})) {
    if (replaced.has(entry.name)) continue;
    if (entry.isDirectory()) {
      cpSync(join(demo, entry.name), join(site, entry.name), {recursive: true});
    } else if (/\.(html|js|css)$/.test(entry.name)) {
      const text = readFileSync(join(demo, entry.name), 'utf8');
      if (entry.name.endsWith('.html')) pages.push(text);
      writeFileSync(join(site, entry.name), rewrite(text));
    }
  }
  for (const file of distFiles) cpSync(join(root, 'dist', file), join(site, 'dist', file));
  cpSync(join(root, 'dist/editor.html'), join(site, 'editor.html'));
  for (const name of packagesOf(pages)) vendor(name, site);
}

/**
 * The problems of the site in `site`: a page or script that still points out of the folder, or a local
 * reference (src, href, an import map's target, a relative import) to a file that is not there. Empty when
 * every page can load. References to data/missing.json are the demos' own "file not found" examples.
 */
export function checkSite(site = join(root, SITE)) {
  const problems = [];
  const files = (dir) =>
    readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]
    );
  const all = files(site);
  for (const name of ['index.html', 'editor.html']) {
    if (!existsSync(join(site, name))) problems.push(`${name} is missing`);
  }
  const own = all.filter(
    (path) => /\.(html|js|css)$/.test(path) && !/^(dist|vendor)\//.test(relative(site, path))
  );
  for (const file of own) {
    const text = readFileSync(file, 'utf8');
    const where = relative(site, file);
    if (where === 'editor.html') continue; // self-contained, tested by test/node/editor-html.test.mjs
    if (/\.\.\/(dist|node_modules)\//.test(text))
      problems.push(`${where} still points at ../dist or ../node_modules`);
    const references = [
      ...[...text.matchAll(/\s(?:src|href)="([^"#?]+)[^"]*"/g)].map(([, reference]) => reference),
      ...[...text.matchAll(/<script type="importmap">([\s\S]*?)<\/script>/g)].flatMap(([, map]) =>
        Object.values(JSON.parse(map).imports)
      ),
      ...[...text.matchAll(/\b(?:from|import)\s+'(\.{1,2}\/[^']+)'/g)].map(([, reference]) => reference),
    ];
    for (const [, map] of text.matchAll(/<script type="importmap">([\s\S]*?)<\/script>/g)) {
      for (const target of Object.values(JSON.parse(map).imports)) {
        // Browsers ignore an import map target that is not a URL or a path starting with /, ./ or ../.
        if (!/^(\.{0,2}\/|[a-z]+:)/i.test(target))
          problems.push(`${where}'s import map target ${target} is not a path`);
      }
    }
    for (const reference of references) {
      if (/^[a-z]+:|^\/\//i.test(reference) || reference.endsWith('/') || reference === 'data/missing.json')
        continue;
      const target = posix.join(posix.dirname(where), reference);
      if (!existsSync(join(site, target)))
        problems.push(`${where} refers to ${reference}, which is not in the site`);
    }
  }
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeSite();
  const problems = checkSite();
  if (problems.length) {
    console.error(`${SITE}/ cannot be published:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
    process.exit(1);
  }
  if (!process.argv.includes('--silent')) console.log(`Wrote ${SITE}/: the demo pages and the editor`);
}
