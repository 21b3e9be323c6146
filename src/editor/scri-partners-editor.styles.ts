import {css} from 'lit';

// The editor's page layout, in its shadow root so that a CMS admin screen's styles neither break it nor are
// broken by it. The wide layout follows the element's own width (a container query), not the window's, so it
// also works in a narrow admin column.
export const styles = css`
  :host {
    display: block;
    box-sizing: border-box;
    container: editor / inline-size;
    font-family: 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
    line-height: 1.5;
    color: #1f1f1f;
    background: #f6f7f9;
    padding: 1em;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  h2 {
    font-size: 1.375em;
    margin: 0 0 0.75em;
  }
  h3 {
    font-size: 1.125em;
    margin: 1.5em 0 0.5em;
  }
  h4 {
    font-size: 1em;
    margin: 1em 0 0.5em;
  }
  section {
    background: #fff;
    border: 1px solid #dcdfe4;
    border-radius: 0.5em;
    padding: 1em;
    margin-bottom: 1em;
  }
  .open p {
    margin: 0 0 0.5em;
  }
  .open .hint {
    margin: 0.5em 0 0;
  }
  .open-actions,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .workspace {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1em;
    align-items: start;
  }
  /* Wide enough for a usable form and a two-column preview next to each other. */
  @container editor (min-width: 68.75em) {
    .workspace {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    .side {
      position: sticky;
      top: 0;
      max-height: 100vh;
      overflow: auto;
    }
  }
  .edit,
  .side > section {
    margin-bottom: 0;
  }
  .side {
    display: grid;
    gap: 1em;
  }
  fieldset {
    border: 1px solid #c4c9d1;
    border-radius: 0.375em;
    margin: 0 0 1em;
    padding: 0.5em 1em 1em;
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding: 0 0.25em;
  }
  fieldset.group {
    border-color: #5a3ec8;
    border-width: 2px;
  }
  fieldset.partner {
    background: #f9f9fb;
  }
  .view-switch {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    padding: 0.25em 1em 0.5em;
  }
  .choice {
    display: inline-flex;
    gap: 0.375em;
    align-items: center;
  }
  .groups,
  .partners {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .field {
    margin-bottom: 0.75em;
  }
  .field > label,
  .text-view > label,
  .export > label {
    display: block;
    font-weight: 600;
  }
  .optional {
    font-weight: 400;
    color: #4d4d4d;
  }
  .hint {
    margin: 0 0 0.25em;
    font-size: 0.875em;
    color: #4d4d4d;
  }
  input:not([type='radio'], [type='file']),
  textarea,
  select {
    font: inherit;
    width: 100%;
    padding: 0.375em 0.5em;
    border: 1px solid #767676;
    border-radius: 0.25em;
    background: #fff;
    color: inherit;
  }
  select {
    width: auto;
    max-width: 100%;
  }
  textarea {
    resize: vertical;
  }
  #text,
  #export-text {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.875em;
  }
  [aria-invalid='true'] {
    border-color: #b00020;
    border-width: 2px;
  }
  .error {
    color: #b00020;
    margin: 0.25em 0 0;
    font-size: 0.875em;
  }
  button,
  .file {
    font: inherit;
    padding: 0.375em 0.75em;
    border: 1px solid #5a3ec8;
    border-radius: 0.25em;
    background: #fff;
    color: #3d2a8a;
    cursor: pointer;
  }
  .file {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    cursor: default;
  }
  .file input {
    font: inherit;
    max-width: 100%;
  }
  button:hover {
    background: #efebfb;
  }
  button:disabled {
    border-color: #a0a0a0;
    color: #6b6b6b;
    background: #f3f3f3;
    cursor: default;
  }
  button.add {
    background: #5a3ec8;
    color: #fff;
  }
  button.add:hover {
    background: #4a31a8;
  }
  button.emove {
    border-color: #b00020;
    color: #b00020;
  }
  button.emove:hover {
    background: #fdecee;
  }
  :focus-visible {
    outline: 3px solid #1a73e8;
    outline-offset: 2px;
  }
  .actions {
    margin-top: 0.5em;
  }
  fieldset.group > .actions {
    border-top: 1px solid #dcdfe4;
    padding-top: 0.75em;
    margin-top: 0.75em;
  }
  .status:empty {
    display: none;
  }
  .status {
    margin: 0 0 1em;
    padding: 0.5em 0.75em;
    border-left: 4px solid #1a73e8;
    background: #eef4fd;
  }
  .problems ul {
    margin: 0;
    padding-left: 1.25em;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .problems p {
    margin: 0 0 0.5em;
  }
  table.glossary {
    width: 100%;
    border-collapse: collapse;
    margin-bottom: 0.5em;
  }
  .glossary th {
    text-align: left;
    padding: 0.25em;
  }
  .glossary td {
    padding: 0.25em;
    vertical-align: top;
  }
  .glossary td:first-child {
    width: 30%;
  }
  .glossary td:last-child {
    width: 1%;
  }
  .glossary td:last-child button {
    min-width: 7em;
  }
  .html-options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1.5em;
  }
  .html-options > div {
    flex: 1 1 14em;
  }
  .html-options label {
    display: block;
    font-weight: 600;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
  code {
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    [aria-invalid='true'] {
      border-color: Mark;
    }
    button.add {
      border-color: ButtonText;
    }
  }
  /* On a phone, each glossary row stacks: acronym and expansion side by side, its Remove button under them. */
  @container editor (max-width: 36em) {
    table.glossary,
    .glossary tbody {
      display: block;
    }
    .glossary thead {
      display: none;
    }
    .glossary tr {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 2fr);
      padding-bottom: 0.5em;
      border-bottom: 1px solid #dcdfe4;
      margin-bottom: 0.5em;
    }
    .glossary td:first-child,
    .glossary td:last-child {
      width: auto;
    }
    .glossary td:last-child {
      grid-column: 1 / -1;
    }
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    padding: 0.5em 1em;
    margin-bottom: 1em;
    background: #fff;
    border: 1px solid #dcdfe4;
    border-radius: 0.5em;
  }
  .toolbar .actions {
    margin: 0;
  }
  .jump {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  a {
    color: #3d2a8a;
  }
  .problems a {
    color: inherit;
  }
  .draft {
    border-left: 4px solid #5a3ec8;
  }
  .draft p {
    margin: 0 0 0.5em;
  }
  details.group-details {
    margin-bottom: 1em;
  }
  details.group-details > summary {
    cursor: pointer;
    font-weight: 700;
    padding: 0.25em 0;
  }
  .count {
    font-weight: 400;
    color: #4d4d4d;
  }
  dialog {
    max-width: 32em;
    border: 2px solid #5a3ec8;
    border-radius: 0.5em;
    padding: 1em 1.25em;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  dialog p {
    margin: 0 0 0.75em;
  }
  @media (forced-colors: active) {
    .toolbar,
    dialog {
      border-color: CanvasText;
    }
  }
`;
