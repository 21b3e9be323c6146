import {createContext} from '@lit/context';
import type {Glossary} from './data/glossary.js';

/** What `<scri-partners>` shares with the `<scri-acronym>` elements inside it. */
export interface AcronymContext {
  /** Acronym → expansion, for acronyms that carry no `expansion` attribute. */
  glossary: Glossary;
  /** Whether acronyms write their expansion inline instead of showing a tooltip. */
  expand: boolean;
}

export const acronymContext = createContext<AcronymContext>(Symbol.for('scri-partners.acronyms'));
