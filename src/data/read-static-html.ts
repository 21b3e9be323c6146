/**
 * Reads the static HTML format back into raw data, for `validateData` to check.
 * Only the format's elements and attributes are read, and only as text: nothing
 * in the markup is ever inserted as HTML.
 */
export function readStaticHtml(root: Element): unknown {
  const collapse = (value: string) => value.replace(/\s+/g, ' ').trim();
  const text = (element: Element | null | undefined) => collapse(element?.textContent ?? '');
  const headings = 'h1, h2, h3, h4, h5, h6';
  const isGroup = (element: Element) => element.matches('section, [data-group]');
  const children = [...root.children];
  const firstGroup = children.findIndex(isGroup);
  if (firstGroup < 0) return null;
  const lastGroup = children.length - 1 - [...children].reverse().findIndex(isGroup);

  const title = children.slice(0, firstGroup).find((element) => element.matches(headings));
  const paragraphs = (elements: Element[]) =>
    elements
      .filter((element) => element.localName === 'p')
      .map(text)
      .filter(Boolean);

  const partnerNames = new Map<string, string>();
  const groups = children.filter(isGroup).map((section, index) => {
    const heading = section.querySelector(headings);
    const description = [...section.children].find((element) => element.localName === 'p');
    const partners = [...section.querySelectorAll('li')].map((item, partnerIndex) => {
      const name = item.querySelector(headings);
      const acronym = name?.querySelector('abbr');
      const nameCopy = name?.cloneNode(true) as Element | undefined;
      nameCopy?.querySelector('abbr')?.remove();
      const link = item.querySelector('a[href]');
      const logo = item.querySelector('img[src]');
      const descriptionParagraphs = [...item.querySelectorAll('p')].filter(
        (paragraph) => !paragraph.querySelector('a[href]')
      );
      const partner: Record<string, unknown> = {
        id: item.getAttribute('data-partner') ?? `partner-${index + 1}-${partnerIndex + 1}`,
        // Without its acronym the heading ends in "( )"; a name of its own may end in "()".
        name: acronym
          ? text(nameCopy)
              .replace(/\(\s*\)$/, '')
              .trim()
          : text(nameCopy),
        description: descriptionParagraphs.map(text).join(' '),
      };
      if (acronym) {
        partner.acronym = text(acronym);
        partnerNames.set(partner.acronym as string, partner.name as string);
      }
      if (link) partner.url = link.getAttribute('href') ?? '';
      if (logo) partner.logo = logo.getAttribute('src') ?? '';
      return partner;
    });
    const group: Record<string, unknown> = {
      id: section.getAttribute('data-group') ?? `group-${index + 1}`,
      title: text(heading),
      partners,
    };
    if (description && !description.closest('li')) group.description = text(description);
    return group;
  });

  const glossary = new Map<string, string>();
  const list = root.querySelector('dl[data-glossary]');
  if (list) {
    for (const term of list.querySelectorAll('dt')) {
      const definition = term.nextElementSibling;
      if (definition?.localName === 'dd') glossary.set(text(term), text(definition));
    }
  } else {
    // Markup without the list: gather the acronyms the text expands, except each partner's own
    // acronym → name, which joins the glossary by itself and would otherwise come back as an entry.
    for (const abbr of root.querySelectorAll('abbr[title]')) {
      const acronym = text(abbr);
      const expansion = collapse(abbr.getAttribute('title') ?? '');
      if (partnerNames.get(acronym) !== expansion) glossary.set(acronym, expansion);
    }
  }

  const data: Record<string, unknown> = {
    // A title hidden with `hide` is left out of the markup and kept in data-title.
    title: text(title) || collapse(root.getAttribute('data-title') ?? ''),
    intro: paragraphs(children.slice(0, firstGroup)),
    groups,
  };
  const closing = paragraphs(children.slice(lastGroup + 1));
  if (closing.length) data.closing = closing;
  // From a Map, so that an acronym such as "__proto__" or "constructor" stays an acronym.
  if (glossary.size) data.glossary = Object.fromEntries(glossary);
  return data;
}
