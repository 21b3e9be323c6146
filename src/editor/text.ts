import type {Document} from 'yaml';
import type {PartnersData} from '../data/types.js';
import {validateData} from '../data/validate.js';
import {fitsForm, type EditableData} from './editable.js';
import {parseYaml, toYaml} from './yaml.js';

/** The text formats the editor reads and writes. */
export type TextFormat = 'yaml' | 'json';

/** Read text: the data, or a sentence saying why there is none. */
export type ReadResult =
  | {data: EditableData; document?: Document; error?: undefined}
  | {data?: undefined; document?: undefined; error: string};

/** Partners lists are a few kilobytes; a file far larger is the wrong file, and parsing it would freeze the page. */
export const largestText = 2 * 1024 * 1024;

const order = (object: Record<string, unknown>, keys: readonly string[]) => {
  const result: Record<string, unknown> = {};
  for (const key of keys) if (object[key] !== undefined) result[key] = object[key];
  for (const [key, value] of Object.entries(object)) if (!(key in result)) result[key] = value;
  return result;
};

/** `data` with its properties in the documented order (unknown ones after), for tidy exports. */
export const ordered = (data: EditableData) =>
  order(
    {
      ...data,
      groups: data.groups.map((group) =>
        order({...group, partners: group.partners.map((partner) => order(partner, partnerOrder))}, groupOrder)
      ),
    },
    ['$schema', 'title', 'intro', 'groups', 'closing', 'glossary']
  );
const groupOrder = ['id', 'title', 'description', 'partners'];
const partnerOrder = ['id', 'name', 'acronym', 'description', 'url', 'logo'];

/**
 * `data` as YAML or JSON text. YAML is written as Jekyll's YAML 1.1 reads it, keeping the comments and layout of
 * `document`, the YAML it was opened from, where they still fit.
 */
export const serialise = (data: EditableData, format: TextFormat, document?: Document) =>
  format === 'json'
    ? `${JSON.stringify(ordered(data), null, 2)}\n`
    : toYaml(ordered(data) as unknown as PartnersData, document);

/** The sentence for a file or text of `bytes` bytes, past `largestText`. */
export const tooLarge = (from: string, bytes: number) =>
  `${from} is ${(bytes / 1024 / 1024).toFixed(1)} MB, far larger than a partners list. Choose the partners file itself (.yml, .yaml or .json).`;

const firstLine = (error: unknown) => String(error instanceof Error ? error.message : error).split('\n')[0];

/**
 * Reads YAML or JSON text that should hold a partners list. `from` names the text in the sentence ("The text",
 * "partners.yml"). A file that replaces the list must have something to show (`usable`); text being typed
 * need only fit the form. Never throws.
 */
export function readText(text: string, from: string, {usable = false} = {}): ReadResult {
  if (text.length > largestText) return {error: tooLarge(from, text.length)};
  // A NUL or the replacement character means the bytes were not text (an image, a spreadsheet, a zip).
  if (text.includes('\u0000') || text.includes('\ufffd'))
    return {error: `${from} is not a text file. Choose a .yml, .yaml or .json file.`};
  if (!text.trim()) return {error: `${from} is empty.`};
  let value: unknown;
  let document: Document | undefined;
  if (/^\s*[{[]/.test(text)) {
    try {
      value = JSON.parse(text);
    } catch (error) {
      return {error: `${from} is not valid JSON: ${firstLine(error)}`};
    }
  } else {
    const parsed = parseYaml(text);
    if (parsed.error !== undefined) return {error: `${from} ${parsed.error.replace(/^This is /, 'is ')}`};
    ({data: value, document} = parsed);
  }
  const why = notPartners(value, usable);
  if (why) return {error: `${from} ${why}`};
  if (!fitsForm(value)) {
    const [problem] = validateData(value).problems;
    return {
      error: `${from} has a part the form cannot show${problem ? ` (${problem.path}: expected ${problem.expected}, found ${problem.found})` : ''}. Fix it in the text.`,
    };
  }
  return {data: value, document};
}

/** Why `value` is no partners list at all (the end of a sentence), or '' when it is one, however flawed. */
function notPartners(value: unknown, usable: boolean): string {
  if (Array.isArray(value))
    return 'holds a list, not a partners list with a title, an introduction and groups.';
  if (typeof value !== 'object' || value === null)
    return 'holds a single value, not a partners list with a title, an introduction and groups.';
  const groups = (value as Record<string, unknown>).groups;
  if (!usable && Array.isArray(groups)) return '';
  if (usable && validateData(value).data) return '';
  return Array.isArray(groups) && groups.length
    ? 'has no group with a usable partner yet: each group needs an id and a title, and a partner an id, a name and a description.'
    : 'has no groups of partners, so it is not a partners list.';
}
