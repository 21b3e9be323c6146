import {createContext} from '@lit/context';
import type {Glossary} from './data/glossary.js';

/** What `<scri-partners>` shares with the `<scri-acronym>` elements inside it. */
export interface AcronymContext {
  /** Acronym → expansion, for acronyms that carry no `expansion` attribute. */
  glossary: Glossary;
  /** Whether acronyms write their expansion inline instead of showing a tooltip. */
  expand: boolean;
}

// Passed by @lit/context's own ContextProvider and ContextConsumer, so that a host page's @lit/context code
// (its consumers, a ContextRoot, a closer provider of its own) follows the protocol with the widget as it does
// between any two Lit elements. Hand-written ends were smaller, and were wrong in ways only such pages saw.
export const acronymContext = createContext<AcronymContext>(Symbol.for('scri-partners.acronyms'));
