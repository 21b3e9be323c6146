import {html, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';

/**
 * Renders a heading at a level chosen at run time, 2–6 (anything deeper is an h6). One template per level,
 * since a tag name cannot be a binding in a Lit template.
 */
export function heading(level: number, part: string, content: unknown, id?: string): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 part=${part} class=${part} id=${ifDefined(id)}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${part} id=${ifDefined(id)}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${part} id=${ifDefined(id)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${part} id=${ifDefined(id)}>${content}</h5>`;
    default:
      return html`<h6 part=${part} class=${part} id=${ifDefined(id)}>${content}</h6>`;
  }
}
