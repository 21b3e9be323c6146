import type {ReactiveController, ReactiveElement} from 'lit';
import {scriEvent, type AcronymShowDetail} from './events.js';
import {closed, delays, shown, transition, type TooltipInput, type TooltipState} from './tooltip-state.js';

/** Space kept between the tooltip and the acronym, and between the tooltip and the viewport edges. */
const gap = 6;

export const supportsPopover = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

// Shared through the global object so that even two copies of this script keep one tooltip open at a time.
const openKey = Symbol.for('scri-acronym.open');
type WithOpen = {[openKey]?: {hide(): void}};

// The tooltips of every acronym on the page, as one state machine (`transition`) with one timer. Controllers
// feed it the visitor's input; it tells the controller whose acronym starts or stops showing.
let state: TooltipState<HTMLElement> = closed;
let timer: ReturnType<typeof setTimeout> | undefined;
let listening = false;
/** The controller that draws each acronym's tooltip. */
const owners = new WeakMap<HTMLElement, AcronymTooltipController>();

/** The page's keys and presses while a tooltip shows or waits to, and the handle other copies close it by. */
const page = {
  hide: () => send({type: 'dismiss'}),
  handleEvent(event: Event) {
    const open = shown(state);
    if (event.type === 'keydown') {
      if ((event as KeyboardEvent).key !== 'Escape') return;
      // Escape only closes the tooltip; the host page's own Escape handling must not also fire. Stopping
      // propagation is not enough for a modal <dialog>: only a cancelled keydown stops its close request.
      if (open) {
        event.stopPropagation();
        event.preventDefault();
      }
      send({type: 'dismiss'});
      return;
    }
    // A press anywhere but on an acronym or the open tooltip closes it; one on an acronym is a tap's start.
    const tip = open && owners.get(open)?.tip();
    if (!event.composedPath().some((node) => node === tip || owners.has(node as HTMLElement))) page.hide();
  },
};

function send(input: TooltipInput<HTMLElement>) {
  const before = state;
  const after = (state = transition(before, input));
  if (after.phase !== before.phase || after.anchor !== before.anchor) {
    clearTimeout(timer);
    const delay = delays[after.phase];
    if (delay) timer = setTimeout(() => send({type: 'timeout'}), delay);
  }
  const was = shown(before);
  const now = shown(after);
  if (was !== now) {
    if (was) owners.get(was)?.close();
    const registry = globalThis as WithOpen;
    if (now) {
      if (registry[openKey] !== page) registry[openKey]?.hide();
      registry[openKey] = page;
      owners.get(now)?.open(now);
    } else if (registry[openKey] === page) delete registry[openKey];
  }
  // The page's keys and presses matter only while a tooltip shows or waits to.
  const listen = after.phase !== 'closed';
  if (listen !== listening) {
    listening = listen;
    for (const type of ['keydown', 'pointerdown']) {
      if (listen) document.addEventListener(type, page, true);
      else document.removeEventListener(type, page, true);
    }
  }
}

export interface AcronymTooltipOptions {
  /** The acronym an event happened on, from the event's composed path. */
  anchorOf(path: EventTarget[]): HTMLElement | undefined;
  /** What an acronym's tooltip says, or nothing when it shows none (expanded inline). */
  detailOf(anchor: HTMLElement): AcronymShowDetail | undefined;
  /** Where the visitor's events are heard: the shadow root unless given. */
  root?: () => EventTarget;
  /** Whether this writes the expansion into the tooltip; false when the element's template renders it. */
  writesText: boolean;
}

/**
 * The one tooltip of an element that draws acronyms: `<scri-partners>` for all the acronyms in its shadow
 * root, `<scri-acronym>` for its own. The element renders one `.tooltip` popover; this moves it to whichever
 * acronym the page's tooltip state shows, and feeds that state the visitor's pointer, focus and taps from
 * listeners delegated on one root, so acronyms cost no listener, element or controller each. While the tooltip
 * shows, it follows its acronym through every scroll container on the way up, shadow roots included, and
 * through resizes.
 */
export class AcronymTooltipController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #options: AcronymTooltipOptions;
  /** Where scrolling can move the open acronym: the window and every shadow root it sits in. */
  #scrollRoots: EventTarget[] = [];
  #resize?: ResizeObserver;
  #frame = 0;

  constructor(host: ReactiveElement, options: AcronymTooltipOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The acronym whose tooltip this element shows, if any. */
  get anchor(): HTMLElement | undefined {
    const open = shown(state);
    return open && owners.get(open) === this ? open : undefined;
  }

  hostConnected() {
    for (const type of events) this.#root().addEventListener(type, this);
  }

  hostDisconnected() {
    for (const type of events) this.#root().removeEventListener(type, this);
    this.#forget(() => true);
  }

  hostUpdated() {
    // A render that removed an acronym, or wrote its expansion inline, ends its part in the page's state.
    this.#forget((anchor) => !(anchor.isConnected && this.#options.detailOf(anchor)));
    const anchor = this.anchor;
    if (anchor) {
      // A render may keep the open acronym but give it another expansion.
      this.#write(anchor);
      this.#position();
    }
  }

  /** Shows `anchor`'s tooltip, closing any other tooltip on the page. */
  show(anchor: HTMLElement) {
    if (!this.#host.isConnected || !anchor.isConnected || !this.#options.detailOf(anchor)) return;
    owners.set(anchor, this);
    send({type: 'show', anchor});
  }

  /** Hides this element's tooltip. */
  hide() {
    if (this.anchor) send({type: 'dismiss'});
  }

  /** Called by the page's state when `anchor`'s tooltip starts to show. */
  open(anchor: HTMLElement) {
    const tip = this.tip();
    if (!tip) return;
    this.#write(anchor);
    tip.toggleAttribute('data-open', true);
    if (supportsPopover && tip.isConnected) tip.togglePopover(true);
    this.#follow(anchor, tip);
    this.#position();
    anchor.dispatchEvent(scriEvent<AcronymShowDetail>('scri-acronym-show', this.#options.detailOf(anchor)!));
  }

  /** Called by the page's state when this element's tooltip stops showing. */
  close() {
    this.#unfollow();
    const tip = this.tip();
    tip?.removeAttribute('data-open');
    if (supportsPopover && tip?.isConnected) tip.togglePopover(false);
  }

  tip() {
    return this.#host.renderRoot.querySelector<HTMLElement>('.tooltip') ?? undefined;
  }

  /** The visitor's input on the root, and scrolling while the tooltip shows. */
  handleEvent(event: Event) {
    if (event.type === 'scroll' || event.type === 'resize') {
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => this.#position());
      return;
    }
    const path = event.composedPath();
    const tip = this.tip();
    const onTip = Boolean(tip && path.includes(tip));
    const anchor = onTip ? this.anchor : this.#options.anchorOf(path);
    if (!anchor || !this.#options.detailOf(anchor)) return;
    owners.set(anchor, this);
    const type = inputs[event.type as keyof typeof inputs];
    // A touch also fires pointerover and pointerout; it acts through focus and click (a tap) instead.
    const touch = (event as PointerEvent).pointerType === 'touch';
    if (!(touch && (type === 'enter' || type === 'leave')) && !(onTip && type === 'tap'))
      send({type, anchor});
  }

  /** Ends every part this element's acronyms play in the page's state, for those that `ended` picks. */
  #forget(ended: (anchor: HTMLElement) => boolean) {
    const {anchor, focused, over} = state;
    for (const each of new Set([anchor, focused, over])) {
      if (each && owners.get(each) === this && ended(each)) send({type: 'gone', anchor: each});
    }
  }

  #write(anchor: HTMLElement) {
    const tip = this.tip();
    const expansion = this.#options.detailOf(anchor)?.expansion ?? '';
    // Text, never markup: the expansion comes from data.
    if (tip && this.#options.writesText && tip.textContent !== expansion) tip.textContent = expansion;
  }

  #root() {
    return this.#options.root?.() ?? this.#host.renderRoot;
  }

  /** Repositions on scroll in the document or any shadow root above the acronym, and on resize. */
  #follow(anchor: HTMLElement, tip: HTMLElement) {
    this.#unfollow();
    const roots: EventTarget[] = [window];
    // Up the flat tree: a slotted acronym can scroll with a container in the shadow root it is slotted into.
    for (let node: Node | null = anchor; node;) {
      if (node instanceof ShadowRoot) roots.push(node);
      node = (node as Element).assignedSlot ?? node.parentNode ?? (node as ShadowRoot).host ?? null;
    }
    for (const root of roots) root.addEventListener('scroll', this, {capture: true, passive: true});
    addEventListener('resize', this, {passive: true});
    this.#scrollRoots = roots;
    this.#resize = new ResizeObserver(() => this.handleEvent(new Event('resize')));
    // The acronym's box, and the boxes whose width reflows the text around it (an inline host reports none).
    for (const each of [anchor, tip, this.#host, this.#host.parentElement])
      if (each) this.#resize.observe(each);
  }

  #unfollow() {
    cancelAnimationFrame(this.#frame);
    for (const root of this.#scrollRoots) root.removeEventListener('scroll', this, {capture: true});
    this.#scrollRoots = [];
    removeEventListener('resize', this);
    this.#resize?.disconnect();
    this.#resize = undefined;
  }

  /** Places the tooltip below the acronym, or above it when there is no room, shifted to stay on screen. */
  #position() {
    const tip = this.tip();
    const anchor = this.anchor;
    if (!tip || !anchor) return;
    const box = anchor.getBoundingClientRect();
    const {width, height} = tip.getBoundingClientRect();
    const viewportWidth = document.documentElement.clientWidth;
    const viewportHeight = document.documentElement.clientHeight;
    const below = box.bottom + gap;
    const above = box.top - gap - height;
    const fitsBelow = below + height <= viewportHeight - gap;
    const top = Math.max(
      fitsBelow || above < gap ? Math.min(below, viewportHeight - gap - height) : above,
      gap
    );
    const left = Math.max(Math.min(box.left + box.width / 2 - width / 2, viewportWidth - gap - width), gap);
    tip.style.top = `${top}px`;
    tip.style.left = `${left}px`;
    // Outside the top layer, a transformed (or contained) ancestor makes `position: fixed` relative to itself:
    // measure where the tooltip landed and correct by the difference.
    const landed = tip.getBoundingClientRect();
    if (Math.abs(landed.top - top) > 0.5 || Math.abs(landed.left - left) > 0.5) {
      tip.style.top = `${2 * top - landed.top}px`;
      tip.style.left = `${2 * left - landed.left}px`;
    }
  }
}

/** The input each event on the root gives the page's tooltip state. */
const inputs = {
  pointerover: 'enter',
  pointerout: 'leave',
  focusin: 'focus',
  focusout: 'blur',
  click: 'tap',
} as const;
const events = Object.keys(inputs);
