import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import type {DataErrorDetail, DataSource, ScriPartners} from '../src/index.js';
import './helpers.js';
import {texts, warningsDuring} from './helpers.js';

interface Rendered {
  el: ScriPartners;
  warnings: string[];
  events: CustomEvent[];
}

/** Renders `data` through the `data` property or as inline JSON, recording warnings and data events. */
async function render(
  data: unknown,
  {channel = 'property', debug = false}: {channel?: 'property' | 'inline-json'; debug?: boolean} = {}
): Promise<Rendered> {
  const events: CustomEvent[] = [];
  const record = (event: Event) => events.push(event as CustomEvent);
  document.addEventListener('scri-data-load', record);
  document.addEventListener('scri-data-error', record);
  let el!: ScriPartners;
  try {
    const warnings = await warningsDuring(async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      el = document.createElement('scri-partners');
      el.debug = debug;
      if (channel === 'property') {
        // What a JavaScript caller can pass; TypeScript callers are held to PartnersData.
        (el as {data?: unknown}).data = data;
      } else {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = typeof data === 'string' ? data : JSON.stringify(data);
        el.append(script);
      }
      host.append(el);
      await el.updateComplete;
    });
    return {el, warnings, events};
  } finally {
    document.removeEventListener('scri-data-load', record);
    document.removeEventListener('scri-data-error', record);
  }
}

const partner = (id: string, name = `Partner ${id}`) => ({id, name, description: `What ${id} does.`});
const valid = () => ({
  title: 'Public Sector Partners',
  intro: ['We work with these organisations.'],
  groups: [
    {id: 'regulators', title: 'Regulators', partners: [partner('hsa', 'Health Sciences Authority')]},
    {id: 'funders', title: 'Funders', partners: [partner('nmrc', 'National Medical Research Council')]},
  ],
});

const names = (el: ScriPartners) => texts(el.shadowRoot!, '[part="card-name"]');
const groupTitles = (el: ScriPartners) => texts(el.shadowRoot!, '[part="group-title"]');
const problemsShown = (el: ScriPartners) => texts(el.shadowRoot!, '[part="problems"] li');
const warned = (...problems: string[]) => problems.map((problem) => `scri-partners: ${problem}`);

/** Asserts the error state a visitor and the host page see for unusable data. */
function expectUnusable({el, events}: Rendered, source: DataSource, problems: string[]) {
  const error = el.shadowRoot!.querySelector('[part="error"]');
  expect(error, 'the error message').to.exist;
  expect(error!.getAttribute('role')).to.equal('alert');
  expect(error!.textContent).to.contain('could not be shown');
  expect(el.shadowRoot!.querySelectorAll('[part~="card"]')).to.have.length(0);
  expect(events.map((e) => e.type)).to.deep.equal(['scri-data-error']);
  const [event] = events as CustomEvent<DataErrorDetail>[];
  expect(event.bubbles, 'bubbles').to.be.true;
  expect(event.composed, 'composed').to.be.true;
  expect(event.target).to.equal(el);
  expect(event.detail.source).to.equal(source);
  expect(event.detail.message).to.equal(problems.join('; '));
}

describe('validation', () => {
  describe('when the data is not an object', () => {
    for (const [label, data, found] of [
      ['a string', 'partners', '"partners"'],
      ['a number', 42, 'number 42'],
      ['an array', [valid()], 'an array'],
      ['a boolean', true, 'boolean true'],
    ] as const) {
      it(`shows the error message and warns once when it is ${label}`, async () => {
        const rendered = await render(data);
        const problem = `$: expected an object with "title", "intro" and "groups", found ${found}`;
        expect(rendered.warnings).to.deep.equal(warned(problem));
        expectUnusable(rendered, 'property', [problem]);
        expect(rendered.el.shadowRoot!.querySelector('[part="retry"]'), 'no Retry for bad data').to.be.null;
      });
    }

    it('shows the error message for inline JSON that is an array', async () => {
      const rendered = await render('[]', {channel: 'inline-json'});
      const problem = '$: expected an object with "title", "intro" and "groups", found an array';
      expect(rendered.warnings).to.deep.equal(warned(problem));
      expectUnusable(rendered, 'inline-json', [problem]);
    });

    it('shows the error message and warns once for inline JSON that does not parse', async () => {
      const rendered = await render('{"title": "Partners", ', {channel: 'inline-json'});
      expect(rendered.warnings).to.have.length(1);
      expect(rendered.warnings[0]).to.match(/^scri-partners: \$: expected valid JSON, found .+$/);
      const [event] = rendered.events as CustomEvent<DataErrorDetail>[];
      expectUnusable(rendered, 'inline-json', [event.detail.message]);
      expect(event.detail.message).to.match(/^\$: expected valid JSON, found .+/);
    });
  });

  describe('when the title is missing or empty', () => {
    for (const [label, title, found] of [
      ['missing', undefined, 'nothing'],
      ['empty', '   ', 'an empty string'],
      ['a number', 7, 'number 7'],
    ] as const) {
      it(`shows every group without a title and warns once when it is ${label}`, async () => {
        const data: Record<string, unknown> = {...valid(), title};
        if (title === undefined) delete data.title;
        const {el, warnings, events} = await render(data);
        expect(el.shadowRoot!.querySelector('[part="title"]')).to.be.null;
        expect(groupTitles(el)).to.deep.equal(['Regulators', 'Funders']);
        expect(warnings).to.deep.equal(warned(`$.title: expected a non-empty string, found ${found}`));
        expect(events.map((e) => e.type)).to.deep.equal(['scri-data-load']);
      });
    }
  });

  describe('when groups is not an array', () => {
    it('shows the error message, fires scri-data-error and warns once', async () => {
      const rendered = await render({...valid(), groups: {regulators: []}});
      const problem = '$.groups: expected an array of groups, found an object';
      expect(rendered.warnings).to.deep.equal(warned(problem));
      expectUnusable(rendered, 'property', [problem]);
    });
  });

  describe('when a group lacks its id, title or partners', () => {
    it('leaves out only that group, and warns once for each', async () => {
      const data = valid();
      data.groups.push(
        {title: 'No id', partners: [partner('a')]} as never,
        {id: 'no-title', partners: [partner('b')]} as never,
        {id: 'no-partners', title: 'No partners'} as never,
        {id: 'empty', title: 'No valid partner', partners: [{id: 'c'}]} as never,
        'not a group' as never
      );
      const {el, warnings} = await render(data);
      expect(groupTitles(el)).to.deep.equal(['Regulators', 'Funders']);
      expect(warnings).to.deep.equal(
        warned(
          '$.groups[2].id: expected an id of letters, digits, "-" or "_", found nothing',
          '$.groups[3].title: expected a non-empty string, found nothing',
          '$.groups[4].partners: expected an array of partners, found nothing',
          '$.groups[5].partners[0].name: expected a non-empty string, found nothing',
          '$.groups[5].partners[0].description: expected a non-empty string, found nothing',
          '$.groups[5].partners: expected at least one valid partner, found an array',
          '$.groups[6]: expected a group object, found "not a group"'
        )
      );
    });
  });

  describe('when ids repeat', () => {
    it('keeps the first group and partner with an id, leaves out the later ones and warns once each', async () => {
      const data = valid();
      data.groups.push({id: 'regulators', title: 'Regulators again', partners: [partner('x')]});
      data.groups[1].partners.push(partner('hsa', 'Another HSA'));
      const {el, warnings} = await render(data);
      expect(groupTitles(el)).to.deep.equal(['Regulators', 'Funders']);
      expect(names(el)).to.deep.equal(['Health Sciences Authority', 'National Medical Research Council']);
      expect(warnings).to.deep.equal(
        warned(
          '$.groups[1].partners[1].id: expected an id no other partner has, found "hsa"',
          '$.groups[2].id: expected an id no other group has, found "regulators"'
        )
      );
    });
  });

  describe('when a partner has a number as its name', () => {
    it('leaves out that partner, shows the rest and warns once', async () => {
      const data = valid();
      data.groups[0].partners.push({id: 'num', name: 42, description: 'A number.'} as never);
      const {el, warnings} = await render(data);
      expect(names(el)).to.deep.equal(['Health Sciences Authority', 'National Medical Research Council']);
      expect(warnings).to.deep.equal(
        warned('$.groups[0].partners[1].name: expected a non-empty string, found number 42')
      );
    });
  });

  describe('when the data has properties the format does not know', () => {
    it('shows everything and warns once per unknown property', async () => {
      const data = {...valid(), colour: 'red'};
      Object.assign(data.groups[0], {icon: 'x.png'});
      Object.assign(data.groups[0].partners[0], {phone: 123});
      const {el, warnings} = await render(data);
      expect(names(el)).to.deep.equal(['Health Sciences Authority', 'National Medical Research Council']);
      expect(warnings).to.deep.equal(
        warned(
          '$.colour: expected no such property, found "red"',
          '$.groups[0].icon: expected no such property, found "x.png"',
          '$.groups[0].partners[0].phone: expected no such property, found number 123'
        )
      );
    });
  });

  describe('when no group is usable', () => {
    it('shows the error message and fires scri-data-error with every problem', async () => {
      const rendered = await render({title: 'Partners', intro: [], groups: [{id: 'bad id!', title: 'X'}]});
      const problems = [
        '$.groups[0].id: expected an id of letters, digits, "-" or "_", found "bad id!"',
        '$.groups[0].partners: expected an array of partners, found nothing',
        '$.groups: expected at least one valid group, found an array',
      ];
      expect(rendered.warnings).to.deep.equal(warned(...problems));
      expectUnusable(rendered, 'property', problems);
    });

    it('does the same for inline JSON, with source "inline-json"', async () => {
      const rendered = await render({title: 'Partners', intro: [], groups: []}, {channel: 'inline-json'});
      const problem = '$.groups: expected at least one valid group, found an array';
      expect(rendered.warnings).to.deep.equal(warned(problem));
      expectUnusable(rendered, 'inline-json', [problem]);
    });
  });

  describe('when the data object throws as it is read', () => {
    it('shows the error message instead of breaking the page', async () => {
      const hostile = new Proxy(
        {},
        {
          get() {
            throw new Error('hostile getter');
          },
          ownKeys() {
            throw new Error('hostile keys');
          },
        }
      );
      const rendered = await render(hostile);
      expect(rendered.el.shadowRoot!.querySelector('[part="error"]'), 'the error message').to.exist;
      expect(rendered.events.map((e) => e.type)).to.deep.equal(['scri-data-error']);
      expect(rendered.warnings).to.have.length(1);
      expect(rendered.warnings[0]).to.match(/^scri-partners: \$: expected .+, found .+$/);
    });
  });

  describe('each problem', () => {
    it('is warned once, however often the widget renders, moves or shows the same data', async () => {
      const data = {...valid(), colour: 'red'};
      const {el, warnings} = await render(data);
      const later = await warningsDuring(async () => {
        el.highlight = 'hsa';
        el.expandAcronyms = true;
        el.searchable = true;
        el.layout = 'list';
        await el.updateComplete;
        const elsewhere = document.createElement('div');
        document.body.append(elsewhere);
        elsewhere.append(el);
        await el.updateComplete;
        el.data = data;
        await el.updateComplete;
        const second = document.createElement('scri-partners');
        second.data = data;
        elsewhere.append(second);
        await second.updateComplete;
        elsewhere.remove();
      });
      expect(warnings).to.deep.equal(warned('$.colour: expected no such property, found "red"'));
      expect(later).to.deep.equal([]);
    });
  });

  describe('with the debug attribute', () => {
    it('lists every problem in part="problems", next to the data that could be shown', async () => {
      const data = valid();
      data.groups[0].partners.push({id: 'num', name: 42, description: 'A number.'} as never);
      Object.assign(data, {colour: 'red'});
      const {el} = await render(data, {debug: true});
      expect(names(el)).to.have.length(2);
      expect(el.shadowRoot!.querySelector('[part="problems"]')!.textContent).to.contain(
        '2 problems in the partners data'
      );
      expect(problemsShown(el)).to.deep.equal([
        '$.colour: expected no such property, found "red"',
        '$.groups[0].partners[1].name: expected a non-empty string, found number 42',
      ]);
    });

    it('lists the problems under the error message when nothing can be shown', async () => {
      const {el} = await render({title: 'Partners', intro: [], groups: []}, {debug: true});
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.exist;
      expect(problemsShown(el)).to.deep.equal([
        '$.groups: expected at least one valid group, found an array',
      ]);
    });

    it('lists nothing without the attribute', async () => {
      const {el} = await render({...valid(), colour: 'red'});
      expect(el.shadowRoot!.querySelector('[part="problems"]')).to.be.null;
    });

    it('lists nothing when the data has no problem', async () => {
      const {el, warnings} = await render(valid(), {debug: true});
      expect(warnings).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[part="problems"]')).to.be.null;
    });
  });
});
