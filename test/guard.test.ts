import {expect, waitUntil} from '@open-wc/testing';
import {LitElement} from 'lit';
import {wait} from './helpers.js';

// The suite's own guard (test/setup/guard.js with the afterEach in helpers.ts) must really catch what it
// promises to; each test here provokes one problem, checks it was caught, and clears it.
describe('the test guard', () => {
  it('catches a Lit dev-mode warning', async function () {
    if (!('litIssuedWarnings' in globalThis)) this.skip(); // Lit's production build issues no warnings.
    class ChangesInUpdate extends LitElement {
      static override properties = {count: {type: Number}};
      count = 0;
      protected override updated() {
        if (this.count < 1) this.count++;
      }
    }
    customElements.define('guard-changes-in-update', ChangesInUpdate);
    const element = document.createElement('guard-changes-in-update') as ChangesInUpdate;
    document.body.append(element);
    await element.updateComplete;
    await wait(0);
    element.remove();
    const caught = window.__litIssues.splice(0);
    expect(caught.some((issue) => issue.includes('lit.dev/msg/change-in-update'))).to.be.true;
  });

  it('catches an unhandled promise rejection', async () => {
    void Promise.reject(new Error('provoked by the guard test'));
    await waitUntil(() => window.__litIssues.length > 0, 'the rejection was never reported', {timeout: 5000});
    const caught = window.__litIssues.splice(0);
    expect(caught).to.deep.equal(['unhandled rejection: Error: provoked by the guard test']);
  });
});
