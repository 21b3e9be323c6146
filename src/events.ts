import type {Problem} from './data/validate.js';

/** Where the rendered data came from. */
export type DataSource = 'property' | 'src' | 'inline-json' | 'static-html' | 'built-in';

export interface AcronymShowDetail {
  acronym: string;
  expansion: string;
}

export interface PartnerLinkDetail {
  id: string;
  url: string;
}

export interface DataLoadDetail {
  source: DataSource;
}

export interface DataErrorDetail {
  source: DataSource;
  message: string;
}

/** What `<scri-partners-editor>` reports after each change: the data as typed, and what is wrong with it. */
export interface EditorChangeDetail {
  data: unknown;
  problems: Problem[];
}

/** Creates one of the widget's events: always bubbling and composed, so host pages hear it. */
export const scriEvent = <T>(type: string, detail: T) =>
  new CustomEvent<T>(type, {bubbles: true, composed: true, detail});

declare global {
  interface HTMLElementEventMap {
    'scri-acronym-show': CustomEvent<AcronymShowDetail>;
    'scri-partner-link': CustomEvent<PartnerLinkDetail>;
    'scri-data-load': CustomEvent<DataLoadDetail>;
    'scri-data-error': CustomEvent<DataErrorDetail>;
    'scri-editor-change': CustomEvent<EditorChangeDetail>;
  }
}
