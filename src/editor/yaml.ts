// YAML for Jekyll's _data folder, for the editor only: src/index.ts and src/define.ts never import this module,
// so the widget's bundles never carry the yaml package.
import {Document, LineCounter, isMap, isScalar, isSeq, parseDocument, visit} from 'yaml';
import type {Node} from 'yaml';
import type {PartnersData} from '../data/types.js';

/**
 * Text that some YAML 1.1 reader takes for something other than text when it is not quoted. The yaml package
 * quotes most of it by itself; Ruby's Psych, which Jekyll uses, also reads `oN`, `nO` or `nUlL` in any case, and
 * a few readers take `y`, `n`, `<<` and `=` as booleans or merge and value keys. Quoting text that starts with a
 * digit, a sign or a dot also covers numbers, sexagesimals (`1:20`) and dates however a reader spells them.
 */
// Psych also ends a line at NEL, LS and PS, which only double quotes escape, and reads `:name` as a Ruby symbol.
const ambiguous =
  /^(?:y|n|yes|no|true|false|on|off|null|~|<<|=)$|^[-+]?(?:\.?\d|\.(?:inf|nan)$)|^:|[\u0085\u2028\u2029]/i;

/** The line breaks that YAML 1.1 readers end a line at, and their escapes in double quotes. */
const lineBreaks = /[\u0085\u2028\u2029]/g;
const escapes: Record<string, string> = {'\u0085': '\\N', '\u2028': '\\L', '\u2029': '\\P'};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Writes data as YAML that YAML 1.1 readers (Jekyll, `scri-partners validate`) read back as exactly this data.
 * With `previous`, the document the user opened, its comments and layout stay on every node that still exists:
 * groups and partners are matched by id, other lists by position, maps by key. `previous` itself is not changed.
 */
export function toYaml(data: PartnersData, previous?: Document): string {
  const document = previous ? previous.clone() : new Document(data, {version: '1.1'});
  if (previous)
    document.contents = merge(document, document.contents as Node | null, data) as typeof document.contents;
  visit(document, {
    Scalar(_, node) {
      if (
        typeof node.value === 'string' &&
        ambiguous.test(node.value) &&
        (!node.type || node.type === 'PLAIN' || /[\u0085\u2028\u2029]/.test(node.value))
      ) {
        node.type = 'QUOTE_DOUBLE';
      }
    },
  });
  // The yaml package writes NEL, LS and PS as they are, even in double quotes, where Psych folds them to spaces.
  return document.toString({lineWidth: 0}).replace(lineBreaks, (char) => escapes[char]);
}

/** The node for `value`, reusing `node` and its comments where it still fits. */
function merge(document: Document, node: Node | null, value: unknown): Node {
  if (Array.isArray(value) && isSeq(node)) {
    const old = node.items as Node[];
    const byId = new Map(old.map((item) => [isMap(item) ? item.get('id') : undefined, item]));
    node.items = value.map((item, index) => {
      const id = isRecord(item) ? item.id : undefined;
      const match =
        id !== undefined && byId.has(id) ? byId.get(id)! : id === undefined ? old[index] : undefined;
      return merge(document, match ?? null, item);
    });
    return node;
  }
  if (isRecord(value) && isMap(node)) {
    node.items = node.items.filter(
      (pair) => isScalar(pair.key) && Object.hasOwn(value, String(pair.key.value))
    );
    for (const [key, item] of Object.entries(value)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
      if (pair) pair.value = merge(document, pair.value as Node | null, item);
      else node.items.push(document.createPair(key, item));
    }
    return node;
  }
  if (
    isScalar(node) &&
    (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
  ) {
    if (node.value !== value) {
      node.value = value;
      // The old style may not fit the new text (a plain scalar that now needs quotes, a block that lost its lines).
      delete node.type;
    }
    return node;
  }
  const created = document.createNode(value) as Node;
  if (node) {
    created.commentBefore = node.commentBefore;
    created.comment = node.comment;
  }
  return created;
}

/** The outcome of reading YAML: the data and its document (for `toYaml`'s `previous`), or a sentence saying why not. */
export interface ParsedYaml {
  data?: unknown;
  document?: Document;
  error?: string;
}

/** Reads YAML as Jekyll does (YAML 1.1); never throws. */
export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  try {
    const document = parseDocument(text, {version: '1.1', lineCounter, prettyErrors: false});
    const [error] = document.errors;
    if (error) {
      const {line, col} = lineCounter.linePos(error.pos[0]);
      const reason = error.message.split('\n')[0].replace(/[.:]$/, '');
      return {error: `This is not valid YAML: ${reason} (line ${line}, column ${col}).`};
    }
    return {data: document.toJS({maxAliasCount: 1000}), document};
  } catch (error) {
    return {
      error: `This is not valid YAML: ${String((error as Error)?.message ?? error).replace(/\.$/, '')}.`,
    };
  }
}
