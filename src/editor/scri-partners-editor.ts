import {LitElement, html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import type {Document} from 'yaml';
import {guard} from 'lit/directives/guard.js';
import {live} from 'lit/directives/live.js';
import {repeat} from 'lit/directives/repeat.js';
import {scriPartnersData} from '../data/scri-data.js';
import {renderStaticHtml} from '../data/static-html.js';
import {validateData, type Problem} from '../data/validate.js';
import {scriEvent} from '../events.js';
import {clearDraft, readDraft, saveDraft, type Draft} from './draft.js';
import {
  fieldText,
  fitsForm,
  freeId,
  keyOf,
  moved,
  slug,
  withGroup,
  withPartner,
  withValue,
  type EditableData,
  type EditableGroup,
  type EditablePartner,
} from './editable.js';
import {EditHistory} from './history.js';
import {describeProblem} from './messages.js';
import {styles} from './scri-partners-editor.styles.js';
import {largestText, readText, serialise, tooLarge, type TextFormat} from './text.js';

type ExportFormat = TextFormat | 'html';

/** The exports: what each is for, its file name and its media type. */
const exportsByFormat = {
  yaml: {label: "YAML for Jekyll's _data/scri_partners.yml", file: 'scri_partners.yml', type: 'text/yaml'},
  json: {
    label: 'JSON for the data property or a src URL',
    file: 'scri-partners.json',
    type: 'application/json',
  },
  html: {label: 'HTML for a Jekyll include or a CMS', file: 'scri-partners.html', type: 'text/html'},
} as const;

/** A glossary row as the table shows it: it may be blank or repeat an acronym while being typed. */
interface GlossaryRow {
  acronym: string;
  expansion: string;
}

interface HtmlOptions {
  headingLevel: number;
  wrapper: 'element' | 'div';
  script: string;
}

interface Confirmation {
  message: string;
  confirm: string;
}

/** How long typing may pause before the preview, the problems and the draft catch up. */
const settleDelay = 200;

const builtInSource = "SCRI's built-in partners";

const emptyData = (): EditableData => ({
  title: 'Our partners',
  intro: [],
  groups: [{id: 'group-1', title: '', partners: [{id: 'partner-1', name: '', description: ''}]}],
});

const paragraphsOf = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);

const textOfParagraphs = (value: unknown) =>
  Array.isArray(value) ? value.map(fieldText).join('\n\n') : fieldText(value);

const rowsOf = (glossary: unknown): GlossaryRow[] =>
  typeof glossary === 'object' && glossary !== null
    ? Object.entries(glossary).map(([acronym, expansion]) => ({acronym, expansion: fieldText(expansion)}))
    : [];

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const groupName = (group: EditableGroup, index: number) =>
  trimmed(group.title) || trimmed(group.id) || `${index + 1} (untitled)`;
const partnerName = (partner: EditablePartner, index: number) =>
  trimmed(partner.name) || trimmed(partner.id) || `${index + 1} (unnamed)`;

/** Where a problem's path points: a group, a partner and a field, by index. */
const pathPattern = /^\$\.groups\[(\d+)\](?:\.partners\[(\d+)\])?(?:\.(\w+))?/;

/**
 * An editor for `<scri-partners>` data, for the people who keep a partner list current: a form or YAML/JSON
 * text, a live preview, the problems, and exports as YAML, JSON or the static HTML include. Work is kept as a
 * draft in the browser, replacing or removing data asks first, and Undo and Redo take back any change.
 *
 * @summary Edits partners data with a live preview, and exports it as YAML, JSON or HTML.
 *
 * @fires scri-editor-change - When the visitor changed the data (after typing pauses); `detail` has the data as
 * typed and its `problems`.
 */
export class ScriPartnersEditor extends LitElement {
  static override styles = styles;

  static override get properties() {
    return {
      draftKey: {attribute: 'draft-key'},
      value: {state: true, attribute: false},
      view: {state: true, attribute: false},
      textFormat: {state: true, attribute: false},
      text: {state: true, attribute: false},
      textError: {state: true, attribute: false},
      problems: {state: true, attribute: false},
      preview: {state: true, attribute: false},
      exportFormat: {state: true, attribute: false},
      htmlOptions: {state: true, attribute: false},
      status: {state: true, attribute: false},
      source: {state: true, attribute: false},
      glossaryRows: {state: true, attribute: false},
      paragraphs: {state: true, attribute: false},
      draftOffer: {state: true, attribute: false},
      confirmation: {state: true, attribute: false},
    };
  }

  /** The browser storage key the unsaved draft is kept under; give each list its own when a page edits several. */
  draftKey = 'scri-partners-editor-draft';

  private value: EditableData = structuredClone(scriPartnersData) as unknown as EditableData;
  private view: 'form' | 'text' = 'form';
  private textFormat: TextFormat = 'yaml';
  private text = '';
  /** Why the text view's text cannot be read, or ''. */
  private textError = '';
  private problems: Problem[] = [];
  private preview: unknown;
  private exportFormat: ExportFormat = 'yaml';
  private htmlOptions: HtmlOptions = {
    headingLevel: 2,
    wrapper: 'element',
    script: '/assets/js/scri-partners.min.js',
  };
  private status = '';
  private source = builtInSource;
  private glossaryRows: GlossaryRow[] = [];
  private paragraphs = {intro: '', closing: ''};
  private draftOffer: Draft | undefined;
  private confirmation: Confirmation | undefined;

  #history = new EditHistory<EditableData>();
  /** The YAML the data was opened or typed as, whose comments and layout its YAML keeps. */
  #document: Document | undefined;
  /** Problems of the field just typed in, shown at once, before the whole list is checked again. */
  #live = new Map<string, Problem | undefined>();
  #settleTimer: ReturnType<typeof setTimeout> | undefined;
  /** Changes not yet exported (downloaded or copied): leaving then asks first. */
  #dirty = false;
  /** The partner whose id was edited last, so that a repeated id is reported there (by key). */
  #idEdited: number | undefined;
  /** New partners whose id still follows their name (by key). */
  #idFollowsName = new Set<number>();
  #connection: AbortController | undefined;
  #answer: ((yes: boolean) => void) | undefined;
  #downloadUrl = '';
  /** The export's text, written again when typing pauses or the export's options change, not at each keystroke. */
  #exportCache: string | undefined;

  /**
   * The data being edited, exactly as typed (it may be invalid). Setting it starts over from that data, with no
   * undo history; data without a list of groups is ignored.
   */
  get data(): unknown {
    return this.value;
  }

  set data(data: unknown) {
    if (!fitsForm(data)) return;
    this.#history = new EditHistory();
    this.#dirty = false;
    this.#load(structuredClone(data), 'the data given to the editor');
  }

  override connectedCallback() {
    super.connectedCallback();
    this.#connection = new AbortController();
    const {signal} = this.#connection;
    // Browsers show their own question; the text given here is ignored by most but required by some.
    window.addEventListener(
      'beforeunload',
      (event) => {
        if (!this.#dirty) return;
        event.preventDefault();
        event.returnValue = '';
      },
      {signal}
    );
    this.addEventListener('keydown', (event) => this.#onKeydown(event), {signal});
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#connection?.abort();
    if (this.#settleTimer !== undefined) this.#settle();
  }

  protected override willUpdate(changed: PropertyValues) {
    if (!this.hasUpdated) {
      this.#load(this.value, this.source);
      const draft = this.draftKey ? readDraft(this.draftKey) : undefined;
      if (draft && fitsForm(draft.data) && JSON.stringify(draft.data) !== JSON.stringify(this.value))
        this.draftOffer = draft;
    }
    if (changed.has('exportFormat') || changed.has('htmlOptions')) this.#exportCache = undefined;
  }

  /** Takes back the last change; says whether there was one. */
  undo(): boolean {
    return this.#travel((current) => this.#history.undo(current), 'Undid the last change.');
  }

  /** Makes again the change that Undo took back; says whether there was one. */
  redo(): boolean {
    return this.#travel((current) => this.#history.redo(current), 'Redid the change.');
  }

  override render() {
    const problems = this.#shownProblems();
    const exported = this.#exportText();
    return html`
      ${this.#renderDraftOffer()}
      <nav class="toolbar" aria-label="Editor">
        <div class="actions">
          <button type="button" id="undo" ?disabled=${!this.#history.canUndo} @click=${() => this.undo()}>
            Undo
          </button>
          <button type="button" id="redo" ?disabled=${!this.#history.canRedo} @click=${() => this.redo()}>
            Redo
          </button>
        </div>
        <ul class="jump">
          ${this.#jump('open-heading', 'Open')} ${this.#jump('edit-heading', 'Edit')}
          ${this.#jump('problems-heading', `Problems (${problems.length})`)}
          ${this.#jump('preview-heading', 'Preview')} ${this.#jump('export-heading', 'Export')}
        </ul>
        ${
          this.view === 'form'
            ? html`<ul class="jump" aria-label="Groups">
                ${repeat(this.value.groups, keyOf, (group, index) =>
                  this.#jump(`group-${keyOf(group)}-title`, groupName(group, index))
                )}
              </ul>`
            : nothing
        }
      </nav>
      ${this.#renderOpen()}
      <p role="status" class="status">${this.status}</p>
      <div class="workspace">
        <section class="edit" aria-labelledby="edit-heading">
          <h2 id="edit-heading" tabindex="-1">Edit</h2>
          <fieldset class="view-switch">
            <legend>Edit as</legend>
            ${this.#radio('view', 'form', 'A form', this.view, (view) => this.#setView(view))}
            ${this.#radio('view', 'text', 'YAML or JSON text', this.view, (view) => this.#setView(view))}
          </fieldset>
          ${this.view === 'form' ? this.#renderForm() : this.#renderText()}
        </section>
        <div class="side">
          ${this.#renderProblems(problems)}
          <section class="preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading" tabindex="-1">Preview</h2>
            <scri-partners debug heading-level="3" .data=${this.preview}></scri-partners>
          </section>
        </div>
      </div>
      ${this.#renderExport(exported)} ${this.#renderConfirmation()}
    `;
  }

  #jump(target: string, label: string) {
    return html`<li>
      <a
        href=${`#${target}`}
        @click=${(event: Event) => {
          event.preventDefault();
          this.#focus(target);
        }}
        >${label}</a
      >
    </li>`;
  }

  #renderDraftOffer() {
    const draft = this.draftOffer;
    if (!draft) return nothing;
    const time = new Date(draft.savedAt).toLocaleString(undefined, {dateStyle: 'medium', timeStyle: 'short'});
    return html`<section class="draft" aria-labelledby="draft-question">
      <p id="draft-question">Restore your unsaved draft from ${time}?</p>
      <p class="hint">It was kept in this browser when the editor closed before its changes were exported.</p>
      <div class="actions">
        <button type="button" class="add" @click=${this.#restoreDraft}>Restore</button>
        <button type="button" class="remove" @click=${this.#discardDraft}>Discard</button>
      </div>
    </section>`;
  }

  #renderOpen() {
    return html`<section class="open" aria-labelledby="open-heading">
      <h2 id="open-heading" tabindex="-1">Open</h2>
      <p>Editing: <strong>${this.source}</strong></p>
      <div class="open-actions">
        <label class="file"
          >Open a JSON or YAML file
          <input
            type="file"
            accept=".json,.yml,.yaml,application/json,text/yaml"
            @change=${this.#onFileChosen}
          />
        </label>
        <button
          type="button"
          @click=${() =>
            this.#replace(
              structuredClone(scriPartnersData) as unknown as EditableData,
              builtInSource,
              "Replace the list you are editing with SCRI's built-in partners?"
            )}
        >
          Start from SCRI's partners
        </button>
        <button
          type="button"
          @click=${() =>
            this.#replace(
              emptyData(),
              'a new, empty list',
              'Replace the list you are editing with an empty one?'
            )}
        >
          Start an empty list
        </button>
      </div>
      <p class="hint">To paste data, choose “YAML or JSON text” below and paste it into the text box.</p>
    </section>`;
  }

  #renderProblems(problems: Problem[]) {
    const textError = this.textError
      ? html`<li>${this.textError} The preview shows the last text that could be read.</li>`
      : nothing;
    const count = problems.length + (this.textError ? 1 : 0);
    return html`<section class="problems" aria-labelledby="problems-heading">
      <h2 id="problems-heading" tabindex="-1">Problems</h2>
      <div aria-live="polite">
        ${
          count
            ? html`<p>
                  ${count === 1 ? '1 problem' : `${count} problems`}; the preview leaves out what they name:
                </p>
                <ul>
                  ${textError}
                  ${problems.map(
                    (problem) =>
                      html`<li>
                        <a
                          href=${`#${this.#fieldId(problem.path) ?? 'edit-heading'}`}
                          @click=${(event: Event) => {
                            event.preventDefault();
                            this.#focusProblem(problem);
                          }}
                          >${this.#where(problem)}: ${this.#sentence(problem)}</a
                        >
                      </li>`
                  )}
                </ul>`
            : html`<p>No problems.</p>`
        }
      </div>
    </section>`;
  }

  #radio<T extends string>(
    name: string,
    value: T,
    label: string,
    current: string,
    choose: (value: T) => void
  ) {
    return html`<label class="choice"
      ><input
        type="radio"
        name=${name}
        value=${value as string}
        .checked=${live(current === value)}
        @change=${() => choose(value)}
      />
      ${label}</label
    >`;
  }

  #renderForm() {
    const data = this.value;
    const groupsProblem = this.#problemAt('$.groups');
    return html`<div class="form">
      <fieldset>
        <legend>Section</legend>
        ${this.#field({
          id: 'section-title',
          label: 'Title',
          path: '$.title',
          value: data.title,
          onInput: (text) => this.#edit('section-title', withValue(data, 'title', text)),
        })}
        ${this.#paragraphsField('intro', 'Introduction')} ${this.#paragraphsField('closing', 'Closing')}
      </fieldset>
      <h3>Groups</h3>
      ${groupsProblem ? html`<p class="error">${this.#sentence(groupsProblem)}</p>` : nothing}
      <ol class="groups">
        ${repeat(
          data.groups,
          keyOf,
          // An edit replaces only the objects on its path, so every other group and partner skips rendering.
          (group, index) =>
            html`<li>
              ${guard([group, index, data.groups.length, this.problems], () =>
                this.#renderGroup(group, index)
              )}
            </li>`
        )}
      </ol>
      <button type="button" id="add-group" class="add" @click=${this.#addGroup}>Add group</button>
      ${this.#renderGlossary()}
    </div>`;
  }

  #renderGroup(group: EditableGroup, g: number) {
    const key = keyOf(group);
    const path = `$.groups[${g}]`;
    const name = groupName(group, g);
    const listProblem = this.#problemAt(`${path}.partners`) ?? this.#problemAt(path);
    const count = group.partners.length;
    const set =
      (field: string, optional = false) =>
      (text: string) => {
        if (field === 'id') this.#idEdited = key;
        this.#edit(
          `group-${key}-${field}`,
          withGroup(this.value, g, (old) =>
            withValue(old, field, optional && !text.trim() ? undefined : text)
          )
        );
      };
    return html`<details class="group-details" open>
      <summary>
        Group ${g + 1}: ${name}
        <span class="count">(${count === 1 ? '1 partner' : `${count} partners`})</span>
      </summary>
      <fieldset class="group" id=${`group-${key}`}>
        <legend>Group ${g + 1}: ${name}</legend>
        ${this.#field({id: `group-${key}-title`, label: 'Heading', path: `${path}.title`, value: group.title, onInput: set('title')})}
        ${this.#field({
          id: `group-${key}-id`,
          label: 'Id',
          hint: 'Letters, digits, “-” and “_”; used by the groups attribute.',
          path: `${path}.id`,
          value: group.id,
          onInput: set('id'),
        })}
        ${this.#field({
          id: `group-${key}-description`,
          label: 'Description',
          path: `${path}.description`,
          value: group.description,
          optional: true,
          multiline: true,
          onInput: set('description', true),
        })}
        <h4 id=${`group-${key}-partners`}>Partners in ${name}</h4>
        ${listProblem ? html`<p class="error">${this.#sentence(listProblem)}</p>` : nothing}
        <ol class="partners" aria-labelledby=${`group-${key}-partners`}>
          ${repeat(
            group.partners,
            keyOf,
            (partner, p) =>
              html`<li>
                ${guard([partner, g, p, count, this.problems], () => this.#renderPartner(g, partner, p))}
              </li>`
          )}
        </ol>
        <button type="button" class="add" id=${`group-${key}-add`} @click=${() => this.#addPartner(g)}>
          Add partner to ${name}
        </button>
        <div class="actions">
          ${this.#moveButtons('group', name, g, this.value.groups.length, (by) => this.#moveGroup(g, by))}
          <button type="button" class="remove" @click=${() => this.#removeGroup(g)}>
            Remove group ${name}
          </button>
        </div>
      </fieldset>
    </details>`;
  }

  #renderPartner(g: number, partner: EditablePartner, p: number) {
    const key = keyOf(partner);
    const path = `$.groups[${g}].partners[${p}]`;
    const name = partnerName(partner, p);
    const field = (
      suffix: string,
      label: string,
      extra: {optional?: boolean; multiline?: boolean; type?: 'text' | 'url'; hint?: string} = {}
    ) =>
      this.#field({
        id: `partner-${key}-${suffix}`,
        label,
        path: `${path}.${suffix}`,
        value: partner[suffix],
        ...extra,
        onInput: (text) => this.#editPartner(g, p, suffix, extra.optional && !text.trim() ? undefined : text),
      });
    const count = this.value.groups[g].partners.length;
    return html`<fieldset class="partner" id=${`partner-${key}`}>
      <legend>Partner ${p + 1}: ${name}</legend>
      ${field('name', 'Name')} ${field('acronym', 'Acronym', {optional: true})}
      ${field('id', 'Id', {hint: 'Letters, digits, “-” and “_”; used by the highlight attribute and in events.'})}
      ${field('description', 'Description', {multiline: true})}
      ${field('url', 'Website', {optional: true, type: 'url', hint: 'https, http, mailto or a relative URL.'})}
      ${field('logo', 'Logo image URL', {optional: true, type: 'url', hint: 'https, http or a relative URL.'})}
      <div class="actions">
        ${this.#moveButtons('partner', name, p, count, (by) => this.#movePartner(g, p, by))}
        <button type="button" class="remove" @click=${() => this.#removePartner(g, p)}>
          Remove partner ${name}
        </button>
      </div>
    </fieldset>`;
  }

  /**
   * A labelled text field. Its message comes from the field's own check while it is being typed in, and from
   * the whole list's check once typing pauses.
   */
  #field(options: {
    id: string;
    label: string;
    path: string;
    value: unknown;
    onInput: (text: string) => void;
    optional?: boolean;
    multiline?: boolean;
    type?: 'text' | 'url';
    hint?: string;
  }) {
    const {
      id,
      label,
      path,
      value,
      onInput,
      optional = false,
      multiline = false,
      type = 'text',
      hint,
    } = options;
    const problem = this.#problemAt(path);
    const described = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ');
    const input = (event: Event) => onInput((event.target as HTMLInputElement).value);
    return html`<div class="field">
      <label for=${id}>${label}${optional ? html` <span class="optional">(optional)</span>` : nothing}</label>
      ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
      ${
        multiline
          ? html`<textarea
              id=${id}
              rows="3"
              .value=${live(fieldText(value))}
              aria-invalid=${problem ? 'true' : 'false'}
              aria-describedby=${described || nothing}
              @input=${input}
            ></textarea>`
          : html`<input
              id=${id}
              type=${type}
              .value=${live(fieldText(value))}
              aria-invalid=${problem ? 'true' : 'false'}
              aria-describedby=${described || nothing}
              @input=${input}
            />`
      }
      ${problem ? html`<p class="error" id=${`${id}-error`}>${this.#sentence(problem)}</p>` : nothing}
    </div>`;
  }

  #paragraphsField(key: 'intro' | 'closing', label: string) {
    const id = `section-${key}`;
    const problem = this.problems.find(
      (item) => item.path === `$.${key}` || item.path.startsWith(`$.${key}[`)
    );
    return html`<div class="field">
      <label for=${id}>${label} <span class="optional">(optional)</span></label>
      <p class="hint" id=${`${id}-hint`}>Leave a blank line between paragraphs.</p>
      <textarea
        id=${id}
        rows="5"
        .value=${live(this.paragraphs[key])}
        aria-describedby=${`${id}-hint`}
        @input=${(event: Event) => {
          const text = (event.target as HTMLTextAreaElement).value;
          this.paragraphs = {...this.paragraphs, [key]: text};
          const paragraphs = paragraphsOf(text);
          this.#edit(
            id,
            withValue(this.value, key, key === 'closing' && !paragraphs.length ? undefined : paragraphs),
            {
              keepParagraphs: true,
            }
          );
        }}
      ></textarea>
      ${problem ? html`<p class="error">${this.#sentence(problem)}</p>` : nothing}
    </div>`;
  }

  #moveButtons(kind: string, name: string, index: number, count: number, onMove: (by: number) => void) {
    return html`<button
        type="button"
        data-move="up"
        aria-label=${`Move ${kind} ${name} up`}
        ?disabled=${index === 0}
        @click=${() => onMove(-1)}
      >
        ↑ Up</button
      ><button
        type="button"
        data-move="down"
        aria-label=${`Move ${kind} ${name} down`}
        ?disabled=${index === count - 1}
        @click=${() => onMove(1)}
      >
        ↓ Down
      </button>`;
  }

  #renderGlossary() {
    const rows = this.glossaryRows;
    const onInput = (index: number, column: keyof GlossaryRow) => (event: Event) => {
      const rows = this.glossaryRows.slice();
      rows[index] = {...rows[index], [column]: (event.target as HTMLInputElement).value};
      keyOf(rows[index]);
      this.#setGlossary(rows, `row-${index}-${column}`);
    };
    return html`<h3 id="glossary-heading">Glossary</h3>
      <p class="hint" id="glossary-hint">
        Acronyms the text uses, with their full names. Partners' own acronyms join it by themselves.
      </p>
      <table class="glossary" aria-labelledby="glossary-heading" aria-describedby="glossary-hint">
        <thead>
          <tr>
            <th scope="col">Acronym</th>
            <th scope="col">Expansion</th>
            <th scope="col"><span class="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          ${rows.map((row, index) => {
            const problem =
              row.acronym || row.expansion
                ? (this.#problemAt(`$.glossary["${row.acronym}"]`) ??
                  (row.acronym.trim() ? undefined : this.#problemAt('$.glossary')))
                : undefined;
            const name = row.acronym.trim() || `row ${index + 1}`;
            return html`<tr>
              <td>
                <input
                  id=${`row-${index}-acronym`}
                  aria-label=${`Acronym, row ${index + 1}`}
                  .value=${live(row.acronym)}
                  aria-invalid=${problem ? 'true' : 'false'}
                  aria-describedby=${problem ? `row-${index}-error` : nothing}
                  @input=${onInput(index, 'acronym')}
                />
              </td>
              <td>
                <input
                  id=${`row-${index}-expansion`}
                  aria-label=${row.acronym.trim() ? `Expansion of ${row.acronym}` : `Expansion, row ${index + 1}`}
                  .value=${live(row.expansion)}
                  aria-invalid=${problem ? 'true' : 'false'}
                  aria-describedby=${problem ? `row-${index}-error` : nothing}
                  @input=${onInput(index, 'expansion')}
                />
                ${
                  problem
                    ? html`<p class="error" id=${`row-${index}-error`}>${this.#sentence(problem)}</p>`
                    : nothing
                }
              </td>
              <td>
                <button type="button" class="remove" @click=${() => this.#removeGlossaryRow(index)}>
                  Remove ${row.acronym.trim() ? `acronym ${name}` : `glossary ${name}`}
                </button>
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
      <button type="button" id="add-acronym" class="add" @click=${this.#addGlossaryRow}>Add acronym</button>`;
  }

  #renderText() {
    return html`<div class="text-view">
      <fieldset class="view-switch">
        <legend>Text format</legend>
        ${this.#radio('text-format', 'yaml', 'YAML', this.textFormat, (format) => this.#setTextFormat(format))}
        ${this.#radio('text-format', 'json', 'JSON', this.textFormat, (format) => this.#setTextFormat(format))}
      </fieldset>
      <label for="text">Partners data as ${this.textFormat.toUpperCase()}</label>
      <p class="hint" id="text-hint">Type or paste YAML or JSON; the preview follows as you type.</p>
      ${this.textError ? html`<p class="error" id="text-error">${this.textError}</p>` : nothing}
      <textarea
        id="text"
        rows="24"
        spellcheck="false"
        .value=${live(this.text)}
        aria-describedby=${this.textError ? 'text-hint text-error' : 'text-hint'}
        aria-invalid=${this.textError ? 'true' : 'false'}
        @input=${(event: Event) => this.#onTextInput((event.target as HTMLTextAreaElement).value)}
      ></textarea>
    </div>`;
  }

  #renderExport(text: string) {
    const format = this.exportFormat;
    const {label, file} = exportsByFormat[format];
    const options = this.htmlOptions;
    const note = this.textError
      ? `Export is off until the text can be read: ${this.textError}`
      : format !== 'html'
        ? ''
        : !text
          ? 'There is nothing to export: the data has no valid group of partners yet.'
          : this.problems.length
            ? 'The HTML leaves out the parts named under Problems.'
            : '';
    const off = !text || Boolean(this.textError);
    return html`<section class="export" aria-labelledby="export-heading">
      <h2 id="export-heading" tabindex="-1">Export</h2>
      <fieldset class="view-switch">
        <legend>Export as</legend>
        ${this.#radio('export', 'yaml', 'YAML', format, this.#chooseExport)}
        ${this.#radio('export', 'json', 'JSON', format, this.#chooseExport)}
        ${this.#radio('export', 'html', 'Include HTML', format, this.#chooseExport)}
      </fieldset>
      ${
        format === 'html'
          ? html`<fieldset class="html-options">
              <legend>Include options</legend>
              <div>
                <label for="heading-level">Title heading level</label>
                <select
                  id="heading-level"
                  @change=${(event: Event) =>
                    this.#setHtmlOption({headingLevel: Number((event.target as HTMLSelectElement).value)})}
                >
                  ${[2, 3, 4, 5, 6].map(
                    (level) =>
                      html`<option value=${level} ?selected=${options.headingLevel === level}>
                        h${level}
                      </option>`
                  )}
                </select>
              </div>
              <div>
                <label for="wrapper">Wrapper</label>
                <select
                  id="wrapper"
                  @change=${(event: Event) =>
                    this.#setHtmlOption({
                      wrapper: (event.target as HTMLSelectElement).value as 'element' | 'div',
                    })}
                >
                  <option value="element" ?selected=${options.wrapper === 'element'}>
                    &lt;scri-partners&gt;
                  </option>
                  <option value="div" ?selected=${options.wrapper === 'div'}>
                    &lt;div data-scri-partners&gt; (for CMSes that drop unknown tags)
                  </option>
                </select>
              </div>
              <div>
                <label for="script-url"
                  >Script URL <span class="optional">(empty for no script tag)</span></label
                >
                <input
                  id="script-url"
                  .value=${live(options.script)}
                  @input=${(event: Event) => this.#setHtmlOption({script: (event.target as HTMLInputElement).value})}
                />
              </div>
            </fieldset>`
          : nothing
      }
      <label for="export-text">${label}</label>
      ${note ? html`<p class=${off ? 'error' : 'hint'} id="export-note">${note}</p>` : nothing}
      <textarea
        id="export-text"
        readonly
        rows="14"
        spellcheck="false"
        .value=${live(this.textError ? '' : text)}
        aria-describedby=${note ? 'export-note' : nothing}
      ></textarea>
      <div class="actions">
        <button type="button" id="download" ?disabled=${off} @click=${this.#download}>
          Download ${file}
        </button>
        <button type="button" id="copy" ?disabled=${off} @click=${this.#copy}>
          Copy ${format.toUpperCase()}
        </button>
      </div>
    </section>`;
  }

  #renderConfirmation(): TemplateResult {
    const confirmation = this.confirmation;
    // Answered by the buttons themselves: a close event comes a task later, possibly after the next question
    // has opened the dialog again, so it only counts while the dialog stays shut (Escape, or closed by a script).
    const answer = (yes: boolean) => () => {
      this.#answered(yes);
      this.renderRoot.querySelector('dialog')?.close();
    };
    return html`<dialog
      id="confirm"
      aria-labelledby="confirm-question"
      @close=${(event: Event) => {
        if (!(event.target as HTMLDialogElement).open) this.#answered(false);
      }}
    >
      <p id="confirm-question">${confirmation?.message ?? ''}</p>
      <p class="hint">Undo brings it back.</p>
      <div class="actions">
        <button type="button" autofocus @click=${answer(false)}>Cancel</button>
        <button type="button" class="remove" @click=${answer(true)}>
          ${confirmation?.confirm ?? 'Confirm'}
        </button>
      </div>
    </dialog>`;
  }

  // ---- The edit cycle: change, record, check the field at once, and the rest once typing pauses ----

  /**
   * Makes `next` the data being edited. `group` names the field typed in, so that its keystrokes make one
   * undo step; `announce` goes to the status line.
   */
  #edit(group: string | undefined, next: EditableData, {keepParagraphs = false, announce = ''} = {}) {
    this.#history.record(this.value, group);
    this.value = next;
    this.#dirty = true;
    if (!keepParagraphs) this.#syncParagraphs();
    if (announce) this.status = announce;
    this.#checkAtOnce(group);
    this.#scheduleSettle();
  }

  /**
   * The problems of the one field typed in, from validateData run on its group or partner alone, so that its
   * message follows each keystroke while the whole list waits for a pause.
   */
  #checkAtOnce(group: string | undefined) {
    if (group === 'section-title') {
      const problem = validateData({...this.value, groups: [placeholderGroup]}).problems.find(
        (item) => item.path === '$.title'
      );
      this.#live.set('$.title', problem);
      return;
    }
    const match = group && /^(partner|group)-(\d+)-(\w+)$/.exec(group);
    if (!match) return;
    const [, kind, keyText, field] = match;
    const key = Number(keyText);
    this.value.groups.forEach((g, gi) => {
      const check = (path: string, wrapped: unknown, wrappedPath: string) => {
        const problem = validateData(wrapped).problems.find(
          (item) => item.path === `${wrappedPath}.${field}`
        );
        this.#live.set(`${path}.${field}`, problem && {...problem, path: `${path}.${field}`});
      };
      if (kind === 'group' && keyOf(g) === key)
        check(
          `$.groups[${gi}]`,
          {title: 'x', intro: [], groups: [{...g, partners: [placeholder]}]},
          '$.groups[0]'
        );
      if (kind === 'partner')
        g.partners.forEach((partner, pi) => {
          if (keyOf(partner) !== key) return;
          check(
            `$.groups[${gi}].partners[${pi}]`,
            {title: 'x', intro: [], groups: [{id: 'x', title: 'x', partners: [partner]}]},
            '$.groups[0].partners[0]'
          );
        });
    });
  }

  #scheduleSettle() {
    clearTimeout(this.#settleTimer);
    this.#settleTimer = setTimeout(() => this.#settle(), settleDelay);
  }

  /** Checks the whole list, refreshes the preview, keeps the draft and tells the host page. */
  #settle() {
    clearTimeout(this.#settleTimer);
    this.#settleTimer = undefined;
    const {problems, preview} = this.#check();
    this.problems = problems;
    this.preview = preview;
    this.#exportCache = undefined;
    this.#live.clear();
    if (this.#dirty && this.draftKey && !this.draftOffer)
      saveDraft(this.draftKey, {data: this.value, source: this.source, savedAt: Date.now()});
    // Only the visitor's changes are news to the host page, not data it set itself.
    if (this.#dirty) this.dispatchEvent(scriEvent('scri-editor-change', {data: this.value, problems}));
  }

  /**
   * validateData's problems, with a repeated id reported on the partner whose id was just edited (naming the
   * partner that already has it) rather than on whichever comes later; and the preview's data, without that
   * partner, so that the untouched one keeps its card.
   */
  #check(): {problems: Problem[]; preview: unknown} {
    let data = this.value;
    const problems = [...validateData(data).problems, ...this.#glossaryRowProblems()];
    const clash = this.#idEdited === undefined ? undefined : this.#idClash(this.#idEdited);
    if (clash) {
      const paths = new Set([clash.path, ...clash.others].map((path) => `${path}.id`));
      const at = problems.findIndex(
        (problem) => paths.has(problem.path) && problem.expected.startsWith('an id no other')
      );
      const moved: Problem = {
        path: `${clash.path}.id`,
        expected: `an id no other ${clash.kind} has`,
        found: `"${clash.id}"`,
      };
      if (at >= 0) problems.splice(at, 1, moved);
      else problems.push(moved);
      data = clash.without;
    }
    return {problems, preview: structuredClone(data)};
  }

  /** Problems validateData cannot see, because the glossary object has already merged them: repeated acronyms. */
  #glossaryRowProblems(): Problem[] {
    const seen = new Set<string>();
    const problems: Problem[] = [];
    for (const {acronym} of this.glossaryRows) {
      if (acronym && seen.has(acronym))
        problems.push({
          path: `$.glossary["${acronym}"]`,
          expected: 'an acronym not already listed',
          found: `"${acronym}"`,
        });
      seen.add(acronym);
    }
    return problems;
  }

  #shownProblems(): Problem[] {
    if (!this.#live.size) return this.problems;
    const shown = this.problems.filter((problem) => !this.#live.has(problem.path));
    for (const problem of this.#live.values()) if (problem) shown.push(problem);
    return shown;
  }

  /** A problem in plain words, naming what is wrong and what to do. */
  #sentence(problem: Problem) {
    return describeProblem(problem, this.value).sentence;
  }

  /** Where a problem is, by the names of its group and partner. */
  #where(problem: Problem) {
    return describeProblem(problem, this.value).where;
  }

  #problemAt(path: string): Problem | undefined {
    if (this.#live.has(path)) return this.#live.get(path);
    return this.problems.find((problem) => problem.path === path);
  }

  /**
   * When the group or partner with `key` has an id that another one of its kind has: where it is, where the
   * others are, and the data without it.
   */
  #idClash(
    key: number
  ): {kind: string; id: string; path: string; others: string[]; without: EditableData} | undefined {
    const groups = this.value.groups;
    for (const [g, group] of groups.entries()) {
      if (keyOf(group) === key) {
        const others = groups.flatMap((other, gi) =>
          gi !== g && other.id === group.id ? [`$.groups[${gi}]`] : []
        );
        if (!others.length || typeof group.id !== 'string') return undefined;
        const without = withValue(
          this.value,
          'groups',
          groups.filter((_, gi) => gi !== g)
        );
        return {kind: 'group', id: group.id, path: `$.groups[${g}]`, others, without};
      }
      for (const [p, partner] of group.partners.entries()) {
        if (keyOf(partner) !== key) continue;
        const others = groups.flatMap((other, gi) =>
          other.partners.flatMap((candidate, pi) =>
            (gi !== g || pi !== p) && candidate.id === partner.id ? [`$.groups[${gi}].partners[${pi}]`] : []
          )
        );
        if (!others.length || typeof partner.id !== 'string') return undefined;
        const without = withGroup(this.value, g, (old) => ({
          ...old,
          partners: old.partners.filter((_, pi) => pi !== p),
        }));
        return {kind: 'partner', id: partner.id, path: `$.groups[${g}].partners[${p}]`, others, without};
      }
    }
    return undefined;
  }

  /** Makes `data` the data being edited, and rebuilds the form's own text from it. */
  #load(data: EditableData, source: string, document?: Document) {
    this.value = data;
    this.#document = document;
    this.source = source;
    this.textError = '';
    this.#idEdited = undefined;
    this.#idFollowsName.clear();
    this.#syncParagraphs();
    this.glossaryRows = rowsOf(data.glossary);
    if (this.view === 'text') this.text = serialise(data, this.textFormat, this.#document);
    this.#settle();
  }

  #syncParagraphs() {
    this.paragraphs = {
      intro: textOfParagraphs(this.value.intro),
      closing: textOfParagraphs(this.value.closing),
    };
  }

  #travel(step: (current: EditableData) => EditableData | undefined, announce: string): boolean {
    const data = step(this.value);
    if (!data) return false;
    this.value = data;
    this.#dirty = true;
    this.textError = '';
    this.#syncParagraphs();
    this.glossaryRows = rowsOf(data.glossary);
    if (this.view === 'text') this.text = serialise(data, this.textFormat, this.#document);
    this.status = announce;
    this.#settle();
    return true;
  }

  /** Asks `message` in the page's own dialog; resolves to the answer. */
  async #confirm(message: string, confirm: string): Promise<boolean> {
    this.#answer?.(false);
    this.confirmation = {message, confirm};
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog')!;
    if (!dialog.open) dialog.showModal();
    return new Promise((resolve) => (this.#answer = resolve));
  }

  #answered(yes: boolean) {
    const answer = this.#answer;
    if (!answer) return;
    this.#answer = undefined;
    this.confirmation = undefined;
    answer?.(yes);
  }

  async #replace(data: EditableData, source: string, question: string, document?: Document) {
    if (!(await this.#confirm(question, 'Replace'))) return;
    this.#history.record(this.value);
    this.#history.seal();
    this.#dirty = true;
    this.#load(data, source, document);
    this.status = `Opened ${source}.`;
  }

  #focus(id: string) {
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    const details = target?.closest('details');
    if (details) details.open = true;
    target?.scrollIntoView({block: 'center'});
    target?.focus();
  }

  /** Focuses `selector` once the next render shows it. */
  async #focusAfterUpdate(id: string) {
    await this.updateComplete;
    this.#focus(id);
  }

  /** The id of the form field that `path` names, or undefined. */
  #fieldId(path: string): string | undefined {
    if (this.view === 'text') return 'text';
    if (path === '$.title') return 'section-title';
    if (/^\$\.(intro|closing)/.test(path)) return `section-${path.slice(2).split(/[[.]/)[0]}`;
    const glossary = /^\$\.glossary\["(.*)"\]$/.exec(path);
    if (glossary) {
      const index = this.glossaryRows.findIndex((row) => row.acronym === glossary[1]);
      return index >= 0 ? `row-${index}-acronym` : 'add-acronym';
    }
    const match = pathPattern.exec(path);
    if (!match) return undefined;
    const group = this.value.groups[Number(match[1])];
    if (!group) return undefined;
    if (match[2] === undefined)
      return `group-${keyOf(group)}-${['id', 'title', 'description'].includes(match[3]) ? match[3] : 'title'}`;
    const partner = group.partners[Number(match[2])];
    if (!partner) return `group-${keyOf(group)}-add`;
    const field = ['id', 'name', 'acronym', 'description', 'url', 'logo'].includes(match[3])
      ? match[3]
      : 'name';
    return `partner-${keyOf(partner)}-${field}`;
  }

  #focusProblem(problem: Problem) {
    const id = this.#fieldId(problem.path);
    if (id) this.#focus(id);
  }

  // ---- Actions ----

  #editPartner(g: number, p: number, field: string, text: string | undefined) {
    const partner = this.value.groups[g].partners[p];
    const key = keyOf(partner);
    if (field === 'id') {
      this.#idEdited = key;
      this.#idFollowsName.delete(key);
    }
    let next = withPartner(this.value, g, p, (old) => withValue(old, field, text));
    if (field === 'name' && this.#idFollowsName.has(key)) {
      const taken = new Set(
        this.value.groups.flatMap((group) =>
          group.partners.filter((other) => other !== partner).map((other) => other.id)
        )
      );
      const id = freeId(slug(text ?? '') || 'new-partner', taken);
      next = withPartner(next, g, p, (old) => withValue(old, 'id', id));
    }
    this.#edit(`partner-${key}-${field}`, next);
  }

  #freshPartner(taken: Set<unknown>): EditablePartner {
    const partner = {id: freeId('new-partner-1', taken), name: '', description: ''};
    this.#idFollowsName.add(keyOf(partner));
    return partner;
  }

  #partnerIds() {
    return new Set(this.value.groups.flatMap((group) => group.partners.map((partner) => partner.id)));
  }

  #addGroup = () => {
    const groups = this.value.groups;
    const taken = new Set(groups.map((group) => group.id));
    const group: EditableGroup = {
      id: freeId('new-group-1', taken),
      title: '',
      partners: [this.#freshPartner(this.#partnerIds())],
    };
    this.#edit(undefined, withValue(this.value, 'groups', [...groups, group]), {
      announce: `Added group ${groups.length + 1}, with one partner.`,
    });
    void this.#focusAfterUpdate(`group-${keyOf(group)}-title`);
  };

  async #removeGroup(g: number) {
    const group = this.value.groups[g];
    const name = groupName(group, g);
    const count = group.partners.length;
    if (
      count &&
      !(await this.#confirm(
        `Remove group ${name} and its ${count === 1 ? 'partner' : `${count} partners`}?`,
        `Remove group ${name}`
      ))
    )
      return;
    const groups = this.value.groups.filter((_, index) => index !== g);
    this.#edit(undefined, withValue(this.value, 'groups', groups), {announce: `Removed group ${name}.`});
    const next = groups[g] ?? groups[g - 1];
    void this.#focusAfterUpdate(next ? `group-${keyOf(next)}-title` : 'add-group');
  }

  #moveGroup(g: number, by: number) {
    const group = this.value.groups[g];
    const groups = moved(this.value.groups, g, by);
    this.#edit(undefined, withValue(this.value, 'groups', groups), {
      announce: `Moved group ${groupName(group, g + by)} ${by < 0 ? 'up' : 'down'}, now ${g + by + 1} of ${groups.length}.`,
    });
    void this.#keepMoveFocus(`group-${keyOf(group)}`, by);
  }

  #addPartner(g: number) {
    const partner = this.#freshPartner(this.#partnerIds());
    const group = this.value.groups[g];
    this.#edit(
      undefined,
      withGroup(this.value, g, (old) => ({...old, partners: [...old.partners, partner]})),
      {
        announce: `Added partner ${group.partners.length + 1} to group ${groupName(group, g)}.`,
      }
    );
    void this.#focusAfterUpdate(`partner-${keyOf(partner)}-name`);
  }

  async #removePartner(g: number, p: number) {
    const partner = this.value.groups[g].partners[p];
    const name = partnerName(partner, p);
    if (!(await this.#confirm(`Remove partner ${name}?`, `Remove partner ${name}`))) return;
    const group = this.value.groups[g];
    const partners = group.partners.filter((_, index) => index !== p);
    this.#edit(
      undefined,
      withGroup(this.value, g, (old) => ({...old, partners})),
      {
        announce: `Removed partner ${name}.`,
      }
    );
    const next = partners[p] ?? partners[p - 1];
    void this.#focusAfterUpdate(next ? `partner-${keyOf(next)}-name` : `group-${keyOf(group)}-add`);
  }

  #movePartner(g: number, p: number, by: number) {
    const partner = this.value.groups[g].partners[p];
    const partners = moved(this.value.groups[g].partners, p, by);
    this.#edit(
      undefined,
      withGroup(this.value, g, (old) => ({...old, partners})),
      {
        announce: `Moved partner ${partnerName(partner, p + by)} ${by < 0 ? 'up' : 'down'}, now ${p + by + 1} of ${partners.length}.`,
      }
    );
    void this.#keepMoveFocus(`partner-${keyOf(partner)}`, by);
  }

  /** After a move, keeps focus on the button pressed, or on the other move button when the pressed one is now disabled. */
  async #keepMoveFocus(container: string, by: number) {
    await this.updateComplete;
    const pressed = by < 0 ? 'up' : 'down';
    const find = (move: string) =>
      this.renderRoot.querySelector<HTMLButtonElement>(`#${container} > .actions [data-move="${move}"]`);
    const button = find(pressed);
    if (button && !button.disabled) button.focus();
    else find(pressed === 'up' ? 'down' : 'up')?.focus();
  }

  #setGlossary(rows: GlossaryRow[], group: string | undefined, announce = '') {
    this.glossaryRows = rows;
    const kept = rows.filter((row) => row.acronym.trim() || row.expansion.trim());
    const glossary = kept.length
      ? Object.fromEntries(kept.map((row) => [row.acronym, row.expansion]))
      : undefined;
    this.#history.record(this.value, group);
    this.value = withValue(this.value, 'glossary', glossary);
    this.#dirty = true;
    if (announce) this.status = announce;
    this.#scheduleSettle();
  }

  #addGlossaryRow = () => {
    const rows = [...this.glossaryRows, {acronym: '', expansion: ''}];
    this.glossaryRows = rows;
    this.status = `Added glossary row ${rows.length}.`;
    void this.#focusAfterUpdate(`row-${rows.length - 1}-acronym`);
  };

  #removeGlossaryRow(index: number) {
    const row = this.glossaryRows[index];
    const rows = this.glossaryRows.filter((_, i) => i !== index);
    this.#setGlossary(
      rows,
      undefined,
      `Removed ${row.acronym.trim() ? `acronym ${row.acronym}` : `glossary row ${index + 1}`}.`
    );
    void this.#focusAfterUpdate(
      rows[index] || rows[index - 1] ? `row-${Math.min(index, rows.length - 1)}-acronym` : 'add-acronym'
    );
  }

  #setView(view: 'form' | 'text') {
    if (view === this.view) return;
    if (view === 'text') {
      this.text = serialise(this.value, this.textFormat, this.#document);
      this.textError = '';
      this.view = 'text';
      this.status = 'Showing the data as text.';
      return;
    }
    if (this.textError) {
      this.status = `Still showing the text: ${this.textError}`;
      // Lit's live() puts the radio back on "YAML or JSON text" in this render.
      this.requestUpdate();
      void this.#focusAfterUpdate('text');
      return;
    }
    this.view = 'form';
    this.#history.seal();
    this.status = 'Showing the data as a form.';
  }

  #setTextFormat(format: TextFormat) {
    this.textFormat = format;
    if (!this.textError) this.text = serialise(this.value, format, this.#document);
    this.status = this.textError
      ? `The text stays as it is until it can be read: ${this.textError}`
      : `Showing the data as ${format.toUpperCase()}.`;
  }

  #onTextInput(text: string) {
    this.text = text;
    const read = readText(text, 'The text');
    if (read.error !== undefined) {
      this.textError = read.error;
      return;
    }
    this.textError = '';
    this.#history.record(this.value, 'text');
    this.value = read.data;
    this.#document = read.document;
    this.#dirty = true;
    this.#syncParagraphs();
    this.glossaryRows = rowsOf(read.data.glossary);
    this.#scheduleSettle();
  }

  #onFileChosen = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // Read no more than a partners list could be, so that a huge file cannot freeze the page.
    const read =
      file.size > largestText
        ? {error: tooLarge(file.name, file.size)}
        : readText(await file.text(), file.name, {usable: true});
    if (read.error !== undefined) {
      this.status = `Could not open ${file.name}: ${read.error} The editor still has the data it had.`;
      return;
    }
    await this.#replace(
      read.data,
      file.name,
      `Replace the list you are editing with ${file.name}?`,
      read.document
    );
  };

  #exportText(): string {
    if (this.#exportCache !== undefined) return this.#exportCache;
    const format = this.exportFormat;
    let text: string;
    if (format !== 'html') text = serialise(this.value, format, this.#document);
    else {
      const {data} = validateData(this.value);
      const {headingLevel, wrapper, script} = this.htmlOptions;
      text = data ? renderStaticHtml(data, {headingLevel, wrapper, script: script.trim() || undefined}) : '';
    }
    this.#exportCache = text;
    return text;
  }

  /** The export of the data as it is now, for a download or a copy made before typing paused. */
  #freshExport() {
    this.#exportCache = undefined;
    return this.#exportText();
  }

  #chooseExport = (format: ExportFormat) => {
    this.exportFormat = format;
  };

  #setHtmlOption(change: Partial<HtmlOptions>) {
    this.htmlOptions = {...this.htmlOptions, ...change};
  }

  #exported() {
    this.#dirty = false;
    if (this.draftKey) clearDraft(this.draftKey);
  }

  #download = () => {
    const {file, type} = exportsByFormat[this.exportFormat];
    if (this.#downloadUrl) URL.revokeObjectURL(this.#downloadUrl);
    this.#downloadUrl = URL.createObjectURL(new Blob([this.#freshExport()], {type: `${type};charset=utf-8`}));
    const link = document.createElement('a');
    link.href = this.#downloadUrl;
    link.download = file;
    link.hidden = true;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    this.#exported();
    this.status = `Downloaded ${file}.`;
  };

  #copy = async () => {
    const name = this.exportFormat.toUpperCase();
    try {
      await navigator.clipboard.writeText(this.#freshExport());
      this.#exported();
      this.status = `Copied the ${name} to the clipboard.`;
    } catch {
      this.renderRoot.querySelector<HTMLTextAreaElement>('#export-text')?.select();
      this.status = `The browser did not allow copying; the ${name} is selected, so press Control+C (Command+C on a Mac).`;
    }
  };

  #restoreDraft = () => {
    const draft = this.draftOffer!;
    this.draftOffer = undefined;
    this.#history.record(this.value);
    this.#history.seal();
    this.#dirty = true;
    this.#load(draft.data as EditableData, draft.source);
    this.status = 'Restored your draft.';
  };

  #discardDraft = () => {
    this.draftOffer = undefined;
    if (this.draftKey) clearDraft(this.draftKey);
    this.status = 'Discarded the draft.';
  };

  #onKeydown(event: KeyboardEvent) {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || this.confirmation) return;
    const key = event.key.toLowerCase();
    const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
    if (key !== 'z' && !redo) return;
    // The editor's own history replaces the field's, which would only know the field's last few letters.
    event.preventDefault();
    if (redo) this.redo();
    else this.undo();
  }
}

// Stand-ins that make a lone field's check complete, so that validateData reports only that field.
const placeholder = {id: 'x', name: 'x', description: 'x'};
const placeholderGroup = {id: 'x', title: 'x', partners: [placeholder]};

declare global {
  interface HTMLElementTagNameMap {
    'scri-partners-editor': ScriPartnersEditor;
  }
}
