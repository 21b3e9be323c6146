/**
 * Every word the widget writes itself, in English, by name. `{name}`-style placeholders are filled in when
 * shown. Hosts replace any of them with the `strings` property or attribute, or for a language with
 * `ScriPartners.addStrings`.
 */
export const englishStrings = {
  showFullNames: 'Show full names',
  search: 'Search partners',
  visitWebsite: 'Visit website',
  /** Visually hidden, after "Visit website". */
  linkOf: 'of {name}',
  /** Visually hidden, after `linkOf`, for links to another site. */
  externalSite: '(external site)',
  loading: 'Loading partners…',
  error: 'The list of partners could not be shown right now.',
  retry: 'Retry',
  count: 'Showing {count} of {total} partners',
  noMatch: 'No partner matches “{query}”.',
  oneProblem: '1 problem in the partners data:',
  problems: '{n} problems in the partners data:',
  /** The name of each card's button that copies a link to it. */
  copyLink: 'Copy link to {name}',
  linkCopied: 'Link copied',
  /** Labels the field that shows the link when the browser would not copy it. */
  copyFallback: 'Copy this link:',
  /** Said when a link to a partner that the visitor's search hid cleared the search. */
  targetRevealed: 'Search cleared to show {name}',
  /** Said when a link names a partner or group that `groups` leaves out of every widget on the page. */
  targetFilteredOut: '{name} is not listed in this section',
};

/** The names of the widget's strings. */
export type StringName = keyof typeof englishStrings;

/** Some or all of the widget's strings, by name. */
export type PartnersStrings = Partial<Record<StringName, string>>;

/**
 * The strings of `input` that the widget knows, with a warning for each other entry: the same rules for the
 * property, the attribute's JSON and registered languages, since all of them come from a host.
 */
export function checkStrings(input: unknown): PartnersStrings {
  const known: PartnersStrings = {};
  for (const [name, value] of Object.entries(input ?? {})) {
    if (Object.hasOwn(englishStrings, name) && typeof value === 'string') known[name as StringName] = value;
    else
      console.warn(
        `scri-partners: strings.${name}: expected a documented name with a text value, found ${JSON.stringify(value)}`
      );
  }
  return known;
}

/** The `strings` attribute's JSON, or undefined (with a warning) when it is not JSON. */
export function parseStrings(json: string | null): unknown {
  try {
    // A removed attribute (null) parses as null: no strings.
    return JSON.parse(json!);
  } catch (error) {
    console.warn(`scri-partners: strings: expected JSON, found ${(error as Error).message}`);
    return undefined;
  }
}

/** `text` with each `{name}` replaced by `values[name]`; placeholders it has no value for stay as written. */
export const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (placeholder, name: string) => String(values[name] ?? placeholder));
