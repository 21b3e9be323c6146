/**
 * The options a `data-scri-partners` container may carry as `data-` attributes. Nothing else is copied: a
 * CMS's sanitiser keeps every `data-` attribute, so copying them all would turn `data-onclick` into a
 * live handler on the widget.
 */
const options =
  'heading-level hide groups highlight layout searchable copy-links expand-acronyms src timeout debug strings'.split(
    ' '
  );

/**
 * Upgrades every element marked `data-scri-partners` (static HTML left by a CMS that drops unknown
 * tags) by moving its markup into a `<scri-partners>` placed inside it. The container keeps its
 * place and classes; its documented options (`data-heading-level`, `data-groups`, …) become the
 * element's attributes, `data-title` (a hidden title) goes with the markup, and every other `data-`
 * attribute is ignored.
 */
export function upgradeStaticMarkup(root: ParentNode) {
  for (const container of root.querySelectorAll('[data-scri-partners]')) {
    if (container.localName === 'scri-partners' || container.querySelector(':scope > scri-partners'))
      continue;
    const element = document.createElement('scri-partners');
    for (const name of options) {
      const value = container.getAttribute(`data-${name}`);
      if (value !== null) element.setAttribute(name, value);
    }
    // Not an option but the static format's own: the title that `hide` left out of the markup.
    const title = container.getAttribute('data-title');
    if (title !== null) element.setAttribute('data-title', title);
    element.append(...container.childNodes);
    container.append(element);
  }
}
