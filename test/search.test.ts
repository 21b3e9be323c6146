/**
 * What a search keystroke changes in <scri-partners> (issue 16): only the cards whose match changed, the groups
 * whose count of matching cards crossed zero, the result count and the acronyms' tab stops. Each step's changes
 * are read with a MutationObserver on the shadow root, so the tests assert what changed, not how fast.
 *
 * The model-based test drives random sequences of keystrokes, data changes, `groups`, `highlight`, `searchable`
 * and `expand-acronyms` changes and re-renders, and checks what a visitor sees after each against a small model:
 * 30 sequences from a fixed seed (16). A failure reports the seed and the `path` of the shrunk counterexample;
 * SCRI_MODEL_SEED, SCRI_MODEL_PATH and SCRI_MODEL_REPLAY_PATH replay it as for test/tooltip-model.test.ts.
 */
import {expect, html} from '@open-wc/testing';
import fc from 'fast-check';
import {sendKeys} from '@web/test-runner-commands';
import '../src/index.js';
import type {PartnersData, ScriPartners} from '../src/index.js';
import {mount, searched} from './helpers.js';

// Partners whose names carry numbers, so that typing "7", then "3", hides some cards and empties whole groups.
// Acronyms recur across groups, so that hiding a card moves the tab stop of an acronym to a later occurrence.
const partnersOf = {
  funders: () => [
    {id: 'nmrc', name: 'Medical Council 17', acronym: 'NMRC', description: 'NMRC funds IIT with SCRI.'},
    {id: 'ore', name: 'Research Office 23', acronym: 'ORE', description: 'ORE supports NMRC grants.'},
  ],
  hospitals: () => [
    {
      id: 'sgh',
      name: 'General Hospital 37',
      acronym: 'SGH',
      description: 'SGH runs trials with NMRC and SCRI.',
    },
    {id: 'ttsh', name: 'Tan Hospital 73', acronym: 'TTSH', description: 'TTSH hosts IIT.'},
    {id: 'kkh', name: 'Women Hospital 7', acronym: 'KKH', description: 'KKH works with SGH.'},
  ],
  agencies: () => [
    {
      id: 'hsa',
      name: 'Sciences Authority 3',
      acronym: 'HSA',
      description: 'HSA regulates trials of TTSH and SGH.',
    },
  ],
};

/** A fresh copy of the test data each call (new objects, as a host setting `data` again would give). */
const makeData = (): PartnersData => ({
  title: 'Partners',
  intro: ['SCRI works with these partners.'],
  groups: [
    {id: 'funders', title: 'Funders', description: 'Grants for IIT.', partners: partnersOf.funders()},
    {id: 'hospitals', title: 'Hospitals', partners: partnersOf.hospitals()},
    {
      id: 'agencies',
      title: 'Agencies',
      description: 'Agencies that work with SCRI.',
      partners: partnersOf.agencies(),
    },
  ],
  closing: ['SCRI thanks them.'],
  glossary: {SCRI: 'Singapore Clinical Research Institute', IIT: 'Investigator-Initiated Trials'},
});

/** The data a host can set: as above, the hospitals reordered and one gone, or one group with a new partner. */
const variants: (() => PartnersData)[] = [
  makeData,
  () => {
    const data = makeData();
    data.groups[1].partners = partnersOf.hospitals().reverse().slice(1);
    return data;
  },
  () => ({
    title: 'Fewer partners',
    intro: ['IIT with SCRI.'],
    groups: [
      {
        id: 'hospitals',
        title: 'Hospitals',
        description: 'HSA checks IIT here.',
        partners: [
          ...partnersOf.hospitals(),
          {id: 'nhcs', name: 'Heart Centre 77', acronym: 'NHCS', description: 'NHCS and SGH run IIT.'},
        ],
      },
    ],
    glossary: {
      SCRI: 'Singapore Clinical Research Institute',
      IIT: 'Investigator-Initiated Trials',
      HSA: 'HSA',
    },
  }),
];

const nameOf = (card: Element) => card.querySelector('[part="card-name"]')!.textContent!.trim();
const titleOf = (group: Element) => group.querySelector('[part="group-title"]')!.textContent!.trim();

/** Where an acronym occurrence is, as a reader would say it. */
const placeOf = (abbr: Element) => {
  const card = abbr.closest('.card');
  if (card) return nameOf(card);
  const group = abbr.closest('.group');
  if (group) return `${titleOf(group)} description`;
  return abbr.closest('[part]:not([part="acronym"])')!.getAttribute('part')!;
};

const elementOf = (node: Node) =>
  node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement!;

/** A changed element, named for a reader: a card by its partner, a group by its title, an acronym by place. */
const nameChanged = (node: Node): string => {
  const element = elementOf(node);
  if (element.matches('.card')) return `card ${nameOf(element)}`;
  if (element.matches('.group')) return `group ${titleOf(element)}`;
  if (element.localName === 'abbr') return `${element.textContent} in ${placeOf(element)}`;
  return `${element.closest('[part]')?.getAttribute('part') ?? element.localName} ${node.nodeName}`;
};

/**
 * Watches everything in the widget's shadow root (attributes, children, text) and returns, per step, what changed
 * outside the search box's own row: `+hidden` for an attribute added, `-hidden` for one removed.
 */
function watch(el: ScriPartners) {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((list) => records.push(...list));
  observer.observe(el.shadowRoot!, {
    attributes: true,
    attributeOldValue: true,
    childList: true,
    characterData: true,
    subtree: true,
  });
  return {
    /** Every change since the last call, outside the toolbar. */
    changes() {
      return [...records.splice(0), ...observer.takeRecords()]
        .filter((record) => !elementOf(record.target).closest('.toolbar'))
        .map((record) => {
          const what = nameChanged(record.target);
          if (record.type !== 'attributes') return `${what}: ${record.type}`;
          const now = (record.target as Element).getAttribute(record.attributeName!);
          const sign = record.oldValue === null ? '+' : now === null ? '-' : '~';
          return `${what}: ${sign}${record.attributeName}`;
        })
        .sort();
    },
    stop: () => observer.disconnect(),
  };
}

/** The partner names a visitor can see, by group title; groups a visitor cannot see are left out. */
const visible = (el: ScriPartners) =>
  Object.fromEntries(
    [...el.shadowRoot!.querySelectorAll('[part="group"]')]
      .filter((group) => group.getClientRects().length > 0)
      .map((group) => [
        titleOf(group),
        [...group.querySelectorAll('[part~="card"]')]
          .filter((card) => card.getClientRects().length > 0)
          .map(nameOf),
      ])
  );

/** The acronyms that Tab reaches, in order, with where each is. */
const tabStops = (el: ScriPartners) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('abbr')]
    .filter((abbr) => abbr.tabIndex === 0 && abbr.getClientRects().length > 0)
    .map((abbr) => `${abbr.textContent} in ${placeOf(abbr)}`);

const status = (el: ScriPartners) => el.shadowRoot!.querySelector('.count')?.textContent!.trim();

async function type(el: ScriPartners, key: string) {
  el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!.focus();
  await sendKeys(key === 'Backspace' ? {press: key} : {type: key});
  await searched(el);
}

describe('search', () => {
  describe('as a visitor types', () => {
    it('shows the key in the frame of the keystroke, and the cards change in the next task', async () => {
      const el = await mount<ScriPartners>(
        html`<scri-partners searchable .data=${makeData()}></scri-partners>`
      );
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
      const seen = watch(el);
      // Two keys before any frame, as a fast typist's: the box shows them, the cards have not moved yet.
      for (const value of ['7', '73']) {
        input.value = value;
        input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true, data: value.at(-1)}));
        await el.updateComplete;
      }
      expect(seen.changes(), 'before the frame').to.deep.equal([]);
      await new Promise(requestAnimationFrame);
      expect(seen.changes(), 'in the frame that shows the key').to.deep.equal([]);
      await searched(el);
      // What "73" hides, all in that task.
      expect(seen.changes(), 'after that frame').to.deep.equal([
        'IIT in Tan Hospital 73: +tabindex',
        'card General Hospital 37: +hidden',
        'card Medical Council 17: +hidden',
        'card Research Office 23: +hidden',
        'card Sciences Authority 3: +hidden',
        'card Women Hospital 7: +hidden',
        'group Agencies: +hidden',
        'group Funders: +hidden',
      ]);
      expect(visible(el)).to.deep.equal({Hospitals: ['Tan Hospital 73']});
      expect(status(el)).to.equal('Showing 1 of 6 partners');
      seen.stop();
    });
  });

  describe('when a visitor types "7", then "3", then Backspace', () => {
    it('writes only the cards whose match changed, the groups that crossed zero and the tab stops that moved', async () => {
      const el = await mount<ScriPartners>(
        html`<scri-partners searchable .data=${makeData()}></scri-partners>`
      );
      const seen = watch(el);

      await type(el, '7');
      // The acronyms of the hidden cards keep their tabindex: Tab cannot reach them there.
      expect(seen.changes(), 'after "7"').to.deep.equal([
        'card Research Office 23: +hidden',
        'card Sciences Authority 3: +hidden',
        'group Agencies: +hidden',
      ]);
      expect(visible(el)).to.deep.equal({
        Funders: ['Medical Council 17'],
        Hospitals: ['General Hospital 37', 'Tan Hospital 73', 'Women Hospital 7'],
      });
      expect(status(el)).to.equal('Showing 4 of 6 partners');

      await type(el, '3');
      expect(seen.changes(), 'after "73"').to.deep.equal([
        'IIT in Tan Hospital 73: +tabindex',
        'card General Hospital 37: +hidden',
        'card Medical Council 17: +hidden',
        'card Women Hospital 7: +hidden',
        'group Funders: +hidden',
      ]);
      expect(visible(el)).to.deep.equal({Hospitals: ['Tan Hospital 73']});
      expect(status(el)).to.equal('Showing 1 of 6 partners');
      expect(tabStops(el)).to.deep.equal([
        'SCRI in intro',
        'TTSH in Tan Hospital 73',
        'IIT in Tan Hospital 73',
      ]);

      await type(el, 'Backspace');
      expect(seen.changes(), 'after Backspace').to.deep.equal([
        'IIT in Tan Hospital 73: -tabindex',
        'card General Hospital 37: -hidden',
        'card Medical Council 17: -hidden',
        'card Women Hospital 7: -hidden',
        'group Funders: -hidden',
      ]);
      expect(status(el)).to.equal('Showing 4 of 6 partners');
      expect(tabStops(el)).to.deep.equal([
        'SCRI in intro',
        'IIT in Funders description',
        'NMRC in Medical Council 17',
        'SGH in General Hospital 37',
        'TTSH in Tan Hospital 73',
        'KKH in Women Hospital 7',
      ]);
      seen.stop();
    });
  });

  describe('when a keystroke changes no match', () => {
    it('writes nothing outside the search box’s row', async () => {
      const el = await mount<ScriPartners>(
        html`<scri-partners searchable .data=${makeData()}></scri-partners>`
      );
      await type(el, '7');
      const seen = watch(el);
      await type(el, ' ');
      expect(seen.changes()).to.deep.equal([]);
      expect(status(el)).to.equal('Showing 4 of 6 partners');
      seen.stop();
    });
  });

  describe('when no partner matches, then the query is cleared', () => {
    it('hides every group and says so, then shows every group and card again', async () => {
      const el = await mount<ScriPartners>(
        html`<scri-partners searchable .data=${makeData()}></scri-partners>`
      );
      await type(el, 'q');
      expect(visible(el)).to.deep.equal({});
      expect(status(el)).to.equal('No partner matches “q”.');
      expect(tabStops(el)).to.deep.equal(['SCRI in intro']);
      const seen = watch(el);
      await type(el, 'Backspace');
      const changes = seen.changes();
      expect(changes.filter((change) => change.startsWith('group'))).to.deep.equal([
        'group Agencies: -hidden',
        'group Funders: -hidden',
        'group Hospitals: -hidden',
      ]);
      expect(changes.filter((change) => change.startsWith('card'))).to.have.length(6);
      expect(visible(el)).to.deep.equal({
        Funders: ['Medical Council 17', 'Research Office 23'],
        Hospitals: ['General Hospital 37', 'Tan Hospital 73', 'Women Hospital 7'],
        Agencies: ['Sciences Authority 3'],
      });
      expect(status(el)).to.equal('');
      seen.stop();
    });
  });

  describe('when the data changes during a search', () => {
    it('filters the new data with the same query', async () => {
      const el = await mount<ScriPartners>(
        html`<scri-partners searchable .data=${makeData()}></scri-partners>`
      );
      await type(el, '7');
      el.data = variants[2]();
      await el.updateComplete;
      expect(visible(el)).to.deep.equal({
        Hospitals: ['General Hospital 37', 'Tan Hospital 73', 'Women Hospital 7', 'Heart Centre 77'],
      });
      expect(status(el)).to.equal('Showing 4 of 4 partners');
      expect(tabStops(el)).to.deep.equal([
        'IIT in intro',
        'SCRI in intro',
        'HSA in Hospitals description',
        'SGH in General Hospital 37',
        'TTSH in Tan Hospital 73',
        'KKH in Women Hospital 7',
        'NHCS in Heart Centre 77',
      ]);
    });
  });
});

// ---- the model-based test ----------------------------------------------------------------------------------

const defaultSeed = 16;
const seed = Number.isFinite(Number(window.__modelSeed ?? NaN)) ? Number(window.__modelSeed) : defaultSeed;
const path = window.__modelPath || undefined;
const replayPath = window.__modelReplayPath || undefined;

interface Model {
  data: PartnersData;
  groups: string;
  highlight: string;
  searchable: boolean;
  expand: boolean;
  query: string;
}

type Command = fc.AsyncCommand<Model, ScriPartners>;

const groupChoices = ['', 'agencies funders', 'hospitals', 'nope hospitals agencies'];
const highlightChoices = ['', 'ttsh', 'hsa'];

/** What the model expects a visitor to see: groups and cards on show, the status text and the tab stops. */
function expected(model: Model) {
  const {data} = model;
  const ids = model.groups.split(/\s+/).filter(Boolean);
  const groups = ids.length
    ? ids.flatMap((id) => data.groups.filter((group) => group.id === id))
    : data.groups;
  const query = model.searchable ? model.query.trim().toLowerCase() : '';
  const matches = (p: PartnersData['groups'][number]['partners'][number]) =>
    `${p.name}\n${p.acronym}\n${p.description}`.toLowerCase().includes(query);
  const shown: Record<string, string[]> = {};
  for (const group of groups) {
    const names = group.partners.filter(matches).map((p) => p.name);
    if (names.length) shown[group.title] = names;
  }
  const total = groups.reduce((sum, group) => sum + group.partners.length, 0);
  const count = Object.values(shown).flat().length;
  // Acronyms are whole words of the test data: its partners' acronyms and its glossary's.
  const acronyms = new Set([
    ...data.groups.flatMap((group) => group.partners.map((p) => p.acronym)),
    ...Object.keys(data.glossary ?? {}),
  ]);
  const stops: string[] = [];
  const seen = new Set<string>();
  const read = (text: string, place: string) => {
    for (const word of text.split(/[^A-Za-z]+/)) {
      if (acronyms.has(word) && !seen.has(word)) {
        seen.add(word);
        stops.push(`${word} in ${place}`);
      }
    }
  };
  if (!model.expand) {
    for (const p of data.intro) read(p, 'intro');
    for (const group of groups) {
      if (!shown[group.title]) continue;
      if (group.description) read(group.description, `${group.title} description`);
      for (const p of group.partners) if (matches(p)) read(p.description, p.name);
    }
    for (const p of data.closing ?? []) read(p, 'closing');
  }
  return {
    shown,
    status: !model.searchable
      ? undefined
      : query
        ? count
          ? `Showing ${count} of ${total} partners`
          : `No partner matches “${model.query.trim()}”.`
        : '',
    stops,
  };
}

function check(model: Model, el: ScriPartners) {
  const want = expected(model);
  expect(visible(el), 'groups and cards on show').to.deep.equal(want.shown);
  expect(status(el), 'the result count').to.equal(want.status);
  expect(tabStops(el), 'the tab stops').to.deep.equal(want.stops);
  const highlighted = [...el.shadowRoot!.querySelectorAll('[part~="card-highlighted"]')]
    .filter((card) => card.getClientRects().length > 0)
    .map(nameOf);
  const partner = model.data.groups.flatMap((group) => group.partners).find((p) => p.id === model.highlight);
  const shown = Object.values(want.shown).flat();
  expect(highlighted, 'the highlighted card').to.deep.equal(
    partner && shown.includes(partner.name) ? [partner.name] : []
  );
}

class Type implements Command {
  constructor(readonly key: string) {}
  check = (m: Readonly<Model>) => m.searchable;
  async run(m: Model, el: ScriPartners) {
    await type(el, this.key);
    m.query = this.key === 'Backspace' ? m.query.slice(0, -1) : m.query + this.key;
    check(m, el);
  }
  toString = () => `type(${JSON.stringify(this.key)})`;
}

class Set_ implements Command {
  constructor(
    readonly name: 'data' | 'groups' | 'highlight' | 'searchable' | 'expandAcronyms',
    readonly value: number | string | boolean
  ) {}
  check = () => true;
  async run(m: Model, el: ScriPartners) {
    if (this.name === 'data') el.data = m.data = variants[this.value as number]();
    else if (this.name === 'groups') el.groups = m.groups = this.value as string;
    else if (this.name === 'highlight') el.highlight = m.highlight = this.value as string;
    else if (this.name === 'searchable') el.searchable = m.searchable = this.value as boolean;
    else el.expandAcronyms = m.expand = this.value as boolean;
    await el.updateComplete;
    check(m, el);
  }
  toString = () => `${this.name} = ${JSON.stringify(this.value)}`;
}

class Rerender implements Command {
  check = () => true;
  async run(m: Model, el: ScriPartners) {
    el.requestUpdate();
    await el.updateComplete;
    check(m, el);
  }
  toString = () => 'requestUpdate()';
}

const commands = fc.commands(
  [
    // Keystrokes weigh the choice: most sequences should search while the other things change.
    fc.constantFrom('7', '3', 'h', 'o', 's', ' ', 'Backspace').map((key) => new Type(key)),
    fc.constantFrom('7', '3', 'Backspace').map((key) => new Type(key)),
    fc.constantFrom('7', '3', 'Backspace').map((key) => new Type(key)),
    fc.constantFrom('7', 'h', 'Backspace').map((key) => new Type(key)),
    fc.nat(variants.length - 1).map((i) => new Set_('data', i)),
    fc.constantFrom(...groupChoices).map((ids) => new Set_('groups', ids)),
    fc.constantFrom(...highlightChoices).map((id) => new Set_('highlight', id)),
    fc.boolean().map((on) => new Set_('searchable', on)),
    fc.boolean().map((on) => new Set_('expandAcronyms', on)),
    fc.constant(new Rerender()),
  ],
  {maxCommands: 20, size: 'max', replayPath}
);

/** fast-check reports an error by its stack, which in Firefox and WebKit leaves out the message. */
function withMessage(error: unknown): never {
  if (error instanceof Error && error.stack && !error.stack.includes(error.message)) {
    error.stack = `${error.name}: ${error.message}\n${error.stack}`;
  }
  throw error;
}

describe('search, under random sequences of keystrokes, data and option changes, and re-renders', () => {
  it('shows the matching cards and groups, the count and the tab stops after every step (model-based)', async function () {
    this.timeout(300_000);
    let el: ScriPartners | undefined;
    const setup = () => {
      el?.remove();
      el = document.createElement('scri-partners');
      el.searchable = true;
      el.data = variants[0]();
      document.body.append(el);
      return el.updateComplete.then(() => ({
        model: {data: el!.data!, groups: '', highlight: '', searchable: true, expand: false, query: ''},
        real: el!,
      }));
    };
    try {
      await fc.assert(
        fc.asyncProperty(commands, async (cmds) => {
          const {model, real} = await setup();
          check(model, real);
          await fc.asyncModelRun(() => ({model, real}), cmds).catch(withMessage);
        }),
        {numRuns: 30, seed, path, verbose: true, includeErrorInReport: true, endOnFailure: Boolean(path)}
      );
    } finally {
      el?.remove();
    }
  });
});
