import {css} from 'lit';

export const partnersStyles = css`
  :host {
    /* Defaults fall back to the Singapore Government Design System's tokens where the host page defines them. */
    --_accent: var(--scri-partners-accent, var(--sgds-primary, #5a3ec8));
    --_text: var(--scri-partners-text, var(--sgds-body-color, #1f1f1f));
    --_muted: var(--scri-partners-muted, var(--sgds-secondary-color, #4d4d4d));
    --_surface: var(--scri-partners-surface, var(--sgds-body-bg, #ffffff));
    --_border: var(--scri-partners-border, var(--sgds-border-color, #c9ccd1));
    --_radius: var(--scri-partners-radius, var(--sgds-border-radius, 0.5em));
    --_gap: var(--scri-partners-gap, 1em);
    --_focus: var(--scri-partners-focus-color, var(--_accent));
    display: block;
    color: var(--_text);
    font: inherit;
    line-height: 1.5;
    text-align: start;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  * {
    box-sizing: border-box;
  }
  .base {
    container: scri-partners / inline-size;
    /* Set here, not only on :host, so that a host page's global resets and forced colours cannot make the
       text unreadable; a floor keeps it legible when a page shrinks the root font size. */
    color: var(--_text);
    background: var(--_surface);
    font-size: max(1em, 14px);
  }
  [aria-busy='true'] {
    min-height: 24em;
  }
  .title {
    margin: 0 0 0.5em;
    font-size: 1.75em;
    line-height: 1.25;
    font-weight: 700;
  }
  p {
    margin: 0 0 0.75em;
  }
  .intro,
  .closing,
  .group-description {
    max-width: 48em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75em 1em;
    margin: 1em 0 0.5em;
  }
  .search {
    /* The whole row, with the toggle below it at every width, so that the toolbar's height does not depend
       on the width of its words and scri-partners.css can reserve it before the script runs. */
    flex: 1 1 100%;
    display: grid;
    gap: 0.25em;
  }
  .search label {
    font-weight: 600;
  }
  .search input {
    font: inherit;
    color: inherit;
    width: 100%;
    min-height: 2.75em;
    padding: 0.5em 0.75em;
    border: 1px solid #6b6f76;
    border-radius: 0.375em;
    background: var(--_surface);
  }
  .count {
    min-height: 1.5em;
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .toggle,
  .error button {
    font: inherit;
    font-weight: 600;
    min-height: 2.75em;
    padding: 0.5em 1em;
    border: 1px solid var(--_accent);
    border-radius: 0.375em;
    color: var(--_accent);
    background: var(--_surface);
    cursor: pointer;
  }
  .toggle[aria-pressed='true'] {
    color: #fff;
    background: var(--_accent);
  }
  .group {
    margin-block: 1.5em;
  }
  /* Long groups off screen skip style, layout and paint until they come near the viewport, like their cards
     below: a search keystroke over 1,000 partners then lays out only the groups in view. The clip margin keeps
     the focus ring of an acronym at a group's edge whole where browsers support it. */
  .group:has(> .cards > :nth-child(25)) {
    content-visibility: auto;
    contain-intrinsic-size: auto 30em;
    overflow-clip-margin: 0.5em;
  }
  .group-title {
    margin: 0 0 0.25em;
    font-size: 1.25em;
    line-height: 1.3;
    font-weight: 700;
  }
  .group-description {
    color: var(--_muted);
  }
  .cards {
    list-style: none;
    margin: 0.75em 0 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
    grid-template-columns: minmax(0, 1fr);
  }
  @container scri-partners (min-width: 36em) {
    .cards {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container scri-partners (min-width: 56em) {
    .cards {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  :host([layout='list']) .cards {
    grid-template-columns: minmax(0, 1fr);
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  /* In long lists, cards off screen skip layout and paint until they come near the viewport: with 1,000
     partners that is most of a first render and of each search keystroke. Short lists are left alone, since
     a card's size is only a guess until it has rendered, and a wrong guess would shift the page. */
  .cards:has(> :nth-child(25)) > .card {
    content-visibility: auto;
    contain-intrinsic-size: auto 14em;
  }
  .card[data-highlighted] {
    border: 3px solid var(--_accent);
  }
  /* The linked card or group looks like the highlighted card, drawn with an outline so that nothing moves. */
  [part~='card-target'],
  [part~='group-target'] {
    border-color: var(--_accent);
    outline: 2px solid var(--_accent);
  }
  /* A link lands with some of what is above in view (its group's heading, for a card), not flush to the edge. */
  .card,
  .group {
    scroll-margin-top: 3em;
  }
  [part~='group-target'] {
    outline-offset: 0.5em;
  }
  .card {
    position: relative;
  }
  /* In the card's top corner, over its padding, so that the card keeps the static format's size. */
  .copy {
    position: absolute;
    inset-block-start: 0.5em;
    inset-inline-end: 0.5em;
    min-width: max(1.75em, 24px);
    min-height: max(1.75em, 24px);
    padding: 0;
    border: 0;
    font: inherit;
    font-weight: 700;
    color: var(--_accent);
    background: var(--_surface);
    cursor: pointer;
  }
  /* Beside the button, over the card's padding too; the status announces it. */
  .copied-note {
    position: absolute;
    inset-block-start: 0.5em;
    inset-inline-end: 2.5em;
    line-height: max(1.75em, 24px);
    font-size: 0.875em;
    color: var(--_muted);
  }
  .copied input {
    font: inherit;
    width: 100%;
  }
  .tile {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .logo {
    width: 3em;
    height: 3em;
    object-fit: contain;
  }
  .acronym {
    display: inline-block;
    padding: 0.125em 0.5em;
    border-radius: 0.25em;
    background: var(--_accent);
    color: #fff;
    font-weight: 700;
    font-size: 0.875em;
  }
  .card-name {
    margin: 0;
    font-size: 1.0625em;
    line-height: 1.35;
    font-weight: 700;
  }
  .description {
    margin: 0;
    flex: 1;
  }
  .link {
    align-self: flex-start;
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    color: var(--_accent);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    min-height: 1.5em;
  }
  .icon {
    flex: none;
    text-decoration: none;
  }
  :focus-visible {
    outline: 0.1875em solid var(--_focus);
    outline-offset: 0.125em;
  }
  .error {
    padding: 1em;
    border: 1px solid #b42318;
    border-left-width: 0.375em;
    border-radius: var(--_radius);
    background: #fef3f2;
    color: #7a271a;
  }
  .error p {
    margin: 0 0 0.5em;
  }
  .problems {
    margin-top: 1em;
    padding: 1em;
    border: 1px dashed;
    font-size: 0.875em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    .card,
    .acronym,
    .toggle {
      border: 1px solid CanvasText;
    }
    .toggle[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
    :focus-visible,
    [part~='card-target'],
    [part~='group-target'] {
      outline-color: Highlight;
    }
  }
  @media print {
    .toolbar,
    .copy {
      display: none;
    }
    .card {
      break-inside: avoid;
    }
  }
`;
