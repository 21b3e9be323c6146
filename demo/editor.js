// The partners editor (demo/editor.html): edits partners data in a form or as YAML/JSON text, previews it in
// <scri-partners debug>, lists its problems and exports YAML, JSON and the static HTML include.
// Plain JS so that any static server at the repository root can serve it; nothing here makes a request.
import {html, nothing, render} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {formatProblem, renderStaticHtml, scriPartnersData, validateData} from '../dist/scri-partners.js';
import YAML from '../node_modules/yaml/browser/index.js';

const root = document.querySelector('#editor');

/** The exports: what each is for, its file name and how it is written. */
const exportsByFormat = {
  yaml: {label: "YAML for Jekyll's _data/scri_partners.yml", file: 'scri_partners.yml', type: 'text/yaml'},
  json: {
    label: 'JSON for the data property or a src URL',
    file: 'scri-partners.json',
    type: 'application/json',
  },
  html: {label: 'HTML for a Jekyll include or a CMS', file: 'scri-partners.html', type: 'text/html'},
};

const state = {
  /** The data being edited, exactly as the editor typed it (it may be invalid). */
  data: undefined,
  /** The glossary as the table shows it: rows may be blank or repeat an acronym while being typed. */
  glossaryRows: [],
  /** The intro and closing textareas' text, kept as typed (blank lines separate paragraphs). */
  paragraphs: {intro: '', closing: ''},
  view: 'form',
  textFormat: 'yaml',
  text: '',
  /** Why the text view's text cannot be read, or ''. */
  textError: '',
  /** Why the form view cannot show the data, or ''. */
  formBlocked: '',
  exportFormat: 'yaml',
  htmlOptions: {headingLevel: 2, wrapper: 'element', script: '/assets/js/scri-partners.min.js'},
  status: '',
  source: "SCRI's built-in partners",
};

// Stable keys for lit's repeat(), so that moving a group or partner moves its fields (and their focus).
const keys = new WeakMap();
let lastKey = 0;
const keyOf = (object) => {
  if (!keys.has(object)) keys.set(object, ++lastKey);
  return keys.get(object);
};

const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isOptionalText = (value) => value === undefined || typeof value === 'string';

/** Why the form cannot show `data` (a sentence naming the path), or '' when it can. */
function formBlocker(data) {
  if (!isRecord(data)) return 'The data is not an object with "title", "intro" and "groups".';
  const problems = [];
  const text = (value, path) => isOptionalText(value) || problems.push(`${path} is not text`);
  const list = (value, path) =>
    value === undefined || Array.isArray(value) || problems.push(`${path} is not a list`);
  text(data.title, '$.title');
  for (const key of ['intro', 'closing']) {
    list(data[key], `$.${key}`);
    if (Array.isArray(data[key])) data[key].forEach((item, i) => text(item, `$.${key}[${i}]`));
  }
  if (data.glossary !== undefined && !isRecord(data.glossary)) problems.push('$.glossary is not an object');
  else
    for (const [acronym, value] of Object.entries(data.glossary ?? {}))
      text(value, `$.glossary["${acronym}"]`);
  list(data.groups, '$.groups');
  (Array.isArray(data.groups) ? data.groups : []).forEach((group, g) => {
    const path = `$.groups[${g}]`;
    if (!isRecord(group)) return problems.push(`${path} is not an object`);
    for (const key of ['id', 'title', 'description']) text(group[key], `${path}.${key}`);
    list(group.partners, `${path}.partners`);
    (Array.isArray(group.partners) ? group.partners : []).forEach((partner, p) => {
      if (!isRecord(partner)) return problems.push(`${path}.partners[${p}] is not an object`);
      for (const key of ['id', 'name', 'acronym', 'description', 'url', 'logo'])
        text(partner[key], `${path}.partners[${p}].${key}`);
    });
  });
  return problems.length
    ? `The form cannot show this data: ${problems[0]}. Fix it here in the text, then switch to the form.`
    : '';
}

/** `data` with its properties in the documented order (unknown ones after), for tidy exports. */
function ordered(data) {
  if (formBlocker(data)) return data;
  const pick = (object, order) => {
    const result = {};
    for (const key of order) if (object[key] !== undefined) result[key] = object[key];
    for (const [key, value] of Object.entries(object)) if (!(key in result)) result[key] = value;
    return result;
  };
  const groups = (data.groups ?? []).map((group) =>
    pick({...group, partners: (group.partners ?? []).map((partner) => pick(partner, partnerOrder))}, [
      'id',
      'title',
      'description',
      'partners',
    ])
  );
  return pick({...data, groups}, ['$schema', 'title', 'intro', 'groups', 'closing', 'glossary']);
}
const partnerOrder = ['id', 'name', 'acronym', 'description', 'url', 'logo'];

const serialise = (data, format) =>
  format === 'json'
    ? `${JSON.stringify(ordered(data), null, 2)}\n`
    : YAML.stringify(ordered(data), {lineWidth: 0});

/** Reads JSON or YAML text; throws an Error whose message says what is wrong and where. */
function parseText(text) {
  if (!text.trim()) throw new Error('the text is empty');
  if (/^\s*[{[]/.test(text)) {
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new Error(`it is not valid JSON: ${error.message}`);
    }
  }
  try {
    return YAML.parse(text);
  } catch (error) {
    throw new Error(`it is not valid YAML: ${error.message.split('\n')[0]}`);
  }
}

/** Makes `data` the data being edited, and rebuilds the form's own text from it. */
function load(data, source) {
  state.data = data;
  state.source = source;
  state.formBlocked = formBlocker(data);
  if (!state.formBlocked) {
    state.paragraphs = {intro: (data.intro ?? []).join('\n\n'), closing: (data.closing ?? []).join('\n\n')};
    state.glossaryRows = Object.entries(data.glossary ?? {}).map(([acronym, expansion]) => ({
      acronym,
      expansion,
    }));
  }
}

const paragraphsOf = (text) =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);

/** Writes the glossary table's rows into the data: blank rows are left out; a repeated acronym keeps its last expansion. */
function writeGlossary() {
  const rows = state.glossaryRows.filter((row) => row.acronym.trim() || row.expansion.trim());
  if (rows.length) state.data.glossary = Object.fromEntries(rows.map((row) => [row.acronym, row.expansion]));
  else delete state.data.glossary;
}

/** Problems the validator cannot see because the glossary object has already merged them: repeated acronyms. */
function glossaryRowProblems() {
  if (state.view !== 'form' || state.formBlocked) return [];
  const seen = new Set();
  const problems = [];
  for (const {acronym} of state.glossaryRows) {
    if (acronym && seen.has(acronym))
      problems.push({path: `$.glossary["${acronym}"]`, expected: 'each acronym once', found: 'it twice'});
    seen.add(acronym);
  }
  return problems;
}

// ---- Names, for labels and announcements ----

const groupName = (group, index) => group.title?.trim() || group.id?.trim() || `${index + 1} (untitled)`;
const partnerName = (partner, index) =>
  partner.name?.trim() || partner.id?.trim() || `${index + 1} (unnamed)`;

/** A fresh id that no group (or partner) has yet. */
function freshId(prefix, taken) {
  let n = 1;
  while (taken.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}
const groups = () => state.data.groups;
const allPartners = () => groups().flatMap((group) => group.partners);

// ---- Updating ----

let preview;
/** Re-renders after the data changed: the preview gets a fresh copy so that it validates it again. */
function changed() {
  preview = structuredClone(state.data);
  update();
}

function update() {
  render(page(), root);
}

function announce(message) {
  state.status = message;
}

/** Focuses the element matching `selector` once the page shows it. */
function focus(selector) {
  update();
  root.querySelector(selector)?.focus();
}

// ---- Actions ----

function setField(object, key, value, {optional = false} = {}) {
  if (optional && !value.trim()) delete object[key];
  else object[key] = value;
  changed();
}

function move(list, index, by) {
  const [item] = list.splice(index, 1);
  list.splice(index + by, 0, item);
}

function moveGroup(index, by) {
  const group = groups()[index];
  move(groups(), index, by);
  announce(
    `Moved group ${groupName(group, index + by)} ${by < 0 ? 'up' : 'down'}, now ${index + by + 1} of ${groups().length}.`
  );
  changed();
  keepMoveFocus(`#group-${keyOf(group)}`, by);
}

function movePartner(group, index, by) {
  const partner = group.partners[index];
  move(group.partners, index, by);
  announce(
    `Moved partner ${partnerName(partner, index + by)} ${by < 0 ? 'up' : 'down'}, now ${index + by + 1} of ${group.partners.length}.`
  );
  changed();
  keepMoveFocus(`#partner-${keyOf(partner)}`, by);
}

/** After a move, keeps focus on the button pressed, or on the other move button when the pressed one is now disabled. */
function keepMoveFocus(container, by) {
  const pressed = by < 0 ? 'up' : 'down';
  const button = root.querySelector(`${container} > .actions [data-move="${pressed}"]`);
  if (button && !button.disabled) button.focus();
  else
    root.querySelector(`${container} > .actions [data-move="${pressed === 'up' ? 'down' : 'up'}"]`)?.focus();
}

function addGroup() {
  const taken = new Set(groups().map((group) => group.id));
  const partner = {
    id: freshId('new-partner', new Set(allPartners().map((p) => p.id))),
    name: '',
    description: '',
  };
  const group = {id: freshId('new-group', taken), title: '', partners: [partner]};
  groups().push(group);
  announce(`Added group ${groups().length}, with one partner.`);
  changed();
  focus(`#group-${keyOf(group)}-title`);
}

function removeGroup(index) {
  const [group] = groups().splice(index, 1);
  announce(`Removed group ${groupName(group, index)}.`);
  changed();
  const next = groups()[index] ?? groups()[index - 1];
  focus(next ? `#group-${keyOf(next)}-title` : '#add-group');
}

function addPartner(group) {
  const partner = {
    id: freshId('new-partner', new Set(allPartners().map((p) => p.id))),
    name: '',
    description: '',
  };
  group.partners.push(partner);
  announce(`Added partner ${group.partners.length} to group ${groupName(group, groups().indexOf(group))}.`);
  changed();
  focus(`#partner-${keyOf(partner)}-name`);
}

function removePartner(group, index) {
  const [partner] = group.partners.splice(index, 1);
  announce(`Removed partner ${partnerName(partner, index)}.`);
  changed();
  const next = group.partners[index] ?? group.partners[index - 1];
  focus(next ? `#partner-${keyOf(next)}-name` : `#group-${keyOf(group)}-add`);
}

function addGlossaryRow() {
  const row = {acronym: '', expansion: ''};
  state.glossaryRows.push(row);
  announce(`Added glossary row ${state.glossaryRows.length}.`);
  update();
  focus(`#row-${keyOf(row)}-acronym`);
}

function removeGlossaryRow(index) {
  const [row] = state.glossaryRows.splice(index, 1);
  announce(`Removed ${row.acronym.trim() ? `acronym ${row.acronym}` : `glossary row ${index + 1}`}.`);
  writeGlossary();
  changed();
  const next = state.glossaryRows[index] ?? state.glossaryRows[index - 1];
  focus(next ? `#row-${keyOf(next)}-acronym` : '#add-acronym');
}

function setView(view) {
  if (view === state.view) return;
  if (view === 'text') {
    state.text = serialise(state.data, state.textFormat);
    state.textError = '';
    state.view = 'text';
    announce('Showing the data as text.');
    return update();
  }
  if (state.textError) {
    announce(`Still showing the text: ${state.textError}`);
    return focus('#text');
  }
  if (state.formBlocked) {
    announce(`Still showing the text. ${state.formBlocked}`);
    return focus('#text');
  }
  state.view = 'form';
  announce('Showing the data as a form.');
  update();
}

function setTextFormat(format) {
  state.textFormat = format;
  if (!state.textError) state.text = serialise(state.data, format);
  announce(
    state.textError
      ? `The text stays as it is until it can be read: ${state.textError}`
      : `Showing the data as ${format.toUpperCase()}.`
  );
  update();
}

function readText(text, source) {
  state.text = text;
  try {
    const data = parseText(text);
    state.textError = '';
    load(data, source);
    changed();
  } catch (error) {
    state.textError = `${source}: ${error.message}`;
    update();
  }
}

async function openFile(event) {
  const [file] = event.target.files;
  if (!file) return;
  const text = await file.text();
  let data;
  try {
    data = parseText(text);
  } catch (error) {
    announce(`Could not open ${file.name}: ${error.message}. The editor still has the data it had.`);
    return update();
  }
  load(data, file.name);
  state.textError = '';
  if (state.formBlocked) state.view = 'text';
  if (state.view === 'text') state.text = serialise(data, state.textFormat);
  announce(`Opened ${file.name}.${state.formBlocked ? ` ${state.formBlocked}` : ''}`);
  event.target.value = '';
  changed();
}

function startFrom(data, source) {
  load(structuredClone(data), source);
  state.textError = '';
  if (state.view === 'text') state.text = serialise(state.data, state.textFormat);
  announce(`Opened ${source}.`);
  changed();
}

/** What the chosen export holds, or '' when there is nothing to export. */
function exportText(format = state.exportFormat) {
  if (format !== 'html') return serialise(state.data, format);
  const {data} = validateData(state.data);
  if (!data) return '';
  const {headingLevel, wrapper, script} = state.htmlOptions;
  return renderStaticHtml(data, {headingLevel, wrapper, script: script.trim() || undefined});
}

let downloadUrl;
function download() {
  const {file, type} = exportsByFormat[state.exportFormat];
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = URL.createObjectURL(new Blob([exportText()], {type: `${type};charset=utf-8`}));
  const link = document.createElement('a');
  link.href = downloadUrl;
  link.download = file;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  announce(`Downloaded ${file}.`);
  update();
}

async function copy() {
  const name = state.exportFormat.toUpperCase();
  try {
    await navigator.clipboard.writeText(exportText());
    announce(`Copied the ${name} to the clipboard.`);
  } catch {
    root.querySelector('#export-text').select();
    announce(
      `The browser did not allow copying; the ${name} is selected, so press Control+C (Command+C on a Mac).`
    );
  }
  update();
}

// ---- Templates ----

function page() {
  const {problems} = validateData(state.data);
  const allProblems = [...problems, ...glossaryRowProblems()];
  const messages = [
    ...(state.textError ? [`${state.textError}. The preview shows the last text that could be read.`] : []),
    ...allProblems.map(formatProblem),
  ];
  return html`
    <section class="open" aria-labelledby="open-heading">
      <h2 id="open-heading">Open</h2>
      <p>Editing: <strong>${state.source}</strong></p>
      <div class="open-actions">
        <label class="file"
          >Open a JSON or YAML file
          <input type="file" accept=".json,.yml,.yaml,application/json,text/yaml" @change=${openFile} />
        </label>
        <button type="button" @click=${() => startFrom(scriPartnersData, "SCRI's built-in partners")}>
          Start from SCRI's partners
        </button>
        <button type="button" @click=${() => startFrom(emptyData(), 'a new, empty list')}>
          Start an empty list
        </button>
      </div>
      <p class="hint">To paste data, choose “YAML or JSON text” below and paste it into the text box.</p>
    </section>
    <p role="status" class="status">${state.status}</p>
    <div class="workspace">
      <section class="edit" aria-labelledby="edit-heading">
        <h2 id="edit-heading">Edit</h2>
        <fieldset class="view-switch">
          <legend>Edit as</legend>
          ${radio('view', 'form', 'A form', state.view, setView)}
          ${radio('view', 'text', 'YAML or JSON text', state.view, setView)}
        </fieldset>
        ${state.view === 'form' ? form(allProblems) : textView()}
      </section>
      <div class="side">
        <section class="problems" aria-labelledby="problems-heading">
          <h2 id="problems-heading">Problems</h2>
          <div aria-live="polite">
            ${
              messages.length
                ? html`<p>
                      ${messages.length === 1 ? '1 problem' : `${messages.length} problems`}; the preview
                      leaves out what they name:
                    </p>
                    <ul>
                      ${repeat(
                        messages,
                        (message) => message,
                        (message) => html`<li>${message}</li>`
                      )}
                    </ul>`
                : html`<p>No problems.</p>`
            }
          </div>
        </section>
        <section class="preview" aria-labelledby="preview-heading">
          <h2 id="preview-heading">Preview</h2>
          <scri-partners debug heading-level="3" .data=${preview}></scri-partners>
        </section>
      </div>
    </div>
    ${exportSection()}
  `;
}

const emptyData = () => ({
  title: 'Our partners',
  intro: [],
  groups: [{id: 'group-1', title: '', partners: [{id: 'partner-1', name: '', description: ''}]}],
});

function radio(name, value, label, current, choose) {
  return html`<label class="choice"
    ><input
      type="radio"
      name=${name}
      value=${value}
      .checked=${current === value}
      @change=${() => choose(value)}
    />
    ${label}</label
  >`;
}

/** The problem reported at `path`, for the message under its field. */
const problemAt = (problems, path) => problems.find((problem) => problem.path === path);

/**
 * A labelled text field bound to `object[key]`. `optional` fields are removed from the data when emptied;
 * required ones stay as empty text, so that the problems list names them.
 */
function field(
  problems,
  {id, label, object, key, path, optional = false, multiline = false, type = 'text', hint}
) {
  const problem = problemAt(problems, path);
  const described = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ');
  const onInput = (event) => setField(object, key, event.target.value, {optional});
  return html`<div class="field">
    <label for=${id}>${label}${optional ? html` <span class="optional">(optional)</span>` : nothing}</label>
    ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
    ${
      multiline
        ? html`<textarea
            id=${id}
            rows="3"
            .value=${object[key] ?? ''}
            aria-invalid=${problem ? 'true' : 'false'}
            aria-describedby=${described || nothing}
            @input=${onInput}
          ></textarea>`
        : html`<input
            id=${id}
            type=${type}
            .value=${object[key] ?? ''}
            aria-invalid=${problem ? 'true' : 'false'}
            aria-describedby=${described || nothing}
            @input=${onInput}
          />`
    }
    ${
      problem
        ? html`<p class="error" id=${`${id}-error`}>Expected ${problem.expected}, found ${problem.found}.</p>`
        : nothing
    }
  </div>`;
}

function paragraphsField(problems, key, label) {
  const id = `section-${key}`;
  const problem = problems.find((item) => item.path === `$.${key}` || item.path.startsWith(`$.${key}[`));
  return html`<div class="field">
    <label for=${id}>${label} <span class="optional">(optional)</span></label>
    <p class="hint" id=${`${id}-hint`}>Leave a blank line between paragraphs.</p>
    <textarea
      id=${id}
      rows="5"
      .value=${state.paragraphs[key]}
      aria-describedby=${`${id}-hint`}
      @input=${(event) => {
        state.paragraphs[key] = event.target.value;
        const paragraphs = paragraphsOf(event.target.value);
        if (key === 'closing' && !paragraphs.length) delete state.data.closing;
        else state.data[key] = paragraphs;
        changed();
      }}
    ></textarea>
    ${problem ? html`<p class="error">${formatProblem(problem)}</p>` : nothing}
  </div>`;
}

function moveButtons(kind, name, index, count, onMove) {
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

function form(problems) {
  const data = state.data;
  return html`<div class="form">
    <fieldset>
      <legend>Section</legend>
      ${field(problems, {id: 'section-title', label: 'Title', object: data, key: 'title', path: '$.title'})}
      ${paragraphsField(problems, 'intro', 'Introduction')} ${paragraphsField(problems, 'closing', 'Closing')}
    </fieldset>
    <h3>Groups</h3>
    ${
      problemAt(problems, '$.groups')
        ? html`<p class="error">${formatProblem(problemAt(problems, '$.groups'))}</p>`
        : nothing
    }
    <ol class="groups">
      ${repeat(data.groups, keyOf, (group, index) => html`<li>${groupFields(problems, group, index)}</li>`)}
    </ol>
    <button type="button" id="add-group" class="add" @click=${addGroup}>Add group</button>
    ${glossaryTable(problems)}
  </div>`;
}

function groupFields(problems, group, index) {
  const key = keyOf(group);
  const path = `$.groups[${index}]`;
  const name = groupName(group, index);
  const listProblem = problemAt(problems, `${path}.partners`) ?? problemAt(problems, path);
  return html`<fieldset class="group" id=${`group-${key}`}>
    <legend>Group ${index + 1}: ${name}</legend>
    ${field(problems, {id: `group-${key}-title`, label: 'Heading', object: group, key: 'title', path: `${path}.title`})}
    ${field(problems, {
      id: `group-${key}-id`,
      label: 'Id',
      hint: 'Letters, digits, “-” and “_”; used by the groups attribute.',
      object: group,
      key: 'id',
      path: `${path}.id`,
    })}
    ${field(problems, {
      id: `group-${key}-description`,
      label: 'Description',
      object: group,
      key: 'description',
      path: `${path}.description`,
      optional: true,
      multiline: true,
    })}
    <h4 id=${`group-${key}-partners`}>Partners in ${name}</h4>
    ${listProblem ? html`<p class="error">${formatProblem(listProblem)}</p>` : nothing}
    <ol class="partners" aria-labelledby=${`group-${key}-partners`}>
      ${repeat(
        group.partners,
        keyOf,
        (partner, p) => html`<li>${partnerFields(problems, group, partner, `${path}.partners[${p}]`, p)}</li>`
      )}
    </ol>
    <button type="button" class="add" id=${`group-${key}-add`} @click=${() => addPartner(group)}>
      Add partner to ${name}
    </button>
    <div class="actions">
      ${moveButtons('group', name, index, groups().length, (by) => moveGroup(index, by))}
      <button type="button" class="remove" @click=${() => removeGroup(index)}>Remove group ${name}</button>
    </div>
  </fieldset>`;
}

function partnerFields(problems, group, partner, path, index) {
  const key = keyOf(partner);
  const name = partnerName(partner, index);
  const id = (suffix) => `partner-${key}-${suffix}`;
  const common = (suffix, label, extra = {}) =>
    field(problems, {
      id: id(suffix),
      label,
      object: partner,
      key: suffix,
      path: `${path}.${suffix}`,
      ...extra,
    });
  return html`<fieldset class="partner" id=${`partner-${key}`}>
    <legend>Partner ${index + 1}: ${name}</legend>
    ${common('name', 'Name')} ${common('acronym', 'Acronym', {optional: true})}
    ${common('id', 'Id', {hint: 'Letters, digits, “-” and “_”; used by the highlight attribute and in events.'})}
    ${common('description', 'Description', {multiline: true})}
    ${common('url', 'Website', {optional: true, type: 'url', hint: 'https, http, mailto or a relative URL.'})}
    ${common('logo', 'Logo image URL', {optional: true, type: 'url', hint: 'https, http or a relative URL.'})}
    <div class="actions">
      ${moveButtons('partner', name, index, group.partners.length, (by) => movePartner(group, index, by))}
      <button type="button" class="remove" @click=${() => removePartner(group, index)}>
        Remove partner ${name}
      </button>
    </div>
  </fieldset>`;
}

function glossaryTable(problems) {
  const rows = state.glossaryRows;
  const onInput = (row, column) => (event) => {
    row[column] = event.target.value;
    writeGlossary();
    changed();
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
        ${repeat(rows, keyOf, (row, index) => {
          const key = keyOf(row);
          const problem =
            row.acronym || row.expansion
              ? (problemAt(problems, `$.glossary["${row.acronym}"]`) ??
                (row.acronym.trim() ? undefined : problemAt(problems, '$.glossary')))
              : undefined;
          const name = row.acronym.trim() || `row ${index + 1}`;
          return html`<tr>
            <td>
              <input
                id=${`row-${key}-acronym`}
                aria-label=${`Acronym, row ${index + 1}`}
                .value=${row.acronym}
                aria-invalid=${problem ? 'true' : 'false'}
                aria-describedby=${problem ? `row-${key}-error` : nothing}
                @input=${onInput(row, 'acronym')}
              />
            </td>
            <td>
              <input
                aria-label=${row.acronym.trim() ? `Expansion of ${row.acronym}` : `Expansion, row ${index + 1}`}
                .value=${row.expansion}
                aria-invalid=${problem ? 'true' : 'false'}
                aria-describedby=${problem ? `row-${key}-error` : nothing}
                @input=${onInput(row, 'expansion')}
              />
              ${
                problem
                  ? html`<p class="error" id=${`row-${key}-error`}>
                      Expected ${problem.expected}, found ${problem.found}.
                    </p>`
                  : nothing
              }
            </td>
            <td>
              <button type="button" class="remove" @click=${() => removeGlossaryRow(index)}>
                Remove ${row.acronym.trim() ? `acronym ${name}` : `glossary ${name}`}
              </button>
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
    <button type="button" id="add-acronym" class="add" @click=${addGlossaryRow}>Add acronym</button>`;
}

function textView() {
  return html`<div class="text-view">
    <fieldset class="view-switch">
      <legend>Text format</legend>
      ${radio('text-format', 'yaml', 'YAML', state.textFormat, setTextFormat)}
      ${radio('text-format', 'json', 'JSON', state.textFormat, setTextFormat)}
    </fieldset>
    ${state.formBlocked ? html`<p class="error">${state.formBlocked}</p>` : nothing}
    <label for="text">Partners data as ${state.textFormat.toUpperCase()}</label>
    <p class="hint" id="text-hint">Type or paste YAML or JSON; the preview follows as you type.</p>
    <textarea
      id="text"
      rows="24"
      spellcheck="false"
      .value=${state.text}
      aria-describedby="text-hint"
      aria-invalid=${state.textError ? 'true' : 'false'}
      @input=${(event) => readText(event.target.value, 'The text')}
    ></textarea>
  </div>`;
}

function exportSection() {
  const format = state.exportFormat;
  const {label, file} = exportsByFormat[format];
  const text = exportText();
  const options = state.htmlOptions;
  const note =
    format !== 'html'
      ? ''
      : !text
        ? 'There is nothing to export: the data has no valid group of partners yet.'
        : validateData(state.data).problems.length
          ? 'The HTML leaves out the parts named under Problems.'
          : '';
  return html`<section class="export" aria-labelledby="export-heading">
    <h2 id="export-heading">Export</h2>
    <fieldset class="view-switch">
      <legend>Export as</legend>
      ${radio('export', 'yaml', 'YAML', format, chooseExport)}
      ${radio('export', 'json', 'JSON', format, chooseExport)}
      ${radio('export', 'html', 'Include HTML', format, chooseExport)}
    </fieldset>
    ${
      format === 'html'
        ? html`<fieldset class="html-options">
            <legend>Include options</legend>
            <div>
              <label for="heading-level">Title heading level</label>
              <select
                id="heading-level"
                @change=${(event) => setHtmlOption('headingLevel', Number(event.target.value))}
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
              <select id="wrapper" @change=${(event) => setHtmlOption('wrapper', event.target.value)}>
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
                .value=${options.script}
                @input=${(event) => setHtmlOption('script', event.target.value)}
              />
            </div>
          </fieldset>`
        : nothing
    }
    <label for="export-text">${label}</label>
    ${note ? html`<p class=${text ? 'hint' : 'error'} id="export-note">${note}</p>` : nothing}
    <textarea
      id="export-text"
      readonly
      rows="14"
      spellcheck="false"
      .value=${text}
      aria-describedby=${note ? 'export-note' : nothing}
    ></textarea>
    <div class="actions">
      <button type="button" id="download" ?disabled=${!text} @click=${download}>Download ${file}</button>
      <button type="button" id="copy" ?disabled=${!text} @click=${copy}>Copy ${format.toUpperCase()}</button>
    </div>
  </section>`;
}

function chooseExport(format) {
  state.exportFormat = format;
  update();
}

function setHtmlOption(key, value) {
  state.htmlOptions[key] = value;
  update();
}

load(structuredClone(scriPartnersData), "SCRI's built-in partners");
root.replaceChildren();
changed();
