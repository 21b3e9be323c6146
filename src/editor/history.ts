/**
 * Undo and redo over snapshots of the edited data. Consecutive changes with the same `group` (typing in one
 * field) make one step, so that Undo takes back a word typed, not a letter.
 */
export class EditHistory<T> {
  #past: T[] = [];
  #future: T[] = [];
  #group: string | undefined;
  readonly #limit: number;

  constructor(limit = 200) {
    this.#limit = limit;
  }

  get canUndo() {
    return this.#past.length > 0;
  }

  get canRedo() {
    return this.#future.length > 0;
  }

  /** Records `previous`, the state a change replaces; a change in the same group as the last adds no step. */
  record(previous: T, group?: string) {
    this.#future = [];
    if (group !== undefined && group === this.#group) return;
    this.#group = group;
    this.#past.push(previous);
    if (this.#past.length > this.#limit) this.#past.shift();
  }

  /** The state before `current`, or undefined when there is none. */
  undo(current: T): T | undefined {
    const previous = this.#past.pop();
    if (previous === undefined) return undefined;
    this.#future.push(current);
    this.#group = undefined;
    return previous;
  }

  /** The state that `undo` replaced, or undefined when there is none. */
  redo(current: T): T | undefined {
    const next = this.#future.pop();
    if (next === undefined) return undefined;
    this.#past.push(current);
    this.#group = undefined;
    return next;
  }

  /** Ends the current group, so that the next change is a step of its own. */
  seal() {
    this.#group = undefined;
  }
}
