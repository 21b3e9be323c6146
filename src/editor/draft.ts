/** Unsaved work kept in the browser: the data, what it was opened from, and when it was saved. */
export interface Draft {
  data: unknown;
  source: string;
  savedAt: number;
}

// Storage can be missing, full or refused (private windows, blocked cookies): a draft is then not kept, and
// beforeunload's question is the only safeguard left.

/** The draft saved under `key`, or undefined. */
export function readDraft(key: string): Draft | undefined {
  try {
    const saved = JSON.parse(localStorage.getItem(key) ?? 'null') as Partial<Draft> | null;
    if (saved && typeof saved.savedAt === 'number' && typeof saved.source === 'string' && 'data' in saved)
      return saved as Draft;
  } catch {
    // No storage, or not ours.
  }
  return undefined;
}

/** Saves `draft` under `key`; says whether it was kept. */
export function saveDraft(key: string, draft: Draft): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(key: string) {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing was kept.
  }
}
