import {glossaryFor, segmentText} from './glossary.js';
import {parseHide} from './hide.js';
import type {Partner, PartnerGroup, PartnersData} from './types.js';

/** Options for writing the static HTML format. */
export interface StaticHtmlOptions {
  /** The title's heading level, 2–6, or the groups' when the title is hidden; each level below goes one deeper. */
  headingLevel?: number;
  /**
   * Parts to leave out of the markup, as the `hide` attribute takes them (`"title intro"`, or an array);
   * unknown words are ignored. A hidden title is kept in the wrapper's `data-title`, to name the section.
   */
  hide?: string | readonly string[];
  /** Wraps the markup in `<scri-partners>` (default) or in a `<div data-scri-partners>` for CMSes that drop unknown tags. */
  wrapper?: 'element' | 'div';
  /** The URL of `scri-partners.min.js`; when given, a `<script type="module">` tag for it follows the markup. */
  script?: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The id of a group's or partner's link target, in every output: `scri-group-<id>` or `scri-partner-<id>`. The
 * prefix keeps it clear of the host page's own ids (a page may well have an `id="nmrc"`), and ids are already
 * limited to letters, digits, `_` and `-`, so it needs no escaping in a URL.
 */
export const targetId = (kind: 'group' | 'partner', id: string) => `scri-${kind}-${id}`;

/** Clamps a heading level to 2–6, falling back to 2 for anything unusable. */
export const clampHeadingLevel = (level: unknown): number => {
  const number = Math.trunc(Number(level));
  return Number.isFinite(number) && number >= 2 ? Math.min(number, 6) : 2;
};

/**
 * Writes data as the static HTML format: plain headings, paragraphs, lists, links and
 * `<abbr title>` that read correctly with JavaScript off, and that `<scri-partners>`
 * reads back into the same data. Every text is escaped.
 */
export function renderStaticHtml(data: PartnersData, options: StaticHtmlOptions = {}): string {
  const level = clampHeadingLevel(options.headingLevel ?? 2);
  const hidden = parseHide(options.hide).parts;
  const titleHidden = hidden.includes('title');
  const glossary = glossaryFor(data);
  const text = (value: string) =>
    segmentText(value, glossary)
      .map((segment) =>
        typeof segment === 'string'
          ? escapeHtml(segment)
          : `<abbr title="${escapeHtml(segment.expansion)}">${escapeHtml(segment.acronym)}</abbr>`
      )
      .join('');
  const h = (depth: number, content: string) => {
    const n = Math.min(level + depth - (titleHidden ? 1 : 0), 6);
    return `<h${n}>${content}</h${n}>`;
  };
  const partner = (item: Partner) =>
    [
      `      <li id="${escapeHtml(targetId('partner', item.id))}" data-partner="${escapeHtml(item.id)}">`,
      item.logo
        ? `        <img src="${escapeHtml(item.logo)}" alt="" width="48" height="48" loading="lazy">`
        : '',
      `        ${h(2, escapeHtml(item.name) + (item.acronym ? `<span> (</span><abbr>${escapeHtml(item.acronym)}</abbr><span>)</span>` : ''))}`,
      `        <p>${text(item.description)}</p>`,
      item.url
        ? `        <p><a href="${escapeHtml(item.url)}" rel="noopener noreferrer">${escapeHtml(item.name)} website</a></p>`
        : '',
      '      </li>',
    ]
      .filter(Boolean)
      .join('\n');
  const group = (item: PartnerGroup) =>
    [
      `  <section id="${escapeHtml(targetId('group', item.id))}" data-group="${escapeHtml(item.id)}">`,
      `    ${h(1, escapeHtml(item.title))}`,
      item.description ? `    <p>${text(item.description)}</p>` : '',
      '    <ul>',
      ...item.partners.map(partner),
      '    </ul>',
      '  </section>',
    ]
      .filter(Boolean)
      .join('\n');
  const glossaryEntries = Object.entries(data.glossary ?? {});
  const body = [
    data.title && !titleHidden ? `  ${h(0, escapeHtml(data.title))}` : '',
    ...(hidden.includes('intro') ? [] : data.intro).map((paragraph) => `  <p>${text(paragraph)}</p>`),
    ...data.groups.map(group),
    ...(hidden.includes('closing') ? [] : (data.closing ?? [])).map(
      (paragraph) => `  <p>${text(paragraph)}</p>`
    ),
    glossaryEntries.length
      ? [
          '  <dl data-glossary hidden>',
          ...glossaryEntries.map(
            ([acronym, expansion]) => `    <dt>${escapeHtml(acronym)}</dt><dd>${escapeHtml(expansion)}</dd>`
          ),
          '  </dl>',
        ].join('\n')
      : '',
  ]
    .filter(Boolean)
    .join('\n');
  // The div's options are data- attributes, as the upgrade reads them; data-title is the format's own.
  const option = options.wrapper === 'div' ? 'data-' : '';
  const attributes = [
    level === 2 ? '' : ` ${option}heading-level="${level}"`,
    hidden.length ? ` ${option}hide="${hidden.join(' ')}"` : '',
    titleHidden && data.title ? ` data-title="${escapeHtml(data.title)}"` : '',
  ].join('');
  const markup =
    options.wrapper === 'div'
      ? `<div data-scri-partners${attributes}>\n${body}\n</div>\n`
      : `<scri-partners${attributes}>\n${body}\n</scri-partners>\n`;
  return options.script
    ? `${markup}<script type="module" src="${escapeHtml(options.script)}"></script>\n`
    : markup;
}
