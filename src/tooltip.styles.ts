import {css} from 'lit';

/** The acronym and its tooltip, shared by `<scri-partners>` and `<scri-acronym>`. */
export const tooltipStyles = css`
  .trigger {
    border-radius: 0.125em;
    text-decoration: none;
  }
  .trigger[aria-describedby] {
    border-bottom: 0.0625em dotted currentColor;
    cursor: help;
  }
  .trigger:focus {
    outline: none;
  }
  .trigger:focus-visible {
    outline: 0.1875em solid var(--scri-partners-focus-color, var(--sgds-primary, #5a3ec8));
    outline-offset: 0.125em;
  }
  .tooltip {
    /* Popover UA styles centre the element; the position is set from script instead. */
    position: fixed;
    /* Above the page's own layers where popover's top layer is missing (Bootstrap's and SGDS's tooltip layer). */
    z-index: 1080;
    inset: auto;
    margin: 0;
    box-sizing: border-box;
    max-width: min(20rem, calc(100vw - 1rem));
    padding: 0.375rem 0.625rem;
    border: 1px solid transparent;
    border-radius: 0.375rem;
    background: var(--scri-partners-tooltip-background, var(--sgds-gray-900, #1a1a1a));
    color: var(--scri-partners-tooltip-color, #fff);
    font: inherit;
    font-size: max(0.875em, 12px);
    line-height: 1.4;
    white-space: normal;
    box-shadow: 0 0.25rem 0.75rem rgb(0 0 0 / 0.2);
    overflow: visible;
  }
  .tooltip:not([data-open]) {
    display: none;
  }
  @media (forced-colors: active) {
    .tooltip {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .trigger:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    .tooltip {
      display: none !important;
    }
    /* On paper every acronym is followed by its expansion. */
    .trigger[aria-describedby] {
      border-bottom: 0;
    }
    .trigger[aria-describedby]::after {
      content: ' (' attr(data-expansion) ')';
    }
  }
`;
