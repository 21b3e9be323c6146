/** Options that a `data-scri-partners` container can carry, as `data-` attributes. */
const options = [
  'heading-level',
  'expand-acronyms',
  'groups',
  'highlight',
  'layout',
  'searchable',
  'src',
  'debug',
];

/**
 * Upgrades every element marked `data-scri-partners` (static HTML left by a CMS that drops unknown
 * tags) by moving its markup into a `<scri-partners>` placed inside it. The container keeps its
 * place and classes; its `data-heading-level` and similar attributes become the element's options.
 */
export function upgradeStaticMarkup(root: ParentNode) {
  for (const container of root.querySelectorAll('[data-scri-partners]')) {
    if (container.localName === 'scri-partners' || container.querySelector(':scope > scri-partners'))
      continue;
    const element = document.createElement('scri-partners');
    for (const option of options) {
      const value = container.getAttribute(`data-${option}`);
      if (value !== null) element.setAttribute(option, value);
    }
    element.append(...container.childNodes);
    container.append(element);
  }
}
