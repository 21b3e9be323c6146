// Pre-renders the demo pages: fills every <scri-partners> in demo/*.html whose data the build knows (the
// built-in data, or the data channels.js sets as a property) with the command line's static HTML for it, as
// a site would, so that the pages show the section before the script arrives and, with
// dist/scri-partners.css, shift nothing when it does. Idempotent: the markup between the tags is replaced.
// Widgets with `src` or inline JSON are left alone, and so is script-tag.html, the bare README snippet.
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {renderStaticHtml, scriPartnersData} from '../dist/data.js';
import byProperty from '../demo/data/by-property.js';

const attribute = (attributes, name) =>
  new RegExp(`\\s${name}(?:=("[^"]*"|'[^']*'|[^\\s>]+))?`).exec(attributes)?.[1]?.replace(/^["']|["']$/g, '');

/** The data a widget with these attributes shows, or undefined when the build cannot know it. */
function dataFor(attributes, inner) {
  if (/\ssrc=/.test(attributes) || /<script/.test(inner)) return undefined;
  const data = attribute(attributes, 'id') === 'by-property' ? byProperty : scriPartnersData;
  const ids = (attribute(attributes, 'groups') ?? '').split(/\s+/).filter(Boolean);
  if (!ids.length) return data;
  const byId = new Map(data.groups.map((group) => [group.id, group]));
  return {...data, groups: ids.flatMap((id) => byId.get(id) ?? [])};
}

export function prerender(html) {
  return html.replace(
    /<scri-partners(\s[^>]*)?>([\s\S]*?)<\/scri-partners>/g,
    (whole, attributes = '', inner) => {
      const data = dataFor(attributes, inner);
      if (!data) return whole;
      const markup = renderStaticHtml(data, {
        headingLevel: attribute(attributes, 'heading-level') ?? 2,
        hide: attribute(attributes, 'hide') ?? '',
      });
      const body = markup.slice(markup.indexOf('>\n') + 2, markup.lastIndexOf('</scri-partners>'));
      return `<scri-partners${attributes}>\n${body}</scri-partners>`;
    }
  );
}

for (const name of readdirSync('demo').filter(
  (file) => /\.html$/.test(file) && file !== 'static.html' && file !== 'script-tag.html'
)) {
  const path = `demo/${name}`;
  const before = readFileSync(path, 'utf8');
  const after = prerender(before);
  if (after !== before) writeFileSync(path, after);
}
