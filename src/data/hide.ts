/** The parts of the section that `hide` can leave out, in the order the section shows them. */
export const hideableParts = ['title', 'intro', 'closing'] as const;

/** A part of the section that `hide` can leave out. */
export type HideablePart = (typeof hideableParts)[number];

/**
 * Reads a `hide` value: words separated by spaces or commas (`"title intro"`, `"title,intro"`). Returns the
 * known parts in the section's order, each once, and the words it does not know, for a warning.
 */
export function parseHide(value: string | readonly string[] = ''): {
  parts: HideablePart[];
  unknown: string[];
} {
  const words = (typeof value === 'string' ? [value] : value).flatMap((item) => item.split(/[\s,]+/));
  const known = new Set<string>(hideableParts);
  return {
    parts: hideableParts.filter((part) => words.includes(part)),
    unknown: [...new Set(words.filter((word) => word && !known.has(word)))],
  };
}
