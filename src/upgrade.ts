/**
 * Upgrades every element marked `data-scri-partners` (static HTML left by a CMS that drops unknown
 * tags) by moving its markup into a `<scri-partners>` placed inside it. The container keeps its
 * place and classes; its other `data-` attributes (`data-heading-level`, `data-groups`, …) become
 * the element's attributes.
 */
export function upgradeStaticMarkup(root: ParentNode) {
  for (const container of root.querySelectorAll('[data-scri-partners]')) {
    if (container.localName === 'scri-partners' || container.querySelector(':scope > scri-partners'))
      continue;
    const element = document.createElement('scri-partners');
    for (const {name, value} of container.attributes) {
      if (name.startsWith('data-') && name !== 'data-scri-partners')
        element.setAttribute(name.slice(5), value);
    }
    element.append(...container.childNodes);
    container.append(element);
  }
}
