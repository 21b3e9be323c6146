import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {closed, shown, transition, type TooltipInput, type TooltipState} from '../src/tooltip-state.js';
import './helpers.js';

// The page's tooltip state as a pure function: acronyms are plain strings here.

type State = TooltipState<string>;
type Input = TooltipInput<string>;

const run = (inputs: Input[], from: State = closed) => inputs.reduce(transition, from);
const enter = (anchor: string): Input => ({type: 'enter', anchor});
const leave = (anchor: string): Input => ({type: 'leave', anchor});
const focus = (anchor: string): Input => ({type: 'focus', anchor});
const blur = (anchor: string): Input => ({type: 'blur', anchor});
const tap = (anchor: string): Input => ({type: 'tap', anchor});
const gone = (anchor: string): Input => ({type: 'gone', anchor});
const timeout: Input = {type: 'timeout'};
const dismiss: Input = {type: 'dismiss'};

/** What a visitor sees: the acronym whose tooltip shows, and whether a delay is running. */
const seen = (state: State) => ({
  shows: shown(state),
  waiting: state.phase === 'pending' || state.phase === 'leaving',
});

describe('the tooltip state', () => {
  describe('when the pointer rests on an acronym', () => {
    it('waits for the hover delay, then shows its tooltip', () => {
      expect(seen(run([enter('A')]))).to.deep.equal({shows: undefined, waiting: true});
      expect(seen(run([enter('A'), timeout]))).to.deep.equal({shows: 'A', waiting: false});
    });

    it('shows nothing if the pointer leaves before the delay', () => {
      expect(seen(run([enter('A'), leave('A'), timeout]))).to.deep.equal({shows: undefined, waiting: false});
    });

    it('keeps the tooltip while the pointer crosses onto it, and closes it after the leave delay', () => {
      const open = run([enter('A'), timeout]);
      expect(seen(run([leave('A')], open))).to.deep.equal({shows: 'A', waiting: true});
      expect(seen(run([leave('A'), enter('A'), timeout], open))).to.deep.equal({shows: 'A', waiting: false});
      expect(seen(run([leave('A'), timeout], open))).to.deep.equal({shows: undefined, waiting: false});
    });
  });

  describe('when the pointer moves from one acronym straight to another', () => {
    it("shows the second at once, even after the first one's leave delay", () => {
      const open = run([enter('A'), timeout]);
      expect(shown(run([leave('A'), enter('B')], open))).to.equal('B');
      expect(shown(run([leave('A'), enter('B'), timeout], open))).to.equal('B');
    });

    it('waits for the delay again when nothing shows yet', () => {
      expect(seen(run([enter('A'), leave('A'), enter('B')]))).to.deep.equal({
        shows: undefined,
        waiting: true,
      });
      expect(shown(run([enter('A'), leave('A'), enter('B'), timeout]))).to.equal('B');
    });
  });

  describe('when focus arrives while a hover waits', () => {
    it('shows the focused acronym, and the hover never opens', () => {
      const state = run([enter('A'), focus('B')]);
      expect(seen(state)).to.deep.equal({shows: 'B', waiting: false});
      expect(shown(run([timeout, leave('A'), timeout], state))).to.equal('B');
    });
  });

  describe('when an acronym has keyboard focus', () => {
    const focused = run([focus('A')]);

    it('shows another acronym under the pointer, then comes back once the pointer leaves', () => {
      expect(shown(run([enter('B')], focused))).to.equal('B');
      expect(seen(run([enter('B'), leave('B')], focused))).to.deep.equal({shows: 'B', waiting: true});
      expect(shown(run([enter('B'), leave('B'), timeout], focused))).to.equal('A');
    });

    it('stays open when the pointer passes over it and leaves', () => {
      expect(shown(run([enter('A'), leave('A'), timeout], focused))).to.equal('A');
    });

    it('closes on Escape and stays closed until focus moves', () => {
      const dismissed = run([dismiss], focused);
      expect(shown(dismissed)).to.be.undefined;
      expect(shown(run([enter('B'), timeout, leave('B'), timeout], dismissed))).to.be.undefined;
      expect(shown(run([blur('A'), focus('A')], dismissed))).to.equal('A');
    });

    it('closes when focus leaves, unless the pointer rests on it', () => {
      expect(shown(run([blur('A')], focused))).to.be.undefined;
      const resting = run([enter('A'), blur('A')], focused);
      expect(shown(resting)).to.equal('A');
      expect(shown(run([leave('A'), timeout], resting))).to.be.undefined;
    });

    it('moves with focus to the next acronym', () => {
      expect(shown(run([blur('A'), focus('B')], focused))).to.equal('B');
    });
  });

  describe('when an acronym is tapped', () => {
    it('opens at once, and a second tap closes it', () => {
      expect(shown(run([tap('A')]))).to.equal('A');
      expect(shown(run([tap('A'), tap('A')]))).to.be.undefined;
      expect(shown(run([tap('A'), tap('A'), tap('A')]))).to.equal('A');
    });

    it('closes on the second tap when the first also focused it', () => {
      expect(shown(run([focus('A'), tap('A')]))).to.equal('A');
      expect(shown(run([focus('A'), tap('A'), tap('A')]))).to.be.undefined;
    });

    it('stays open when the pointer leaves', () => {
      expect(shown(run([enter('A'), tap('A'), leave('A'), timeout]))).to.equal('A');
    });
  });

  describe('when the open acronym goes away', () => {
    it('closes, or goes back to the focused acronym', () => {
      expect(shown(run([tap('A'), gone('A')]))).to.be.undefined;
      expect(shown(run([focus('A'), enter('B'), gone('B')]))).to.equal('A');
      const state = run([focus('A'), gone('A')]);
      expect(state.focused).to.be.undefined;
      expect(shown(state)).to.be.undefined;
    });

    it('forgets a waiting hover on it', () => {
      expect(seen(run([enter('A'), gone('A'), timeout]))).to.deep.equal({shows: undefined, waiting: false});
    });
  });

  describe('for any sequence of input', () => {
    const anchors = fc.constantFrom('A', 'B', 'C');
    const input: fc.Arbitrary<Input> = fc.oneof(
      anchors.map(enter),
      anchors.map(leave),
      anchors.map(focus),
      anchors.map(blur),
      anchors.map(tap),
      anchors.map((anchor): Input => ({type: 'show', anchor})),
      anchors.map(gone),
      fc.constant(timeout),
      fc.constant(dismiss)
    );
    const params = {numRuns: 2000, seed: 14, verbose: true};

    it('waits only for the acronym under the pointer, and leaves only a hover', () => {
      fc.assert(
        fc.property(fc.array(input, {maxLength: 30}), (inputs) => {
          let state: State = closed;
          for (const each of inputs) {
            state = transition(state, each);
            if (state.phase === 'pending') expect(state.anchor).to.equal(state.over);
            if (state.phase === 'leaving') expect([state.by, state.over]).to.deep.equal(['hover', undefined]);
            if (state.phase !== 'closed') expect(state.anchor).to.be.a('string');
          }
        }),
        params
      );
    });

    it('shows the focused acronym again once nothing else holds the tooltip', () => {
      // After focus on A, anything but Escape, a tap, a script's show() or A's blur or removal, and then the
      // pointer leaving and the delays running out, brings A's tooltip back.
      const later = fc.oneof(
        anchors.map(enter),
        anchors.map(leave),
        fc.constantFrom('B', 'C').map(blur),
        fc.constantFrom('B', 'C').map(gone),
        fc.constant(timeout)
      );
      fc.assert(
        fc.property(fc.array(input, {maxLength: 20}), fc.array(later, {maxLength: 20}), (before, after) => {
          let state = run([...before, focus('A'), ...after]);
          if (state.over) state = transition(state, leave(state.over));
          state = run([timeout, timeout], state);
          expect(shown(state)).to.equal('A');
        }),
        params
      );
    });

    it('never shows an acronym that is gone', () => {
      fc.assert(
        fc.property(fc.array(input, {maxLength: 30}), anchors, (inputs, removed) => {
          const state = run([...inputs, gone(removed)]);
          expect(shown(state)).not.to.equal(removed);
          expect([state.focused, state.over]).not.to.include(removed);
        }),
        params
      );
    });
  });
});
