import './helpers.js';
import {expect} from '@open-wc/testing';
import {readStaticHtml} from '../src/data/read-static-html.js';
import {scriPartnersData} from '../src/data/scri-data.js';
import {renderStaticHtml, type StaticHtmlOptions} from '../src/data/static-html.js';
import type {PartnersData} from '../src/data/types.js';
import {validateData} from '../src/data/validate.js';
import {texts, wait} from './helpers.js';

/** Parses markup the way a page without JavaScript would, into an inert, detached element. */
const parse = (markup: string): Element => {
  const template = document.createElement('template');
  template.innerHTML = markup;
  expect(template.content.children.length, 'one root element').to.equal(1);
  return template.content.firstElementChild!;
};

/**
 * Puts markup on the live page, as a CMS would, for the length of `use`. Plain DOM rather than
 * `fixture()`, which waits for an animation frame that a background tab may never get.
 */
const onPage = async (markup: string, use: (host: HTMLElement) => unknown) => {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  try {
    await use(host);
  } finally {
    host.remove();
  }
};

/** data → static HTML → DOM → readStaticHtml → validateData. */
const roundTrip = (data: PartnersData, options?: StaticHtmlOptions) => {
  const {data: read, problems} = validateData(readStaticHtml(parse(renderStaticHtml(data, options))));
  expect(problems, 'problems reading the markup back').to.deep.equal([]);
  return read;
};

/** A small dataset that exercises every optional field. */
const custom: PartnersData = {
  title: 'Research partners',
  intro: ['We run IIT with partners across the region.', 'Each partner is listed once.'],
  groups: [
    {
      id: 'hospitals',
      title: 'Hospitals',
      description: 'Where the IIT happen.',
      partners: [
        {
          id: 'general',
          name: 'General Hospital',
          acronym: 'GH',
          description: 'GH hosts our trials.',
          url: 'https://gh.example/',
          logo: '/logos/gh.svg',
        },
        {
          id: 'clinic_2',
          name: 'Community Clinic',
          description: 'A clinic with no acronym and no website.',
        },
      ],
    },
    {
      id: 'contacts',
      title: 'Contacts',
      partners: [
        {
          id: 'office',
          name: 'Trials Office',
          acronym: 'TO',
          description: 'Write to TO about joining.',
          url: 'mailto:trials@example.org?subject=Partners',
        },
        {
          id: 'registry',
          name: 'Trial Registry',
          description: 'Lists the trials that GH and TO run.',
          url: '../registry/index.html?from=partners&lang=en',
          logo: 'https://cdn.example/registry.png',
        },
      ],
    },
  ],
  closing: ['Ask us about partnering.'],
  glossary: {
    IIT: 'Investigator-Initiated Trials',
    WHO: 'World Health Organization',
  },
};

describe('the static HTML format', () => {
  describe('round trip: data → renderStaticHtml → readStaticHtml → validateData', () => {
    it('gives back the built-in SCRI data', () => {
      expect(roundTrip(scriPartnersData)).to.deep.equal(scriPartnersData);
    });

    it('gives back a dataset with a logo, relative and mailto URLs and a glossary entry no text uses', () => {
      expect(validateData(custom)).to.deep.equal({data: custom, problems: []});
      expect(roundTrip(custom)).to.deep.equal(custom);
    });

    it('gives back a dataset whose partners have acronyms but that has no glossary', () => {
      const noGlossary: PartnersData = {...custom};
      delete noGlossary.glossary;
      expect(roundTrip(noGlossary)).to.deep.equal(noGlossary);
    });

    it('gives back a dataset with no acronyms, URLs, descriptions, closing or glossary', () => {
      const plain: PartnersData = {
        title: 'Partners',
        intro: [],
        groups: [{id: 'g', title: 'Group', partners: [{id: 'p', name: 'Partner', description: 'Text.'}]}],
      };
      expect(roundTrip(plain)).to.deep.equal(plain);
    });

    it('gives back glossary acronyms that are also names of JavaScript object properties', () => {
      const glossary = JSON.parse(
        '{"__proto__": "Prototype", "constructor": "Constructor", "toString": "Text"}'
      );
      const data: PartnersData = {...custom, intro: ['Uses __proto__, constructor and toString.'], glossary};
      expect(Object.entries(roundTrip(data)!.glossary!)).to.deep.equal(Object.entries(glossary));
    });

    it('gives back a name that ends in "()" when the partner has no acronym, and when it has one', () => {
      const partners = [
        {id: 'p', name: 'Trials ()', description: 'Text.'},
        {id: 'q', name: 'Registry ( )', acronym: 'TR', description: 'Text.'},
      ];
      const data: PartnersData = {title: 'Partners', intro: [], groups: [{id: 'g', title: 'G', partners}]};
      expect(roundTrip(data)).to.deep.equal(data);
    });

    it("gives back a partner's acronym as its own, not as a glossary entry, when its name has line breaks", () => {
      const partner = {
        id: 'p',
        name: 'Health\nSciences  Authority',
        acronym: 'HSA',
        description: 'HSA approves.',
      };
      const data: PartnersData = {
        title: 'Partners',
        intro: [],
        groups: [{id: 'g', title: 'G', partners: [partner]}],
      };
      const read = roundTrip(data)!;
      expect(read.glossary).to.equal(undefined);
      expect(read.groups[0].partners[0].name).to.equal('Health Sciences Authority');
    });

    for (const wrapper of ['element', 'div'] as const) {
      for (const headingLevel of [2, 3, 4, 5, 6]) {
        it(`gives back both datasets with wrapper "${wrapper}" and heading level ${headingLevel}`, () => {
          expect(roundTrip(scriPartnersData, {wrapper, headingLevel})).to.deep.equal(scriPartnersData);
          expect(roundTrip(custom, {wrapper, headingLevel})).to.deep.equal(custom);
        });
      }
    }
  });

  describe('with hide', () => {
    const withoutIntroAndClosing = (data: PartnersData): PartnersData => {
      const rest: PartnersData = {...data, intro: []};
      delete rest.closing;
      return rest;
    };

    for (const wrapper of ['element', 'div'] as const) {
      it(`gives back the same data with the title hidden, from data-title (wrapper "${wrapper}")`, () => {
        expect(roundTrip(scriPartnersData, {wrapper, hide: 'title'})).to.deep.equal(scriPartnersData);
        expect(roundTrip(custom, {wrapper, hide: ['title'], headingLevel: 4})).to.deep.equal(custom);
      });

      it(`gives back the data less the intro and closing it leaves out (wrapper "${wrapper}")`, () => {
        for (const data of [scriPartnersData, custom]) {
          expect(roundTrip(data, {wrapper, hide: 'title intro closing'})).to.deep.equal(
            withoutIntroAndClosing(data)
          );
        }
      });
    }

    it('leaves the hidden parts out of the markup and moves the headings up a level', () => {
      const root = parse(renderStaticHtml(custom, {hide: 'intro title'}));
      expect(root.getAttribute('hide')).to.equal('title intro');
      expect(root.getAttribute('data-title')).to.equal('Research partners');
      expect(root.textContent).not.to.contain('Research partners');
      expect(root.textContent).not.to.contain('Each partner is listed once.');
      expect(texts(root, ':scope > p')).to.deep.equal(custom.closing);
      expect(texts(root, ':scope > h2, :scope > h3')).to.deep.equal([]);
      expect(texts(root, 'section > h2')).to.deep.equal(['Hospitals', 'Contacts']);
      expect(texts(root, 'li > h3')).to.have.length(4);
      expect(root.querySelectorAll('h1, h4, h5, h6')).to.have.length(0);
    });

    it('writes data-hide and data-title on the div wrapper, and ignores words it does not know', () => {
      const markup = renderStaticHtml(custom, {wrapper: 'div', headingLevel: 3, hide: 'closing,nope title'});
      expect(markup).to.match(
        /^<div data-scri-partners data-heading-level="3" data-hide="title closing" data-title="Research partners">\n {2}<p>/
      );
    });

    it('escapes the hidden title in data-title', () => {
      const title = 'A "quoted" <b>title</b> & more';
      const markup = renderStaticHtml({...custom, title}, {hide: 'title'});
      expect(markup).not.to.contain('<b>');
      expect(parse(markup).getAttribute('data-title')).to.equal(title);
    });
  });

  describe('reads right without JavaScript', () => {
    it('is headings, paragraphs and lists in reading order', () => {
      const root = parse(renderStaticHtml(scriPartnersData));
      expect(root.localName).to.equal('scri-partners');
      expect(texts(root, ':scope > h2')).to.deep.equal([scriPartnersData.title]);
      const paragraphs = texts(root, ':scope > p');
      expect(paragraphs).to.deep.equal([...scriPartnersData.intro, ...scriPartnersData.closing!]);
      expect(texts(root, 'section > h3')).to.deep.equal(scriPartnersData.groups.map((group) => group.title));
      expect(texts(root, 'section > ul > li > h4')).to.deep.equal(
        scriPartnersData.groups.flatMap((group) =>
          group.partners.map((partner) => `${partner.name} (${partner.acronym})`)
        )
      );
      expect(root.querySelectorAll('h1, h5, h6')).to.have.length(0);
    });

    it('expands acronyms in the text with <abbr title>', () => {
      const root = parse(renderStaticHtml(scriPartnersData));
      const titles = new Map(
        [...root.querySelectorAll('p abbr[title]')].map((abbr) => [
          abbr.textContent,
          abbr.getAttribute('title'),
        ])
      );
      expect(titles.get('SCRI')).to.equal('Singapore Clinical Research Institute');
      expect(titles.get('IIT')).to.equal('Investigator-Initiated Trials');
      expect(titles.get('HSA')).to.equal('Health Sciences Authority');
      expect(titles.get('BMS IPO')).to.equal('Biomedical Sciences Industry Partnership Office');
      // The partner's heading spells its name out, so its acronym there needs no title.
      expect(root.querySelectorAll('h4 abbr[title]')).to.have.length(0);
    });

    it('links every partner that has a URL, and only those', () => {
      const root = parse(renderStaticHtml(custom));
      const links = [...root.querySelectorAll('a')].map((link) => [
        link.closest('li')!.getAttribute('data-partner'),
        link.getAttribute('href'),
        link.textContent,
        link.getAttribute('rel'),
      ]);
      expect(links).to.deep.equal([
        ['general', 'https://gh.example/', 'General Hospital website', 'noopener noreferrer'],
        [
          'office',
          'mailto:trials@example.org?subject=Partners',
          'Trials Office website',
          'noopener noreferrer',
        ],
        [
          'registry',
          '../registry/index.html?from=partners&lang=en',
          'Trial Registry website',
          'noopener noreferrer',
        ],
      ]);
      const logos = [...root.querySelectorAll('img')].map((img) => [img.getAttribute('src'), img.alt]);
      expect(logos).to.deep.equal([
        ['/logos/gh.svg', ''],
        ['https://cdn.example/registry.png', ''],
      ]);
    });

    it('shows the text on a page and keeps the glossary list out of sight', async () => {
      await onPage(renderStaticHtml(custom, {wrapper: 'div'}), (host) => {
        const shown = host.innerText;
        expect(shown).to.contain('Research partners');
        expect(shown).to.contain('General Hospital (GH)');
        expect(shown).to.contain('Community Clinic');
        expect(shown).to.contain('Write to TO about joining.');
        expect(shown).to.contain('Ask us about partnering.');
        expect(shown).not.to.contain('World Health Organization');
        expect(host.querySelector('dl[data-glossary]')!.hasAttribute('hidden')).to.be.true;
      });
    });
  });

  describe('escaping', () => {
    const hostile: PartnersData = {
      title: 'Partners <script>alert(1)</script>',
      intro: ['Say <b>hi</b> & "bye" to O\'Brien.'],
      groups: [
        {
          id: 'g',
          title: '<img src=x onerror=alert(1)>',
          description: '</section><script>alert(1)</script>',
          partners: [
            {
              id: 'evil',
              name: '<img src=x onerror=alert(1)>',
              acronym: '<i>X</i>',
              description: 'Uses <X> and <img src=x onerror=alert(1)> here.',
              url: '"><script>alert(1)</script>',
              logo: 'x" onerror="alert(1)',
            },
          ],
        },
      ],
      glossary: {'<X>': '"><script>alert(1)</script>'},
    };

    it('writes every hostile string as text, never as markup', () => {
      const markup = renderStaticHtml(hostile);
      expect(markup).not.to.contain('<script');
      expect(markup).not.to.contain('<img src=x');
      expect(markup).not.to.contain('<i>');
      expect(markup).not.to.contain('"><');
      expect(markup).to.contain('&#60;img src=x onerror=alert(1)&#62;');
    });

    it('parses to no element that the data did not ask for', () => {
      const root = parse(renderStaticHtml(hostile));
      expect(root.querySelectorAll('script, i, b')).to.have.length(0);
      expect(root.querySelectorAll('img')).to.have.length(1);
      const logo = root.querySelector('img')!;
      expect(logo.getAttribute('src')).to.equal('x" onerror="alert(1)');
      expect(logo.hasAttribute('onerror')).to.be.false;
      expect(root.querySelector('a')!.getAttribute('href')).to.equal('"><script>alert(1)</script>');
      expect(texts(root, 'h4')).to.deep.equal(['<img src=x onerror=alert(1)> (<i>X</i>)']);
      expect(root.querySelector('li p abbr[title]')!.getAttribute('title')).to.equal(
        '"><script>alert(1)</script>'
      );
      expect(roundTrip(hostile)).to.deep.equal(hostile);
    });

    it('runs nothing when put on a live page', async () => {
      const calls: unknown[] = [];
      const alert = window.alert;
      window.alert = (message?: unknown) => calls.push(message);
      try {
        await onPage(renderStaticHtml(hostile), () => wait(100));
      } finally {
        window.alert = alert;
      }
      expect(calls).to.deep.equal([]);
    });
  });
});
