import {ScriAcronym} from './scri-acronym.js';
import {ScriPartners} from './scri-partners.js';
import {upgradeStaticMarkup} from './upgrade.js';
import {version} from './version.js';

export {ScriAcronym} from './scri-acronym.js';
export {ScriPartners} from './scri-partners.js';
export {acronymContext, type AcronymContext} from './context.js';
export type {
  AcronymShowDetail,
  DataErrorDetail,
  DataLoadDetail,
  DataSource,
  PartnerLinkDetail,
} from './events.js';
export type {Partner, PartnerGroup, PartnersData} from './data/types.js';
export {scriPartners} from './data/scri-data.js';
export {validateData, formatProblem, type Problem, type ValidationResult} from './data/validate.js';
export {renderStaticHtml, type StaticHtmlOptions} from './data/static-html.js';
export {readStaticHtml} from './data/read-static-html.js';
export {version} from './version.js';
export {upgradeStaticMarkup} from './upgrade.js';

// Which version defined the elements, kept where a second copy of the script can read it.
const definedBy = Symbol.for('scri-partners.version');
const registry = globalThis as {[definedBy]?: string};

// Loading the script twice (a CMS template and a page both including it) must never throw.
if (!customElements.get('scri-partners')) {
  registry[definedBy] = version;
  if (!customElements.get('scri-acronym')) customElements.define('scri-acronym', ScriAcronym);
  customElements.define('scri-partners', ScriPartners);
} else if (registry[definedBy] !== version) {
  console.warn(
    `scri-partners: version ${registry[definedBy] ?? 'unknown'} is already loaded on this page, so this copy ` +
      `(version ${version}) is not used. Load the script once per page.`
  );
}
upgradeStaticMarkup(document);
