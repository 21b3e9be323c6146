// Writes jekyll/_data/scri_partners.yml: SCRI's built-in data (dist/data.js) as YAML for the Jekyll include,
// with comments that tell an editor what each field is. Run by `npm run build`, after rollup. `jekyllDataYaml` is
// the writer, for the property tests (test/node/data-properties.test.mjs) to give any data.
import {mkdirSync, writeFileSync} from 'node:fs';
import {pathToFileURL} from 'node:url';
import {Document} from 'yaml';
import {scriPartnersData} from '../dist/data.js';

const header = ` SCRI's Public Sector Partners, for the scri-partners Jekyll include (_includes/scri-partners.html).
 Edit the text here and rebuild the site; no Node or plugin needed. The include writes it as plain
 headings, paragraphs, lists and links that read correctly with JavaScript off, and scri-partners.min.js
 turns them into the widget.

 Every value is plain text: it is shown as written, never read as HTML, Markdown or Liquid. Quote text
 that YAML would read as something else: "NO", "yes", "on", "off", "1:20", or text that starts with
 one of - ? : , [ ] { } # & * ! | > ' " % @ \`
 Acronyms in the text (SCRI, HSA, IIT, …) get their full name from the partners' acronyms and from
 the glossary at the end.

 With Node, \`npx scri-partners validate _data/scri_partners.yml\` checks this file and says on which
 line each problem is. Written by scripts/jekyll-data.mjs from the package's built-in data.`;

const fieldComments = {
  title: ' The section heading.',
  intro: ' Paragraphs under the heading, before the groups; one "- " item per paragraph.',
  groups: `
 The partners, grouped by how SCRI works with them, in the order shown. Each group has:
   id           a stable name of letters, digits, "-" or "_" (used by the widget's groups attribute)
   title        the group's heading
   description  optional: a sentence under the heading
   partners     the partners in the group, in the order shown. Each partner has:
     id           a stable name of letters, digits, "-" or "_", unique among partners
     name         the organisation's official full name
     acronym      optional: the short form the text uses, e.g. HSA; it shows the full name on hover
     description  what the partnership is, in a sentence or two
     url          optional: the organisation's website (https:, http:, mailto: or a path on this site)
     logo         optional: a logo image URL (https:, http: or a path on this site), shown 48 × 48`,
  closing: ' Optional: paragraphs after the groups.',
  glossary: ` Optional: acronyms the text uses that are not a partner's acronym, each with its full name.
 A partner's acronym and name join this list by themselves.`,
};

/** Data as the commented `_data` file: YAML 1.1, as Jekyll reads it. */
export function jekyllDataYaml(data) {
  const document = new Document(data, {version: '1.1'});
  document.commentBefore = header;
  for (const pair of document.contents.items) {
    const comment = fieldComments[pair.key.value];
    if (!comment) throw new Error(`scripts/jekyll-data.mjs has no comment for "${pair.key.value}"`);
    pair.key.commentBefore = comment;
    if (pair.key.value !== 'title') pair.key.spaceBefore = true;
  }
  for (const group of document.contents.get('groups').items.slice(1)) group.spaceBefore = true;
  // No folding, so that each text stays on one line for an editor.
  return document.toString({lineWidth: 0});
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  mkdirSync('jekyll/_data', {recursive: true});
  writeFileSync('jekyll/_data/scri_partners.yml', jekyllDataYaml(scriPartnersData));
}
