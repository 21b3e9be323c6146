// `npm run bench`: the widget against the same content as static HTML, in headless Chromium.
// Options: --samples N (default 36 per page), --only name[,name] (builtin, prerendered, sizes, search, upgrade,
// profile); `search` is the keystroke's Event Timing against a static page with a plain filter, and the long
// tasks of the first render of 1,000 partners. Every figure comes from this one run: the table, the size, and CPU profiles for unmet targets.
// Run `npm run build` first. Writes .bench/results.json with every sample.

import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {cpus, totalmem} from 'node:os';
import {resolve} from 'node:path';
import puppeteer from 'puppeteer-core';
import {chromeFlags, chromePath} from '../scripts/browsers.mjs';
import {writePages} from './pages.mjs';
import {serveStatic} from '../scripts/static-server.mjs';
import {median, summarise} from './stats.mjs';

const root = resolve(import.meta.dirname, '..');
const argument = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const samples = Number(argument('samples', 36));
const warmup = 2;
const only = argument('only', 'builtin,prerendered,sizes,search,upgrade,profile').split(',');
const sizes = [10, 100, 1000];
// The keystrokes of the search rows, typed in this order: the slowest of them is the sample (as INP takes the
// slowest interaction). "7" matches about a third of the generated names, "73" about one in a hundred.
const searchKeys = ['7', '3', 'Backspace'];
const searchKey = searchKeys[0];
// Event Timing reports nothing under 16 ms: a keystroke without an entry counts as 16 ms, an upper bound.
const eventThreshold = 16;
// The upgrade of pre-rendered markup with dist/scri-partners.css, script 0.5 s after the markup painted, at four
// window sizes; CLS counts only shifts inside the viewport, so 1280×4000 (taller than the section) puts the
// content after it in view. The last variant, without the stylesheet, shows what the stylesheet prevents.
const upgradeVariants = [
  ['shipped', 390, 844],
  ['shipped', 768, 1024],
  ['shipped', 1280, 800],
  ['shipped', 1280, 4000],
  ['unstyled', 1280, 4000],
];
const upgradeLabel = ([page, width, height]) =>
  `CLS, upgrading pre-rendered markup${page === 'shipped' ? ' with scri-partners.css' : ', no stylesheet'}, ${width}×${height}`;
const upgradeKey = ([page, width, height]) => `upgrade-${page}-${width}x${height}`;
const bundleBytes = gzipSync(readFileSync(resolve(root, 'dist/scri-partners.min.js')), {level: 9}).length;

for (const file of ['dist/scri-partners.min.js', 'dist/scri-partners.js', 'dist/data.js']) {
  if (!existsSync(resolve(root, file))) {
    console.error(`${file} is missing: run npm run build first.`);
    process.exit(1);
  }
}
const executablePath = chromePath();
if (!executablePath) {
  console.error('No Chrome or Chromium found; set CHROME_PATH. Nothing is downloaded.');
  process.exit(1);
}

const pages = await writePages(root, sizes);
const server = await serveStatic(root, {headers: {'Cache-Control': 'no-store'}});
// Chromium's own headless defaults for frames (60 Hz): --disable-frame-rate-limit/--disable-gpu-vsync made
// the compositor spin and, on 2 cores, tripled the spread of the samples.
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: chromeFlags.filter((flag) => !flag.startsWith('--headless')),
  defaultViewport: {width: 1280, height: 800},
  protocolTimeout: 60_000,
});
const chromium = await browser.version();

/** Loads a page in a fresh browser context (empty cache, no code cache) and returns what it recorded. */
async function visit(path, after, viewport) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    if (viewport) await page.setViewport(viewport);
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(server.origin + path, {waitUntil: 'load'});
    const result = await page.evaluate(() => window.__benchDone);
    if (after) Object.assign(result, await after(page));
    if (errors.length) throw new Error(`${path}: ${errors.join('; ')}`);
    return result;
  } finally {
    await context.close();
    // Let the closed context's renderer wind down before the next sample starts its clock.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Runs widget and baseline pages in interleaved pairs, in a random order within each pair. */
async function compare(widget, baseline, metric = (r) => r.painted, after = null) {
  const a = [];
  const b = [];
  for (let i = 0; i < warmup + samples; i++) {
    const order =
      Math.random() < 0.5
        ? [
            [widget, a],
            [baseline, b],
          ]
        : [
            [baseline, b],
            [widget, a],
          ];
    for (const [path, into] of order) {
      const result = await visit(path, after);
      if (i >= warmup) into.push(metric(result));
    }
  }
  return {widget: a, baseline: b};
}

const results = {
  date: new Date().toISOString(),
  machine: {
    cores: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    chromium,
    node: process.version,
  },
  samples,
  measurements: {},
};
const record = (name, data) => (results.measurements[name] = data);
const started = Date.now();
const progress = (text) => console.error(`[${((Date.now() - started) / 1000).toFixed(0)}s] ${text}`);

if (only.includes('builtin')) {
  progress('first render, built-in data');
  const {widget, baseline} = await compare(pages['builtin-widget'], pages['builtin-static']);
  record('builtin', {widget, baseline});
}
if (only.includes('prerendered')) {
  // When the content is visible: the largest contentful paint, which must be inside the section on both pages.
  progress('content visible, pre-rendered markup with the script, against static HTML');
  const inside = [];
  const {widget, baseline} = await compare(
    pages['prerendered-widget'],
    pages['builtin-static'],
    (r) => {
      const last = r.lcp.at(-1);
      inside.push(Boolean(last?.inside));
      return last ? last.time : NaN;
    },
    // Entries are queued after the frame is presented: give them time to arrive.
    (page) =>
      page.evaluate(() => new Promise((resolve) => setTimeout(() => resolve({lcp: window.__bench.lcp}), 500)))
  );
  record('prerendered', {widget, baseline, lcpInsideSection: inside.every(Boolean)});
  // The same, against the same page without the script: what the script costs the first paint.
  progress('content visible, pre-rendered markup with the script, against the same page without it');
  const alone = [];
  const own = await compare(
    pages['prerendered-widget'],
    pages['prerendered-static'],
    (r) => {
      const last = r.lcp.at(-1);
      alone.push(Boolean(last?.inside));
      return last ? last.time : NaN;
    },
    (page) =>
      page.evaluate(() => new Promise((resolve) => setTimeout(() => resolve({lcp: window.__bench.lcp}), 500)))
  );
  record('prerenderedOwn', {...own, lcpInsideSection: alone.every(Boolean)});
}
if (only.includes('sizes')) {
  for (const size of sizes) {
    progress(`first render, ${size} partners`);
    const {widget, baseline} = await compare(pages[`n${size}-widget`], pages[`n${size}-static`]);
    record(`n${size}`, {widget, baseline});
  }
}
if (only.includes('search')) {
  // The widget's page and the static page with a plain filter, in interleaved pairs. In each: the long tasks of
  // the first render, then "7", "3" and Backspace typed into the search box, each followed by two frames, and
  // the Event Timing duration of each keydown (keydown to the next paint).
  progress(`search keystrokes (${searchKeys.join(', ')}) and long tasks of the first render, 1,000 partners`);
  const detail = {widget: [], baseline: []};
  const slowest = (r) =>
    Math.max(...r.keydowns, ...Array(searchKeys.length - r.keydowns.length).fill(eventThreshold));
  const typeKeys = async (page) => {
    const frames = () =>
      page.evaluate(
        () =>
          new Promise((resolve) =>
            requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))
          )
      );
    // The first render's long tasks, once their entries have arrived.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    const longtasks = await page.evaluate(() => window.__bench.longtasks.length);
    const isWidget = await page.evaluate(() => !!document.querySelector('scri-partners'));
    const input = await page.evaluateHandle(
      () =>
        document.querySelector('scri-partners')?.shadowRoot.querySelector('[part="search"]') ??
        document.querySelector('#search')
    );
    await input.focus();
    const shown = [];
    for (const key of searchKeys) {
      if (key.length === 1) await page.keyboard.type(key);
      else await page.keyboard.press(key);
      await frames();
      shown.push(
        await page.evaluate(
          () =>
            (document.querySelector('scri-partners')?.shadowRoot ?? document).querySelectorAll(
              '.card:not([hidden]), [data-scri-partners] li:not([hidden])'
            ).length
        )
      );
    }
    // Entries are queued after the frame is presented: give the last one time to arrive.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    const keydowns = await page.evaluate(() =>
      window.__bench.events.filter((e) => e.name === 'keydown').map((e) => e.duration)
    );
    return {keydowns, longtasks, shown, isWidget};
  };
  const {widget, baseline} = await compare(
    pages['search-widget'],
    pages['search-static'],
    slowest,
    async (page) => {
      const result = await typeKeys(page);
      detail[result.isWidget ? 'widget' : 'baseline'].push(result);
      return result;
    }
  );
  // compare() drops the warm-up pairs from its figures; drop them here too.
  for (const side of ['widget', 'baseline']) detail[side] = detail[side].slice(-samples);
  record('search', {widget, baseline, detail});
  // The floor: the same keystrokes on the static page whose search box filters nothing, against the same
  // baseline. What it measures is the key drawn and the wait for the frame that shows it, which every page pays.
  progress('search keystrokes on a page that does not search (the floor)');
  const floor = await compare(pages['search-floor'], pages['search-static'], slowest, typeKeys);
  record('searchFloor', {widget: floor.widget, baseline: floor.baseline});
}
if (only.includes('upgrade')) {
  // Interleaved: one sample of every window size per round.
  const data = Object.fromEntries(upgradeVariants.map((v) => [upgradeKey(v), {widget: [], moved: []}]));
  for (let i = 0; i < warmup + Math.min(samples, 10); i++) {
    for (const variant of upgradeVariants) {
      const [name, width, height] = variant;
      if (i === 0) progress(`upgrade of pre-rendered markup (${name}, ${width}×${height})`);
      const result = await visit(pages[`upgrade-${name}`], null, {width, height});
      if (i < warmup) continue;
      const entry = data[upgradeKey(variant)];
      entry.widget.push(result.shifts.reduce((sum, shift) => sum + shift.value, 0));
      entry.moved.push(Math.abs(result.afterAfter - result.afterBefore));
      entry.heights ??= [result.beforeUpgrade, result.afterUpgrade];
      entry.shifts ??= result.shifts;
    }
  }
  for (const [key, value] of Object.entries(data)) record(key, value);
}
if (only.includes('profile')) {
  // CPU profiles (V8's sampling profiler over CDP, 100 µs) of what the unmet targets spend their time on, taken
  // with the npm build so that functions have their names. Self time, by function and by file.
  const profile = async (path, during) => {
    const context = await browser.createBrowserContext();
    try {
      const page = await context.newPage();
      const client = await page.createCDPSession();
      await client.send('Profiler.enable');
      await client.send('Profiler.setSamplingInterval', {interval: 100});
      let result;
      if (!during) {
        await client.send('Profiler.start');
        await page.goto(server.origin + path, {waitUntil: 'load'});
        await page.evaluate(() => window.__benchDone);
      } else {
        await page.goto(server.origin + path, {waitUntil: 'load'});
        await page.evaluate(() => window.__benchDone);
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
        result = await during(page, () => client.send('Profiler.start'));
      }
      const {profile: p} = await client.send('Profiler.stop');
      return {summary: summariseProfile(p), result};
    } finally {
      await context.close();
    }
  };
  progress('CPU profiles');
  record('profile', {
    builtin: (await profile(pages['profile-builtin'])).summary,
    n1000: (await profile(pages['profile-n1000'])).summary,
    keystroke: (
      await profile(pages['profile-search'], async (page, start) => {
        const input = await page.evaluateHandle(() =>
          document.querySelector('scri-partners').shadowRoot.querySelector('input[part="search"]')
        );
        await input.focus();
        await start();
        await page.keyboard.type(searchKey);
        await page.evaluate(async () => {
          const element = document.querySelector('scri-partners');
          await element.updateComplete;
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        });
      })
    ).summary,
    // A trace of the same keystroke on the script-tag bundle: the renderer's main-thread work by kind, which
    // splits the profile's "(program)" into style recalculation, layout, paint and the rest.
    keystrokeTrace: await traceKeystroke(pages['search-widget']),
  });
}

/** Main-thread time of one search keystroke by trace event (devtools.timeline), in ms. */
async function traceKeystroke(path) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.goto(server.origin + path, {waitUntil: 'load'});
    await page.evaluate(() => window.__benchDone);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    const input = await page.evaluateHandle(() =>
      document.querySelector('scri-partners').shadowRoot.querySelector('input[part="search"]')
    );
    await input.focus();
    await page.tracing.start({categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline']});
    await page.keyboard.type(searchKey);
    await page.evaluate(async () => {
      await document.querySelector('scri-partners').updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    });
    const events = JSON.parse(new TextDecoder().decode(await page.tracing.stop())).traceEvents;
    // The renderer's main thread: the one that dispatched the keydown.
    const keydown = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
    const kinds = {
      RunTask: 'main thread busy (all tasks)',
      UpdateLayoutTree: 'style',
      Layout: 'layout',
      PrePaint: 'pre-paint',
      Paint: 'paint',
      MajorGC: 'garbage collection',
      MinorGC: 'garbage collection',
    };
    const totals = {};
    for (const e of events) {
      if (!keydown || e.pid !== keydown.pid || e.tid !== keydown.tid || e.ph !== 'X' || !(e.name in kinds))
        continue;
      totals[kinds[e.name]] = (totals[kinds[e.name]] ?? 0) + e.dur / 1000;
    }
    const named = Object.entries(totals)
      .filter(([k]) => k !== kinds.RunTask)
      .reduce((sum, [, v]) => sum + v, 0);
    totals['script and the rest'] = totals[kinds.RunTask] - named;
    return Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, Math.round(v * 10) / 10]));
  } finally {
    await context.close();
  }
}

/** Self time of a CPU profile by function (name, file:line) and by file, in ms, largest first. */
function summariseProfile(p) {
  const byId = new Map(p.nodes.map((node) => [node.id, node]));
  const self = new Map();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000));
  const functions = new Map();
  const files = new Map();
  for (const [id, ms] of self) {
    const {functionName, url, lineNumber} = byId.get(id).callFrame;
    const file = url
      ? url.replace(/^https?:\/\/[^/]+\//, '').replace(/^node_modules\//, '')
      : functionName || '(native)';
    if (file === '(idle)') continue;
    const name = `${functionName || '(anonymous)'} ${url ? `${file}:${lineNumber + 1}` : ''}`.trim();
    functions.set(name, (functions.get(name) ?? 0) + ms);
    files.set(file, (files.get(file) ?? 0) + ms);
  }
  const sorted = (map) =>
    [...map].sort((a, b) => b[1] - a[1]).map(([name, ms]) => ({name, ms: Math.round(ms * 10) / 10}));
  const total = [...files.values()].reduce((sum, ms) => sum + ms, 0);
  return {
    totalMs: Math.round(total * 10) / 10,
    files: sorted(files).slice(0, 12),
    functions: sorted(functions).slice(0, 15),
  };
}
await browser.close();
server.close();
progress('done');

// The table.
const ms = (value) => (value === undefined ? '' : `${value.toFixed(1)} ms`);
const range = ([low, high], format) => `${format(low)} – ${format(high)}`;
const rows = [];
const m = results.measurements;
const verdict = (value, limit, ci, lessThan = false) => {
  const met = lessThan ? value < limit : value <= limit;
  const sure = lessThan ? ci[1] < limit : ci[1] <= limit;
  const surelyNot = ci[0] > limit;
  return met
    ? sure
      ? 'met'
      : 'met (CI crosses target)'
    : surelyNot
      ? 'NOT MET'
      : 'not met (CI crosses target)';
};
const ratioRow = (label, data, limit) => {
  const s = summarise(data.widget, data.baseline);
  data.summary = s;
  rows.push([
    label,
    ms(s.median),
    range(s.ci, ms),
    ms(s.baseline.median),
    `${s.ratio.toFixed(2)}× (${range(s.ratioCi, (v) => v.toFixed(2))})`,
    `≤ ${limit}×`,
    verdict(s.ratio, limit, s.ratioCi),
  ]);
};
rows.push([
  'Size of dist/scri-partners.min.js, min+gzip',
  `${(bundleBytes / 1024).toFixed(2)} KB`,
  `${bundleBytes} bytes`,
  '',
  '',
  '≤ 15 KB',
  bundleBytes <= 15 * 1024 ? 'met' : 'NOT MET',
]);
if (m.builtin)
  ratioRow('First render, built-in data (15 partners), client-rendered vs static', m.builtin, 1.3);
if (m.prerendered)
  ratioRow(
    // The static page inlines its CSS, where the pre-rendered page links scri-partners.css as README says: the
    // stylesheet's request, not the script, is most of this ratio. Issue 16's target is the next row's.
    `Content visible (LCP${m.prerendered.lcpInsideSection ? ', inside the section' : ', NOT ALWAYS INSIDE THE SECTION'}), pre-rendered + script vs static with inlined CSS`,
    m.prerendered,
    '—'
  );
if (m.prerendered) rows.at(-1).splice(5, 2, '(reported)', '');
if (m.prerenderedOwn)
  ratioRow(
    `Content visible (LCP${m.prerenderedOwn.lcpInsideSection ? ', inside the section' : ', NOT ALWAYS INSIDE THE SECTION'}), pre-rendered + script vs the same page without it`,
    m.prerenderedOwn,
    1.05
  );
for (const size of sizes) {
  if (m[`n${size}`]) ratioRow(`First render, ${size} partners`, m[`n${size}`], size === 1000 ? 1.0 : '—');
}
for (const row of rows) if (row[5] === '≤ —×') [row[5], row[6]] = ['(linearity)', ''];
if (m.search) {
  const s = summarise(m.search.widget, m.search.baseline);
  m.search.summary = s;
  const fast = s.median <= 16 && s.ratio <= 0.5;
  const sure = s.ci[1] <= 16 && s.ratioCi[1] <= 0.5;
  rows.push([
    `One keystroke in search, 1,000 partners: Event Timing, keydown to next paint, slowest of "7", "3", Backspace; baseline: static + plain filter`,
    ms(s.median),
    range(s.ci, ms),
    ms(s.baseline.median),
    `${s.ratio.toFixed(2)}× (${range(s.ratioCi, (v) => v.toFixed(2))})`,
    '≤ 16 ms and ≤ 0.5×',
    fast
      ? sure
        ? 'met'
        : 'met (CI crosses target)'
      : s.ci[0] > 16 || s.ratioCi[0] > 0.5
        ? 'NOT MET'
        : 'not met (CI crosses target)',
  ]);
  if (m.searchFloor) {
    // What the target asks of a page that does nothing on a keystroke: if the floor misses it, no search can meet it.
    const f = summarise(m.searchFloor.widget, m.searchFloor.baseline);
    m.searchFloor.summary = f;
    rows.push([
      'The same keystrokes on the static page with a search box that filters nothing (the floor), vs the same baseline',
      ms(f.median),
      range(f.ci, ms),
      ms(f.baseline.median),
      `${f.ratio.toFixed(2)}× (${range(f.ratioCi, (v) => v.toFixed(2))})`,
      '(reported)',
      f.median <= 16 && f.ratio <= 0.5
        ? 'the floor is within the target'
        : 'the floor itself misses the target',
    ]);
  }
  const tasks = (side) => m.search.detail[side].map((d) => d.longtasks);
  rows.push([
    'Long tasks (50 ms or more) during the first render of 1,000 partners, per page load',
    String(median(tasks('widget'))),
    `${Math.min(...tasks('widget'))} – ${Math.max(...tasks('widget'))}`,
    String(median(tasks('baseline'))),
    '',
    '(reported)',
    '',
  ]);
}
for (const variant of upgradeVariants) {
  const data = m[upgradeKey(variant)];
  if (!data) continue;
  const s = summarise(data.widget);
  data.summary = s;
  const f = (v) => v.toFixed(4);
  const moved = median(data.moved);
  rows.push([
    `${upgradeLabel(variant)} (content after moves ${moved.toFixed(1)} px)`,
    f(s.median),
    range(s.ci, f),
    '',
    '',
    '0',
    s.ci[1] === 0 && Math.max(...data.moved) < 1 ? 'met' : 'NOT MET',
  ]);
}
const header = ['Measurement', 'Median', '95% CI', 'Baseline median', 'Ratio (95% CI)', 'Target', 'Result'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
const line = (cells) => `| ${cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |`;
console.log(
  `\n${samples} samples per page (interleaved with the baseline, fresh browser context each), ${warmup} warm-up pairs dropped; CLS: ${Math.min(samples, 10)} samples.`
);
console.log(
  `Chromium ${chromium}, ${results.machine.cores} cores (${results.machine.cpu}), ${results.machine.memoryGB} GB, Node ${process.version}\n`
);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of rows) console.log(line(row));

// Growth with size: the cost of one more partner between sizes, for the widget and the baseline.
if (sizes.every((size) => m[`n${size}`])) {
  console.log('\nFirst render by size (medians): per-partner cost, overall and between consecutive sizes');
  let previous;
  for (const size of sizes) {
    const w = median(m[`n${size}`].widget);
    const b = median(m[`n${size}`].baseline);
    const step = previous
      ? `; +${(((w - previous.w) / (size - previous.size)) * 1000).toFixed(0)} µs/partner widget, +${(((b - previous.b) / (size - previous.size)) * 1000).toFixed(0)} µs/partner static since ${previous.size}`
      : '';
    console.log(
      `  ${String(size).padStart(5)} partners: widget ${ms(w)} (${((w / size) * 1000).toFixed(0)} µs/partner), static ${ms(b)} (${((b / size) * 1000).toFixed(0)} µs/partner)${step}`
    );
    previous = {size, w, b};
  }
}
if (m.search) {
  const under = (side) =>
    m.search.detail[side].reduce((n, d) => n + searchKeys.length - d.keydowns.length, 0);
  const shown = (side) => m.search.detail[side][0]?.shown.join(', ');
  console.log(
    `\nKeystrokes: ${under('widget')} of the widget's ${samples * searchKeys.length} and ${under('baseline')} of the baseline's had no Event Timing entry (under ${eventThreshold} ms; counted as ${eventThreshold} ms). Cards shown after ${searchKeys.join(', ')}: widget ${shown('widget')}, baseline ${shown('baseline')}.`
  );
}
for (const variant of upgradeVariants) {
  const data = m[upgradeKey(variant)];
  if (!data || !data.shifts.length) continue;
  console.log(
    `\nUpgrade (${upgradeLabel(variant)}): element height ${data.heights[0].toFixed(0)} px before, ${data.heights[1].toFixed(0)} px after; shifts in one run:`
  );
  for (const shift of data.shifts)
    console.log(
      `  ${shift.value.toFixed(4)} at ${shift.time.toFixed(0)} ms: ${shift.sources.map((s) => `${s.node} y/h ${s.previous.map(Math.round)} → ${s.current.map(Math.round)}`).join('; ')}`
    );
}
if (m.profile) {
  for (const [name, label] of [
    ['builtin', 'First render, built-in data'],
    ['n1000', 'First render, 1,000 partners'],
    ['keystroke', 'One keystroke, 1,000 partners'],
  ]) {
    const p = m.profile[name];
    console.log(
      `\nCPU profile, ${label} (npm build, one run, self time; "(program)" is native work the profiler does not attribute): ${p.totalMs} ms`
    );
    console.log(`  by file: ${p.files.map((f) => `${f.name} ${f.ms}`).join('; ')}`);
    console.log(
      `  by function: ${p.functions
        .slice(0, 10)
        .map((f) => `${f.name} ${f.ms}`)
        .join('; ')}`
    );
  }
  if (m.profile.keystrokeTrace)
    console.log(
      `\nTrace of one keystroke, 1,000 partners (script-tag bundle, renderer main thread, from the keydown to the next frame): ${Object.entries(
        m.profile.keystrokeTrace
      )
        .map(([k, v]) => `${k} ${v} ms`)
        .join('; ')}`
    );
}
writeFileSync(resolve(root, '.bench/results.json'), JSON.stringify(results, null, 2));
console.log('\nEvery sample: .bench/results.json');
