import type {Partner, PartnerGroup, PartnersData} from './types.js';
import {safeImageUrl, safeLinkUrl} from './url.js';

/** One thing wrong with some data: where, what was expected there, and what was found. */
export interface Problem {
  path: string;
  expected: string;
  found: string;
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
export const formatProblem = ({path, expected, found}: Problem) =>
  `${path}: expected ${expected}, found ${found}`;

/**
 * Checks data against the published schema (`schema/partners.schema.json`).
 * An invalid partner or group is left out and the rest kept; an unsafe URL is
 * dropped from its partner. Returns `data: null` only when nothing can be shown.
 */
export function validateData(input: unknown): ValidationResult {
  const problems: Problem[] = [];
  const report = (path: string, expected: string, value: unknown) =>
    problems.push({path, expected, found: describe(value)});

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
    return value.filter((item, index) => {
      if (isText(item)) return true;
      report(`$.${key}[${index}]`, 'a non-empty string', item);
      return false;
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

  const glossary: Record<string, string> = {};
  if (input.glossary !== undefined) {
    if (!isRecord(input.glossary)) {
      report('$.glossary', 'an object mapping acronyms to expansions', input.glossary);
    } else {
      for (const [acronym, expansion] of Object.entries(input.glossary)) {
        if (!acronym.trim()) report('$.glossary', 'non-empty acronyms', acronym);
        else if (isText(expansion)) glossary[acronym] = expansion.trim();
        else report(`$.glossary["${acronym}"]`, 'a non-empty string', expansion);
      }
    }
  }

  if (groups.length === 0) {
    if (Array.isArray(input.groups)) report('$.groups', 'at least one valid group', input.groups);
    return {data: null, problems};
  }
  const data: PartnersData = {title, intro, groups};
  if (closing.length) data.closing = closing;
  if (Object.keys(glossary).length) data.glossary = glossary;
  return {data, problems};
}

type Report = (path: string, expected: string, value: unknown) => void;

function validateGroup(
  group: unknown,
  path: string,
  report: Report,
  groupIds: Set<string>,
  partnerIds: Set<string>
): PartnerGroup | null {
  if (!isRecord(group)) {
    report(path, 'a group object', group);
    return null;
  }
  for (const key of Object.keys(group)) {
    if (!['id', 'title', 'description', 'partners'].includes(key)) {
      report(`${path}.${key}`, 'no such property', group[key]);
    }
  }
  if (typeof group.id !== 'string' || !idPattern.test(group.id)) {
    report(`${path}.id`, 'an id of letters, digits, "-" or "_"', group.id);
    return null;
  }
  if (groupIds.has(group.id)) {
    report(`${path}.id`, 'an id no other group has', group.id);
    return null;
  }
  if (!isText(group.title)) {
    report(`${path}.title`, 'a non-empty string', group.title);
    return null;
  }
  if (!Array.isArray(group.partners)) {
    report(`${path}.partners`, 'an array of partners', group.partners);
    return null;
  }
  const partners: Partner[] = [];
  group.partners.forEach((partner, index) => {
    const valid = validatePartner(partner, `${path}.partners[${index}]`, report, partnerIds);
    if (valid) partners.push(valid);
  });
  if (partners.length === 0) {
    report(`${path}.partners`, 'at least one valid partner', group.partners);
    return null;
  }
  groupIds.add(group.id);
  const valid: PartnerGroup = {id: group.id, title: group.title.trim(), partners};
  if (group.description !== undefined) {
    if (isText(group.description)) valid.description = group.description.trim();
    else report(`${path}.description`, 'a non-empty string', group.description);
  }
  return valid;
}

function validatePartner(
  partner: unknown,
  path: string,
  report: Report,
  partnerIds: Set<string>
): Partner | null {
  if (!isRecord(partner)) {
    report(path, 'a partner object', partner);
    return null;
  }
  for (const key of Object.keys(partner)) {
    if (!['id', 'name', 'acronym', 'description', 'url', 'logo'].includes(key)) {
      report(`${path}.${key}`, 'no such property', partner[key]);
    }
  }
  if (typeof partner.id !== 'string' || !idPattern.test(partner.id)) {
    report(`${path}.id`, 'an id of letters, digits, "-" or "_"', partner.id);
    return null;
  }
  if (partnerIds.has(partner.id)) {
    report(`${path}.id`, 'an id no other partner has', partner.id);
    return null;
  }
  for (const key of ['name', 'description'] as const) {
    if (!isText(partner[key])) {
      report(`${path}.${key}`, 'a non-empty string', partner[key]);
      return null;
    }
  }
  partnerIds.add(partner.id);
  const valid: Partner = {
    id: partner.id,
    name: (partner.name as string).trim(),
    description: (partner.description as string).trim(),
  };
  if (partner.acronym !== undefined) {
    if (isText(partner.acronym)) valid.acronym = partner.acronym.trim();
    else report(`${path}.acronym`, 'a non-empty string', partner.acronym);
  }
  const url = optionalUrl(
    partner.url,
    `${path}.url`,
    report,
    safeLinkUrl,
    'an https, http, mailto or relative URL'
  );
  if (url) valid.url = url;
  const logo = optionalUrl(
    partner.logo,
    `${path}.logo`,
    report,
    safeImageUrl,
    'an https, http or relative image URL'
  );
  if (logo) valid.logo = logo;
  return valid;
}

function optionalUrl(
  value: unknown,
  path: string,
  report: Report,
  check: (url: string) => string | null,
  expected: string
): string | undefined {
  if (value === undefined) return undefined;
  const safe = isText(value) ? check(value) : null;
  if (safe === null) report(path, expected, value);
  return safe ?? undefined;
}
