import type {Problem} from '../data/validate.js';

/** A problem in plain words, for the people who edit the list: where it is and what to do about it. */
export interface ProblemMessage {
  /** The field it belongs to, as a stable key: `title`, `intro.0`, `groups.2.partners.0.url`, `glossary.HSA`. */
  field: string;
  /** Where that is, by name: `Group "Regulatory authorities", partner "Health Sciences Authority"`. */
  where: string;
  /** What is wrong and what to do, in a sentence. */
  sentence: string;
}

type Step = string | number;

/** Reads a problem's path (`$.groups[2].partners[0].url`, `$.glossary["HSA"]`) into its steps. */
export function stepsOf(path: string): Step[] {
  const steps: Step[] = [];
  for (const [, key, index, quoted] of path.matchAll(/\.([^.[]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)) {
    steps.push(index !== undefined ? Number(index) : (key ?? quoted));
  }
  return steps;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at `steps` in `data`, if there is one. */
const at = (data: unknown, steps: Step[]): unknown =>
  steps.reduce<unknown>(
    (value, step) =>
      isRecord(value) || Array.isArray(value) ? (value as Record<Step, unknown>)[step] : undefined,
    data
  );

const textOf = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** What each field is called in the editor's form. */
const labels: Record<string, string> = {
  title: 'the title',
  intro: 'the introduction',
  closing: 'the closing text',
  groups: 'the groups',
  glossary: 'the glossary',
  id: 'the id',
  name: 'the name',
  description: 'the description',
  acronym: 'the acronym',
  url: 'the website',
  logo: 'the logo',
  partners: 'the partners',
};

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Names the group, partner, paragraph or glossary entry a path points into. */
function whereOf(steps: Step[], data: unknown): string {
  const [first, second, third, fourth] = steps;
  const parts: string[] = [];
  if (first === 'groups' && typeof second === 'number') {
    const title = textOf(at(data, ['groups', second, 'title']));
    parts.push(title ? `Group "${title}"` : `Group ${second + 1}`);
    if (third === 'partners' && typeof fourth === 'number') {
      const partner = at(data, ['groups', second, 'partners', fourth]);
      const name = textOf(at(partner, ['name'])) ?? textOf(at(partner, ['acronym']));
      parts.push(name ? `partner "${name}"` : `partner ${fourth + 1}`);
    }
  } else if ((first === 'intro' || first === 'closing') && typeof second === 'number') {
    parts.push(`${capital(labels[first])}, paragraph ${second + 1}`);
  } else if (first === 'glossary') {
    parts.push(second === undefined ? 'Glossary' : `Glossary, "${String(second).trim()}"`);
  } else {
    parts.push('The section');
  }
  return parts.join(', ');
}

/** The partner (by name) that already has `id`, other than the one at `steps`. */
function ownerOfId(data: unknown, id: string, steps: Step[]): string | undefined {
  const groups = at(data, ['groups']);
  if (!Array.isArray(groups)) return undefined;
  const kind = steps.includes('partners') ? 'partner' : 'group';
  for (const [g, group] of groups.entries()) {
    if (kind === 'group') {
      if (textOf(at(group, ['id'])) === id && g !== steps[1])
        return textOf(at(group, ['title'])) ?? `group ${g + 1}`;
      continue;
    }
    const partners = at(group, ['partners']);
    if (!Array.isArray(partners)) continue;
    for (const [p, partner] of partners.entries()) {
      if (g === steps[1] && p === steps[3]) continue;
      if (textOf(at(partner, ['id'])) === id) return textOf(at(partner, ['name'])) ?? `partner ${p + 1}`;
    }
  }
  return undefined;
}

/** The sentence for one problem. */
function sentenceOf({expected, found, suggestion}: Problem, steps: Step[], data: unknown): string {
  const last = steps.at(-1);
  const key = typeof last === 'number' ? steps.at(-2) : last;
  const inGroup = steps[0] === 'groups' && !steps.includes('partners');
  const label =
    typeof last === 'number' && (key === 'intro' || key === 'closing')
      ? 'this paragraph'
      : key === 'title' && inGroup
        ? "the group's heading"
        : (labels[key as string] ?? `"${String(key)}"`);
  const missing = found === 'nothing';
  const value = at(data, steps);
  if (steps.length === 0) {
    return 'This is not a partner list: it needs a title, an introduction and groups of partners.';
  }
  if (expected === 'no such property') {
    return `"${String(last)}" is not something the partners section shows, so it is left out. Check its spelling, or remove it.`;
  }
  if (expected === 'a non-empty string') {
    if (steps[0] === 'glossary')
      return `The full name of "${String(last).trim()}" is empty: write it, or remove the acronym.`;
    if (missing || found === 'an empty string') return `${capital(label)} is empty: please fill it in.`;
    return `${capital(label)} must be text, not ${found}.`;
  }
  if (expected.startsWith('an id of')) {
    if (missing || found === 'an empty string') return 'The id is empty: please fill it in.';
    return `The id ${found} can only have letters, digits, "-" and "_": for example "national-medical-research-council".`;
  }
  if (expected.startsWith('an id no other')) {
    const owner = ownerOfId(data, String(value ?? '').trim(), steps);
    const what = steps.includes('partners') ? 'partner' : 'group';
    return owner
      ? `The id ${found} is already used by "${owner}". Each ${what} needs its own id.`
      : `The id ${found} is already used. Each ${what} needs its own id.`;
  }
  if (key === 'url') {
    if (suggestion) return `This website address is incomplete or mistyped. Did you mean ${suggestion}?`;
    return `The website must start with https:// (or http://, or mailto: for an email address), not ${found}.`;
  }
  if (key === 'logo')
    return `The logo must be the address of an image starting with https:// or http://, not ${found}.`;
  if (expected === 'at least one valid partner') {
    return 'This group has no partner that can be shown: fix the problems of its partners, or add one.';
  }
  if (expected === 'at least one valid group') {
    return 'No group can be shown: fix the problems of the groups below, or add a group.';
  }
  if (expected === 'non-empty acronyms')
    return 'A glossary entry has no acronym: write one, or remove the entry.';
  if (expected === 'an acronym not already listed') {
    return `The acronym ${found} is in the glossary twice: keep one of them.`;
  }
  if (expected.startsWith('a partner object') || expected.startsWith('a group object')) {
    return `This ${expected.includes('partner') ? 'partner' : 'group'} is not in the form the section reads (it is ${found}).`;
  }
  if (expected === 'an array of strings') return `${capital(label)} must be a list of paragraphs.`;
  if (expected === 'an array of groups') return 'The groups must be a list of groups.';
  if (expected === 'an array of partners') return "The group's partners must be a list of partners.";
  if (expected.startsWith('an object mapping'))
    return 'The glossary must list each acronym with its full name.';
  if (missing) return `${capital(label)} is missing.`;
  return `${capital(label)} is not in the form the section reads: it should be ${expected}, not ${found}.`;
}

/**
 * Says a validation problem in plain words, naming the group and partner it belongs to from `data` (the data as
 * it was checked). The JSON path stays in the command line's output (`formatProblem`); this is for the editor.
 */
export function describeProblem(problem: Problem, data: unknown): ProblemMessage {
  const steps = stepsOf(problem.path);
  return {
    field: steps.join('.'),
    where: whereOf(steps, data),
    sentence: sentenceOf(problem, steps, data),
  };
}
