// Checked by `npm run typecheck` (tsc), never run: TypeScript users get PartnersData for `data`, so a wrong
// shape is a compile error. Each `@ts-expect-error` fails the type check if the line below it compiles.
import type {PartnersData, ScriPartners} from '../../src/index.js';

declare const partners: ScriPartners;

const valid: PartnersData = {
  title: 'Partners',
  intro: ['Who we work with.'],
  groups: [{id: 'g', title: 'Group', partners: [{id: 'p', name: 'Partner', description: 'What they do.'}]}],
};
partners.data = valid;
partners.data = undefined;

// @ts-expect-error: the title is a string
partners.data = {title: 42, intro: [], groups: []};

// @ts-expect-error: intro and groups are required
partners.data = {title: 'Partners'};

// @ts-expect-error: a partner needs a name and a description
partners.data = {title: 'Partners', intro: [], groups: [{id: 'g', title: 'G', partners: [{id: 'p'}]}]};

// @ts-expect-error: intro is a list of paragraphs
partners.data = {title: 'Partners', intro: 'One paragraph', groups: []};

// @ts-expect-error: not data at all
partners.data = 'partners.json';

document.createElement('scri-partners').data = valid;
