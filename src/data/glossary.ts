import type {PartnersData} from './types.js';

/** A piece of text: plain text, or an acronym that the glossary expands. */
export type TextSegment = string | {acronym: string; expansion: string};

/** A glossary ready for lookups, with the pattern that finds its acronyms in text. */
export interface Glossary {
  readonly entries: ReadonlyMap<string, string>;
  readonly pattern: RegExp | null;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Builds the glossary for some data: its own `glossary` entries, joined by every
 * partner's `acronym` → `name`. Built once per data object and cached.
 */
export function glossaryFor(data: PartnersData): Glossary {
  let glossary = cache.get(data);
  if (!glossary) {
    const entries = new Map<string, string>();
    for (const group of data.groups) {
      for (const partner of group.partners) {
        if (partner.acronym) entries.set(partner.acronym, partner.name);
      }
    }
    for (const [acronym, expansion] of Object.entries(data.glossary ?? {})) {
      entries.set(acronym, expansion);
    }
    glossary = createGlossary(entries);
    cache.set(data, glossary);
  }
  return glossary;
}

const cache = new WeakMap<PartnersData, Glossary>();

/** Wraps a map of acronym → expansion for lookups and text segmentation. */
export function createGlossary(entries: ReadonlyMap<string, string>): Glossary {
  // Longest first, so that "Duke-NUS" wins over "NUS" and "BMS IPO" over "BMS".
  const keys = [...entries.keys()].filter(Boolean).sort((a, b) => b.length - a.length);
  const pattern = keys.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
    : null;
  return {entries, pattern};
}

/** Splits text into plain runs and the glossary's acronyms, in order. */
export function segmentText(text: string, glossary: Glossary): TextSegment[] {
  const {pattern, entries} = glossary;
  if (!pattern) return [text];
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (index > last) segments.push(text.slice(last, index));
    const acronym = match[0];
    segments.push({acronym, expansion: entries.get(acronym) ?? ''});
    last = index + acronym.length;
  }
  if (last < text.length) segments.push(text.slice(last));
  return segments;
}
