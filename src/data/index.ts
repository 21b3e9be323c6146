export type {Partner, PartnerGroup, PartnersData} from './types.js';
export {scriPartnersData, scriPartners} from './scri-data.js';
export {validateData, formatProblem, type Problem, type ValidationResult} from './validate.js';
export {renderStaticHtml, clampHeadingLevel, targetId, type StaticHtmlOptions} from './static-html.js';
export {glossaryFor, segmentText} from './glossary.js';
export {parseHide, hideableParts, type HideablePart} from './hide.js';
export {safeLinkUrl, safeImageUrl} from './url.js';
