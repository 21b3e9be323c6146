export {ScriAcronym} from './scri-acronym.js';
export {ScriPartners} from './scri-partners.js';
export {acronymContext, type AcronymContext} from './context.js';
export type {PartnersStrings, StringName} from './strings.js';
export type {
  AcronymShowDetail,
  DataErrorDetail,
  DataLoadDetail,
  DataSource,
  PartnerLinkDetail,
} from './events.js';
export type {Partner, PartnerGroup, PartnersData} from './data/types.js';
export {scriPartnersData, scriPartners} from './data/scri-data.js';
export {validateData, formatProblem, type Problem, type ValidationResult} from './data/validate.js';
export {renderStaticHtml, type StaticHtmlOptions} from './data/static-html.js';
export {readStaticHtml} from './data/read-static-html.js';
export {version} from './version.js';
export {upgradeStaticMarkup} from './upgrade.js';

import './define.js';
