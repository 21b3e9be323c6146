import type {PartnerGroup, PartnersData} from './types.js';
import {meantWebsite, safeImageUrl, safeLinkUrl} from './url.js';

/** One thing wrong with some data: where, what was expected there, what was found, and what was probably meant. */
export interface Problem {
  path: string;
  expected: string;
  found: string;
  /** The value that was probably meant, when there is a likely one (`https://www.moh.gov.sg` for `www.moh.gov.sg`). */
  suggestion?: string;
}

/** The outcome of validation: the usable data (or `null` when none is usable) and every problem. */
export interface ValidationResult {
  data: PartnersData | null;
  problems: Problem[];
}

/** The pattern that group and partner ids follow. */
export const idPattern = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

const describe = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return value.trim() ? `"${shown}"` : 'an empty string';
  }
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Formats a problem the way the element and the command line report it. */
export const formatProblem = ({path, expected, found, suggestion}: Problem) =>
  `${path}: expected ${expected}, found ${found}${suggestion ? `; did you mean ${suggestion}?` : ''}`;

/**
 * Checks data against the published schema (`schema/partners.schema.json`).
 * An invalid partner or group is left out and the rest kept; an unsafe URL is
 * dropped from its partner. Returns `data: null` only when nothing can be shown.
 */
export function validateData(input: unknown): ValidationResult {
  const problems: Problem[] = [];
  const report: Report = (path, expected, value, suggestion) =>
    problems.push({path, expected, found: describe(value), ...(suggestion && {suggestion})});

  if (!isRecord(input)) {
    report('$', 'an object with "title", "intro" and "groups"', input);
    return {data: null, problems};
  }
  const known = new Set(['$schema', 'title', 'intro', 'groups', 'closing', 'glossary']);
  for (const key of Object.keys(input)) {
    if (!known.has(key)) report(`$.${key}`, 'no such property', input[key]);
  }

  let title = '';
  if (isText(input.title)) title = input.title.trim();
  else report('$.title', 'a non-empty string', input.title);

  const paragraphs = (key: 'intro' | 'closing', required: boolean): string[] => {
    const value = input[key];
    if (value === undefined && !required) return [];
    if (!Array.isArray(value)) {
      report(`$.${key}`, 'an array of strings', value);
      return [];
    }
    return value.flatMap((item, index) => {
      if (isText(item)) return item.trim();
      report(`$.${key}[${index}]`, 'a non-empty string', item);
      return [];
    });
  };
  const intro = paragraphs('intro', true);
  const closing = paragraphs('closing', false);

  const groups: PartnerGroup[] = [];
  const groupIds = new Set<string>();
  const partnerIds = new Set<string>();
  if (!Array.isArray(input.groups)) {
    report('$.groups', 'an array of groups', input.groups);
  } else {
    input.groups.forEach((group, index) => {
      const valid = validateGroup(group, `$.groups[${index}]`, report, groupIds, partnerIds);
      if (valid) groups.push(valid);
    });
  }

  // A Map, as an object's "__proto__", "constructor" or "toString" would be taken, or lost, by its prototype.
  const glossary = new Map<string, string>();
  if (input.glossary !== undefined) {
    if (!isRecord(input.glossary)) {
      report('$.glossary', 'an object mapping acronyms to expansions', input.glossary);
    } else {
      for (const [key, expansion] of Object.entries(input.glossary)) {
        const acronym = key.trim();
        const path = `$.glossary["${key}"]`;
        if (!acronym) report('$.glossary', 'non-empty acronyms', key);
        else if (glossary.has(acronym)) report(path, 'an acronym not already listed', acronym);
        else if (!isText(expansion)) report(path, 'a non-empty string', expansion);
        else glossary.set(acronym, expansion.trim());
      }
    }
  }

  if (groups.length === 0) {
    if (Array.isArray(input.groups)) report('$.groups', 'at least one valid group', input.groups);
    return {data: null, problems};
  }
  const data: PartnersData = {title, intro, groups};
  if (closing.length) data.closing = closing;
  if (glossary.size) data.glossary = Object.fromEntries(glossary);
  return {data, problems};
}

type Report = (path: string, expected: string, value: unknown, suggestion?: string) => void;

/** What an `Accept` returns for a value it has already reported, to reject the object without a second report. */
const rejected = Symbol('rejected');

/** Cleans a value, or returns `undefined` when it does not fit. */
type Accept = (value: unknown, path: string) => unknown;

/** How one property is checked: what is expected, how it is cleaned, and whether the object needs it. */
type Field = readonly [expected: string, accept: Accept, required?: boolean];

const text: Accept = (value) => (isText(value) ? value.trim() : undefined);
const requiredText: Field = ['a non-empty string', text, true];
const optionalText: Field = ['a non-empty string', text];
const idField: Field = [
  'an id of letters, digits, "-" or "_"',
  (value) => (typeof value === 'string' && idPattern.test(value) ? value : undefined),
  true,
];
const urlField = (check: (url: string) => string | null, expected: string): Field => [
  expected,
  (value) => (isText(value) ? (check(value) ?? undefined) : undefined),
];

/**
 * Checks every property of an object in the order of `fields`: an unknown property is reported; a missing or
 * invalid required one rejects the object; an invalid optional one is dropped. `ids` keeps ids unique among
 * the kept objects of the same kind.
 */
function readObject(
  value: unknown,
  path: string,
  kind: string,
  fields: Record<string, Field>,
  report: Report,
  ids: Set<string>
): Record<string, unknown> | null {
  if (!isRecord(value)) {
    report(path, `a ${kind} object`, value);
    return null;
  }
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(fields, key)) report(`${path}.${key}`, 'no such property', value[key]);
  }
  const valid: Record<string, unknown> = {};
  let kept = true;
  for (const [key, [expected, accept, required]] of Object.entries(fields)) {
    if (value[key] === undefined && !required) continue;
    const clean = accept(value[key], `${path}.${key}`);
    if (clean === rejected) {
      kept = false;
    } else if (clean === undefined) {
      report(
        `${path}.${key}`,
        expected,
        value[key],
        key == 'url' && isText(value[key]) ? meantWebsite(value[key]) : undefined
      );
      if (required) kept = false;
    } else if (key === 'id' && ids.has(clean as string)) {
      report(`${path}.id`, `an id no other ${kind} has`, clean);
      kept = false;
    } else {
      valid[key] = clean;
    }
  }
  if (!kept) return null;
  ids.add(valid.id as string);
  return valid;
}

function validateGroup(
  group: unknown,
  path: string,
  report: Report,
  groupIds: Set<string>,
  partnerIds: Set<string>
): PartnerGroup | null {
  const partners: Accept = (value, partnersPath) => {
    if (!Array.isArray(value)) return undefined;
    const valid = value.flatMap(
      (partner, index) =>
        readObject(partner, `${partnersPath}[${index}]`, 'partner', partnerFields, report, partnerIds) ?? []
    );
    if (valid.length) return valid;
    report(partnersPath, 'at least one valid partner', value);
    return rejected;
  };
  const fields: Record<string, Field> = {
    id: idField,
    title: requiredText,
    partners: ['an array of partners', partners, true],
    description: optionalText,
  };
  return readObject(group, path, 'group', fields, report, groupIds) as PartnerGroup | null;
}

const partnerFields: Record<string, Field> = {
  id: idField,
  name: requiredText,
  description: requiredText,
  acronym: optionalText,
  // A website that a browser would follow as a path on this site (`www.moh.gov.sg`, `https//…`) is refused too.
  url: urlField(
    (url) => (meantWebsite(url) ? null : safeLinkUrl(url)),
    'an https, http, mailto or relative URL'
  ),
  logo: urlField(safeImageUrl, 'an https, http or relative image URL'),
};
