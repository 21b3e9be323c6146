// Writes the benchmark pages into .bench/: each widget page and its static-HTML baseline.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

const script = '/dist/scri-partners.min.js';

/**
 * The widget's own stylesheet (the `partnersStyles` css`` literal, as minified into dist/scri-partners.js),
 * rewritten for the static HTML format in the light DOM: `:host` becomes the `[data-scri-partners]` wrapper,
 * every other selector is scoped under it, and the widget's classes map to the static format's elements
 * (.group → section, .cards → ul, .card → li, …). Declarations, media and container queries are unchanged.
 */
export function baselineCss(root) {
  const module = readFileSync(join(root, 'dist/scri-partners.js'), 'utf8');
  const match = /css\s*`([^`]*--_accent[^`]*)`/.exec(module);
  if (!match) throw new Error('partnersStyles not found in dist/scri-partners.js: run npm run build');
  const host = '[data-scri-partners]';
  const classes = [
    ['.group-description', 'section>p'],
    ['.group-title', 'section>h3'],
    ['.group', 'section'],
    ['.cards', 'ul'],
    ['.card-name', 'li>h4'],
    ['.card', 'li'],
    ['.description', 'li>p'],
    ['.link', 'li a'],
    ['.title', '>h2'],
    ['.base', ''],
  ];
  const selector = (text) =>
    text
      .split(',')
      .map((part) => {
        part = part.trim();
        if (part.startsWith(':host'))
          return part.replace(/^:host\(([^()]*)\)/, `${host}$1`).replace(/^:host/, host);
        for (const [name, element] of classes)
          part = part.replace(new RegExp(`\\${name}(?![\\w-])`, 'g'), element);
        return part ? `${host} ${part}` : host;
      })
      .join(',');
  return {
    css: match[1].replace(/(^|[{}])([^{}@]+)\{/g, (_, before, text) => `${before}${selector(text)}{`),
    original: match[1],
  };
}

const words = {
  kind: ['National', 'Regional', 'Singapore', 'Academic', 'Clinical', 'Community', 'Translational'],
  field: ['Heart', 'Eye', 'Cancer', 'Skin', 'Dental', 'Neuroscience', 'Mental Health', 'Kidney'],
  unit: ['Centre', 'Institute', 'Unit', 'Office', 'Programme'],
};
const letters = (n) => {
  let text = '';
  for (let i = 0; i < 3; i++, n = Math.floor(n / 26)) text = String.fromCharCode(65 + (n % 26)) + text;
  return text;
};

/** `count` partners in groups of 50 (20 groups for 1,000), shaped like the built-in data: every partner has
 * an acronym and a website, and every description and group description mentions acronyms. */
export function generateData(count) {
  const groups = [];
  const perGroup = 50;
  for (let start = 0, g = 0; start < count; start += perGroup, g++) {
    const partners = [];
    for (let i = start; i < Math.min(count, start + perGroup); i++) {
      const field = words.field[i % words.field.length];
      const name = `${words.kind[i % 7]} ${field} ${words.unit[Math.floor(i / 7) % 5]} ${i + 1}`;
      const acronym = `P${letters(i)}`;
      partners.push({
        id: `p${i + 1}`,
        name,
        acronym,
        description: `SCRI and ${acronym} run ${field.toLowerCase()} trials together, from protocol design to reporting.`,
        url: `https://example.org/partners/${i + 1}`,
      });
    }
    groups.push({
      id: `group-${g + 1}`,
      title: `Group ${g + 1}: ${words.field[g % words.field.length]} research`,
      description: `Partners with whom SCRI runs Investigator-Initiated Trials (IIT) in group ${g + 1}.`,
      partners,
    });
  }
  return {
    title: `${count} partners`,
    intro: [
      'The Singapore Clinical Research Institute (SCRI) works with these partners.',
      'Every partner is generated for the benchmark.',
    ],
    groups,
    glossary: {SCRI: 'Singapore Clinical Research Institute', IIT: 'Investigator-Initiated Trials'},
  };
}

// Shared by every page: `painted()` resolves window.__benchDone in the first task after the next frame,
// i.e. after the frame that paints what is in the DOM now; both kinds of page call it the same way.
const head = (title, extra = '') => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title>
<style>body{margin:2rem;font-family:system-ui,sans-serif}</style>
<script>
window.__bench = {shifts: []};
window.__benchDone = new Promise((resolve) => (window.__resolveBench = resolve));
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    __bench.shifts.push({
      value: entry.value,
      time: entry.startTime,
      sources: entry.sources.map((s) => ({
        node: s.node ? (s.node.nodeType === 1 ? s.node.outerHTML.slice(0, 60) : '#text ' + s.node.textContent.slice(0, 30)) : null,
        previous: [s.previousRect.y, s.previousRect.height],
        current: [s.currentRect.y, s.currentRect.height],
      })),
    });
  }
}).observe({type: 'layout-shift', buffered: true});
window.__bench.lcp = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const element = entry.element;
    // entry.element is null for an element in a shadow root: on these pages, only the widget has one.
    const inside = !element || !!element.closest('scri-partners, [data-scri-partners]');
    __bench.lcp.push({time: entry.startTime, size: entry.size, inside, node: element ? element.localName : null});
  }
}).observe({type: 'largest-contentful-paint', buffered: true});
// Event Timing (what INP is made of): each event's duration from its timestamp to the next paint after its
// handlers, rounded to 8 ms, reported only from 16 ms (the lowest threshold the API takes). Long tasks: 50 ms or more.
__bench.events = [];
__bench.longtasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries())
    __bench.events.push({name: e.name, duration: e.duration, start: e.startTime, processing: e.processingEnd - e.processingStart});
}).observe({type: 'event', durationThreshold: 16});
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) __bench.longtasks.push({start: e.startTime, duration: e.duration});
}).observe({type: 'longtask'});
window.painted = () => {
  const ready = performance.now();
  requestAnimationFrame(() => setTimeout(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    Object.assign(__bench, {ready, painted: performance.now(), fcp: fcp ? fcp.startTime : null});
    __resolveBench(__bench);
  }));
};
</script>
${extra}</head>
<body>
`;

const json = (data) => JSON.stringify(data).replace(/</g, '\\u003c');

const widgetPage = (title, inner, attributes = '') =>
  head(title, `<script type="module" src="${script}"></script>\n`) +
  `<scri-partners${attributes}>${inner}</scri-partners>
<script type="module">
const element = document.querySelector('scri-partners');
await customElements.whenDefined('scri-partners');
await element.updateComplete;
painted();
</script>
</body>
</html>
`;

const staticPage = (title, markup, css) =>
  head(title, `<style>${css}</style>\n`) +
  `${markup}<script type="module">painted();</script>
</body>
</html>
`;

/** Writes every page; returns their paths under the server root, plus facts the report needs. */
export async function writePages(root, sizes) {
  const dir = join(root, '.bench');
  mkdirSync(dir, {recursive: true});
  const {renderStaticHtml, scriPartnersData} = await import(join(root, 'dist/data.js'));
  const {css} = baselineCss(root);
  const pages = {};
  const write = (name, html) => {
    writeFileSync(join(dir, name), html);
    pages[name.replace(/\.html$/, '')] = `/.bench/${name}`;
  };
  writeFileSync(join(dir, 'baseline.css'), css); // for reading only; the pages inline it

  write('builtin-widget.html', widgetPage('built-in data, widget', ''));
  write(
    'builtin-static.html',
    staticPage('built-in data, static', renderStaticHtml(scriPartnersData, {wrapper: 'div'}), css)
  );
  for (const size of sizes) {
    const data = generateData(size);
    const inline = `<script type="application/json">${json(data)}</script>`;
    write(`n${size}-widget.html`, widgetPage(`${size} partners, widget`, inline));
    write(
      `n${size}-static.html`,
      staticPage(`${size} partners, static`, renderStaticHtml(data, {wrapper: 'div'}), css)
    );
  }
  // For CPU profiles only: the npm build (readable function names) with Lit resolved by an import map.
  const importMap = `<script type="importmap">${JSON.stringify({
    imports: {
      lit: '/node_modules/lit/index.js',
      'lit/': '/node_modules/lit/',
      'lit-html': '/node_modules/lit-html/lit-html.js',
      'lit-html/': '/node_modules/lit-html/',
      'lit-element/': '/node_modules/lit-element/',
      '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
      '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
      '@lit/context': '/node_modules/@lit/context/index.js',
    },
  })}</script>\n`;
  const readable = (html) =>
    html.replace(
      `<script type="module" src="${script}"></script>`,
      `${importMap}<script type="module" src="/dist/scri-partners.js"></script>`
    );
  const data1000 = `<script type="application/json">${json(generateData(1000))}</script>`;
  write('profile-n1000.html', readable(widgetPage('1,000 partners, profile', data1000)));
  write(
    'profile-search.html',
    readable(widgetPage('1,000 partners, searchable, profile', data1000, ' searchable'))
  );
  write('profile-builtin.html', readable(widgetPage('built-in data, profile', '')));
  const big = generateData(1000);
  write(
    'search-widget.html',
    widgetPage(
      '1,000 partners, searchable',
      `<script type="application/json">${json(big)}</script>`,
      ' searchable'
    )
  );
  // The keystroke's baseline: the command line's markup laid out by the shipped dist/scri-partners.css, and a
  // search box whose plain script hides the cards that do not match and the groups left with none. The floor is
  // the same page with no filter at all: a keystroke there only draws the key, which no search can undercut.
  const staticSearch = (title, filter) =>
    head(title, '<link rel="stylesheet" href="/dist/scri-partners.css">\n') +
    `<label for="search">Search partners</label> <input id="search" type="search" autocomplete="off">
${renderStaticHtml(big, {wrapper: 'div'})}<script type="module">
${filter}painted();
</script>
</body>
</html>
`;
  write(
    'search-static.html',
    staticSearch(
      '1,000 partners, static with a plain filter',
      `const cards = [...document.querySelectorAll('[data-scri-partners] li')];
const texts = cards.map((card) => card.textContent.toLowerCase());
const groups = [...document.querySelectorAll('[data-scri-partners] > section')];
document.querySelector('#search').addEventListener('input', (event) => {
  const query = event.target.value.trim().toLowerCase();
  cards.forEach((card, i) => (card.hidden = !texts[i].includes(query)));
  for (const group of groups) group.hidden = !group.querySelector('li:not([hidden])');
});
`
    )
  );
  write('search-floor.html', staticSearch('1,000 partners, static, a search box that filters nothing', ''));

  // Upgrading the static format: the element with the static HTML as its light DOM, and the script loaded
  // only after that markup has been painted (as on a page whose script arrives late), then a paragraph after.
  const upgrade = (title, css, extra = '') =>
    head(title, (css ? `<style>${css}</style>\n` : '') + extra) +
    `${renderStaticHtml(scriPartnersData)}<p id="after">Content after the widget, which moves if the widget's height changes.</p>
<script type="module">
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
await frame();
await frame();
__bench.beforeUpgrade = document.querySelector('scri-partners').getBoundingClientRect().height;
__bench.afterBefore = document.querySelector('#after').getBoundingClientRect().y;
// The script arrives 0.5 s after the markup painted.
await new Promise((resolve) => setTimeout(resolve, 500));
await import('${script}');
const element = document.querySelector('scri-partners');
await element.updateComplete;
await frame();
await frame();
__bench.afterUpgrade = element.getBoundingClientRect().height;
__bench.afterAfter = document.querySelector('#after').getBoundingClientRect().y;
painted();
</script>
</body>
</html>
`;
  // The pre-rendered path: the command line's markup inside <scri-partners>, laid out by the shipped
  // dist/scri-partners.css, and the script, as the README recommends; content is visible before the script runs.
  write(
    'prerendered-widget.html',
    head('built-in data, pre-rendered', '<link rel="stylesheet" href="/dist/scri-partners.css">\n') +
      `${renderStaticHtml(scriPartnersData, {script})}<script type="module">
const element = document.querySelector('scri-partners');
await customElements.whenDefined('scri-partners');
await element.updateComplete;
painted();
</script>
</body>
</html>
`
  );
  // The same page without the script: what the pre-rendered section costs without the widget (the stylesheet's
  // request included), so that the difference is what the script costs the first paint.
  write(
    'prerendered-static.html',
    head(
      'built-in data, pre-rendered, no script',
      '<link rel="stylesheet" href="/dist/scri-partners.css">\n'
    ) +
      `${renderStaticHtml(scriPartnersData)}<script type="module">painted();</script>
</body>
</html>
`
  );
  write(
    'upgrade-shipped.html',
    upgrade(
      'static format upgrade, with dist/scri-partners.css',
      null,
      '<link rel="stylesheet" href="/dist/scri-partners.css">\n'
    )
  );
  write('upgrade-unstyled.html', upgrade('static format upgrade, page without styles for it'));
  // The same, with the widget's CSS applied to the static markup before the upgrade (scoped to scri-partners).
  write(
    'upgrade-styled.html',
    upgrade(
      'static format upgrade, static markup styled like the widget',
      css.replaceAll('[data-scri-partners]', 'scri-partners')
    )
  );
  return pages;
}
