// Defines the elements and upgrades markup left by CMSes: the script-tag bundle's whole entry, so that it
// carries none of the data helpers that only npm users and the command line need.
import {ScriAcronym} from './scri-acronym.js';
import {ScriPartners} from './scri-partners.js';
import {upgradeStaticMarkup} from './upgrade.js';
import {version} from './version.js';

export {version};

// Which version defined the elements, kept where a second copy of the script can read it.
const definedBy = Symbol.for('scri-partners.version');
const registry = globalThis as {[definedBy]?: string};

// Loading the script twice (a CMS template and a page both including it) must never throw.
if (!customElements.get('scri-partners')) {
  registry[definedBy] = version;
  // The widget first: acronyms already in the page ask for their glossary as they upgrade, and only a
  // widget that is already upgraded can answer (a context request that nobody hears is never repeated).
  customElements.define('scri-partners', ScriPartners);
  if (!customElements.get('scri-acronym')) customElements.define('scri-acronym', ScriAcronym);
} else if (registry[definedBy] !== version) {
  console.warn(
    `scri-partners: version ${registry[definedBy]} is already loaded, so this copy (${version}) is not used. ` +
      'Load the script once per page.'
  );
}
upgradeStaticMarkup(document);
