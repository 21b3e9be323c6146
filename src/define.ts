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

let started = false;

function start() {
  if (started) return;
  started = true;
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
}

// Markup pre-rendered in the page (the static format's groups, in <scri-partners> or a CMS's container) is left
// as it is, laid out by scri-partners.css, until the browser reports the page's first contentful paint:
// defining the element earlier replaces the markup before its first frame, so that frame waits for the
// widget, and Chromium drops a paint whose text is gone before the frame reaches the screen (an animation
// frame is too early). A script that arrives after that paint, or in a hidden page (which paints nothing until
// shown), defines at once. The timer covers a page that never paints, such as an empty page around a hidden
// section, and browsers without paint timing.
if (
  !document.hidden &&
  !performance.getEntriesByName('first-contentful-paint')[0] &&
  document.querySelector(':is(scri-partners, [data-scri-partners]) > :is(section, [data-group])')
) {
  setTimeout(start, 1000);
  // An engine without paint timing, or that refuses the `type` option, leaves it to the timer.
  try {
    new PerformanceObserver(
      (list) => list.getEntriesByName('first-contentful-paint')[0] && setTimeout(start)
    ).observe({type: 'paint'});
  } catch {
    // the timer defines the elements
  }
} else {
  start();
}
