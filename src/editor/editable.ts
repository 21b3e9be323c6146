/** A partner as the form edits it: any values, since the form shows what was typed until it is fixed. */
export type EditablePartner = Record<string, unknown>;

/** A group as the form edits it: its partners are always a list. */
export interface EditableGroup extends Record<string, unknown> {
  partners: EditablePartner[];
}

/** Partners data in the shape the form can show; its values may still be invalid, which validateData reports. */
export interface EditableData extends Record<string, unknown> {
  groups: EditableGroup[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isListOrMissing = (value: unknown) => value === undefined || Array.isArray(value);

/**
 * Whether the form has a place for every part of `value`: lists where it shows lists and objects where it shows
 * fields. It says nothing about the values themselves; validateData judges those.
 */
export function fitsForm(value: unknown): value is EditableData {
  return (
    isRecord(value) &&
    Array.isArray(value.groups) &&
    isListOrMissing(value.intro) &&
    isListOrMissing(value.closing) &&
    (value.glossary === undefined || isRecord(value.glossary)) &&
    value.groups.every(
      (group) => isRecord(group) && Array.isArray(group.partners) && group.partners.every(isRecord)
    )
  );
}

// Stable keys for Lit's repeat(), carried from each object to the copy that replaces it, so that an edit keeps
// the fields (and their focus) and a move moves them.
const keys = new WeakMap<object, number>();
let lastKey = 0;

/** The stable key of a group, partner or glossary row. */
export function keyOf(object: object): number {
  let key = keys.get(object);
  if (key === undefined) keys.set(object, (key = ++lastKey));
  return key;
}

/** `to`, which replaces `from`, with `from`'s key. */
function replacing<T extends object>(from: object, to: T): T {
  keys.set(to, keyOf(from));
  return to;
}

/** `object` with `key` set to `value`, or removed when `value` is undefined. */
export function withValue<T extends Record<string, unknown>>(object: T, key: string, value: unknown): T {
  const copy: Record<string, unknown> = {...object};
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return replacing(object, copy as T);
}

/** `data` with its group `g` replaced by `change(group)`. */
export function withGroup(
  data: EditableData,
  g: number,
  change: (group: EditableGroup) => EditableGroup
): EditableData {
  const groups = data.groups.slice();
  groups[g] = replacing(data.groups[g], change(data.groups[g]));
  return replacing(data, {...data, groups});
}

/** `data` with partner `p` of group `g` replaced by `change(partner)`. */
export function withPartner(
  data: EditableData,
  g: number,
  p: number,
  change: (partner: EditablePartner) => EditablePartner
): EditableData {
  return withGroup(data, g, (group) => {
    const partners = group.partners.slice();
    partners[p] = replacing(group.partners[p], change(group.partners[p]));
    return {...group, partners};
  });
}

/** `list` with the item at `index` moved `by` places. */
export function moved<T>(list: readonly T[], index: number, by: number): T[] {
  const copy = list.slice();
  const [item] = copy.splice(index, 1);
  copy.splice(index + by, 0, item);
  return copy;
}

/** A value as a text field shows it: text as it is, anything else as JSON, nothing as empty. */
export const fieldText = (value: unknown): string =>
  value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);

/** A group or partner id made from its name: "Changi General Hospital" → "changi-general-hospital". */
export const slug = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** `wanted`, or `wanted-2`, `wanted-3`, … when it is taken. */
export function freeId(wanted: string, taken: ReadonlySet<unknown>): string {
  if (!taken.has(wanted)) return wanted;
  let n = 2;
  while (taken.has(`${wanted}-${n}`)) n++;
  return `${wanted}-${n}`;
}
