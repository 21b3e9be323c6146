/** What opened a tooltip: it decides what keeps the tooltip open. */
export type Opener = 'hover' | 'focus' | 'tap';

/**
 * The acronym tooltips of a whole page, as one value: which tooltip shows, which waits to, and what the visitor's
 * pointer and keyboard focus rest on. At most one tooltip shows at a time.
 */
export interface TooltipState<A> {
  /**
   * `closed`: none shows. `pending`: `anchor`'s hover delay runs. `open`: `anchor`'s tooltip shows.
   * `leaving`: it still shows while the leave delay runs, so that the pointer can cross onto the tooltip.
   */
  readonly phase: 'closed' | 'pending' | 'open' | 'leaving';
  readonly anchor?: A;
  readonly by?: Opener;
  /** The acronym with keyboard focus: its tooltip comes back when the pointer leaves another acronym. */
  readonly focused?: A;
  /** The acronym under the pointer, or whose tooltip the pointer is on. */
  readonly over?: A;
  /** Escape, a second tap or a press elsewhere closed the focused acronym's tooltip: it stays closed. */
  readonly dismissed?: boolean;
}

export type TooltipInput<A> =
  /** The pointer (not a touch) moved onto an acronym, or onto its open tooltip. */
  | {readonly type: 'enter'; readonly anchor: A}
  /** The pointer left that acronym or its tooltip. */
  | {readonly type: 'leave'; readonly anchor: A}
  | {readonly type: 'focus'; readonly anchor: A}
  | {readonly type: 'blur'; readonly anchor: A}
  /** A tap or click on an acronym. */
  | {readonly type: 'tap'; readonly anchor: A}
  /** A script asked for the acronym's tooltip (`show()`). */
  | {readonly type: 'show'; readonly anchor: A}
  /** Escape, a press elsewhere on the page, or a script's `hide()`. */
  | {readonly type: 'dismiss'}
  /** The delay that the phase started ran out. */
  | {readonly type: 'timeout'}
  /** The acronym left the page, or no longer shows a tooltip (its expansion is written inline). */
  | {readonly type: 'gone'; readonly anchor: A};

export const closed: TooltipState<never> = {phase: 'closed'};

/** How long a phase waits before its `timeout`: the hover delay, and the time to cross onto the tooltip. */
export const delays: Partial<Record<TooltipState<unknown>['phase'], number>> = {pending: 300, leaving: 150};

/** The acronym whose tooltip shows, if any. */
export const shown = <A>(state: TooltipState<A>) =>
  state.phase === 'open' || state.phase === 'leaving' ? state.anchor : undefined;

/**
 * The state after one input. The latest action wins: a focus or a tap replaces a pending hover, and a hover
 * shows its own tooltip over a focused acronym's, which comes back once the pointer leaves.
 */
export function transition<A>(state: TooltipState<A>, input: TooltipInput<A>): TooltipState<A> {
  const open = shown(state);
  const {focused, over, dismissed} = state;
  const context = {focused, over, dismissed};
  // Where the tooltip goes when the one showing (or waiting) ends: back to the focused acronym, if any.
  const back = (next: {focused?: A; over?: A; dismissed?: boolean}): TooltipState<A> =>
    next.focused !== undefined && !next.dismissed
      ? {...next, phase: 'open', anchor: next.focused, by: 'focus'}
      : {...next, phase: 'closed'};
  switch (input.type) {
    case 'enter': {
      const next = {...context, over: input.anchor};
      if (open === input.anchor) return {...state, ...next, phase: 'open'};
      // Once one tooltip shows, the pointer moving across acronyms switches straight away.
      if (open !== undefined) return {...next, phase: 'open', anchor: input.anchor, by: 'hover'};
      return {...next, phase: 'pending', anchor: input.anchor};
    }
    case 'leave': {
      if (over !== input.anchor) return state;
      const next = {...context, over: undefined};
      if (state.phase === 'pending') return back(next);
      if (state.phase === 'open' && state.by === 'hover') return {...state, ...next, phase: 'leaving'};
      return {...state, ...next};
    }
    case 'timeout':
      if (state.phase === 'pending') return {...state, phase: 'open', by: 'hover'};
      if (state.phase === 'leaving') return back(context);
      return state;
    case 'focus':
      return {
        ...context,
        focused: input.anchor,
        dismissed: false,
        phase: 'open',
        anchor: input.anchor,
        by: 'focus',
      };
    case 'blur': {
      if (focused !== input.anchor) return state;
      const next = {...context, focused: undefined, dismissed: false};
      if (open !== input.anchor || state.by === 'hover') return {...state, ...next};
      // The pointer resting on it keeps it open, as a hover.
      return over === input.anchor ? {...state, ...next, phase: 'open', by: 'hover'} : back(next);
    }
    case 'tap':
      if (open === input.anchor && state.by === 'tap') return {...context, phase: 'closed', dismissed: true};
      return {...context, phase: 'open', anchor: input.anchor, by: 'tap'};
    case 'show':
      return {...context, phase: 'open', anchor: input.anchor, by: 'tap'};
    case 'dismiss':
      return state.phase === 'closed' ? state : {...context, phase: 'closed', dismissed: true};
    case 'gone': {
      const next = {
        focused: focused === input.anchor ? undefined : focused,
        over: over === input.anchor ? undefined : over,
        dismissed,
      };
      return state.anchor === input.anchor && state.phase !== 'closed' ? back(next) : {...state, ...next};
    }
  }
}
