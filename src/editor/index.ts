// The editor's own script (dist/editor.js): the editor and the widget it previews, defined once each, so that
// a page can load it beside scri-partners.min.js or alone.
import {ScriAcronym} from '../scri-acronym.js';
import {ScriPartners} from '../scri-partners.js';
import {ScriPartnersEditor} from './scri-partners-editor.js';

export {ScriPartnersEditor};
export type {EditorChangeDetail} from '../events.js';

if (!customElements.get('scri-partners')) customElements.define('scri-partners', ScriPartners);
if (!customElements.get('scri-acronym')) customElements.define('scri-acronym', ScriAcronym);
if (!customElements.get('scri-partners-editor'))
  customElements.define('scri-partners-editor', ScriPartnersEditor);
