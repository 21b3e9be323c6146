import {css} from 'lit';
import {tooltipStyles} from './tooltip.styles.js';

export const acronymStyles = [
  css`
    :host {
      display: inline;
    }
    :host([hidden]) {
      display: none;
    }
  `,
  tooltipStyles,
];
