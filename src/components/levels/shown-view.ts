/**
 * Which view of `<carepath-levels>` its container shows: the table from a width that grows with the number of
 * levels (the table's columns), else the cards. The same widths drive the container query in levels.styles.ts.
 *
 * A client-rendered widget builds only the view it shows, and switches when its container is resized (a
 * ResizeObserver on the host). The host's width never depends on its content (the host is an inline-size
 * container), so a switch cannot resize it back: no layout-shift loop. Pre-rendered markup (`carepath/ssr`, which
 * has no width to read) and printing (the paper's width is not the screen's) keep both views, and the container
 * query picks one.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { STAMP_ATTRIBUTE } from '../../ssr/client.js';

/** The container width (rem) from which the table shows, by how many levels it compares. */
export const TABLE_FROM_REM = { few: 30, three: 40, many: 50 } as const;
export type LevelSpan = keyof typeof TABLE_FROM_REM;

/** One or two levels, three, or four and five. */
export function levelSpan(levelCount: number): LevelSpan {
  return levelCount <= 2 ? 'few' : levelCount === 3 ? 'three' : 'many';
}

export type ShownView = 'table' | 'cards' | 'both';

type Host = ReactiveControllerHost & HTMLElement;

/** The root's font size in px: what `rem` is in a container query. */
function remPx(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/** The host's content-box width, read once before the first render (what the container query measures). */
function contentWidth(host: HTMLElement): number {
  const style = getComputedStyle(host);
  return host.clientWidth - (parseFloat(style.paddingInlineStart) || 0) - (parseFloat(style.paddingInlineEnd) || 0);
}

/**
 * One ResizeObserver and one set of print listeners for every widget on the page (attached while any is
 * connected): a widget that connects and disconnects a thousand times creates nothing a thousand times.
 */
const connected = new Map<Element, ShownViewController>();
let observer: ResizeObserver | undefined;
let print: MediaQueryList | undefined;

function printing(now: boolean): void {
  for (const controller of connected.values()) controller.setPrinting(now);
}
const onBeforePrint = (): void => printing(true);
const onAfterPrint = (): void => printing(Boolean(print?.matches));
const onPrintChange = (event: MediaQueryListEvent): void => printing(event.matches);

function watch(host: Element, controller: ShownViewController): void {
  if (connected.size === 0) {
    observer ??= new ResizeObserver((entries) => {
      for (const entry of entries) {
        const box = entry.contentBoxSize[0];
        if (box) connected.get(entry.target)?.resized(box.inlineSize);
      }
    });
    print ??= matchMedia('print');
    print.addEventListener('change', onPrintChange);
    addEventListener('beforeprint', onBeforePrint);
    addEventListener('afterprint', onAfterPrint);
  }
  connected.set(host, controller);
  observer?.observe(host);
}

function unwatch(host: Element): void {
  if (!connected.delete(host)) return;
  observer?.unobserve(host);
  if (connected.size > 0) return;
  print?.removeEventListener('change', onPrintChange);
  removeEventListener('beforeprint', onBeforePrint);
  removeEventListener('afterprint', onAfterPrint);
}

export class ShownViewController implements ReactiveController {
  readonly #host: Host;
  /** The host's content width in px, once known. */
  #width: number | undefined;
  #frame = 0;
  #printing = false;
  /** Pre-rendered markup keeps both views (decided on the first connection, before its stamp goes). */
  #prerendered: boolean | undefined;
  /** The view of the last `resolve()`, to tell whether a resize changes it. */
  #last: ShownView | undefined;
  #span: LevelSpan = 'many';

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer || typeof ResizeObserver === 'undefined') return;
    this.#prerendered ??= this.#host.hasAttribute(STAMP_ATTRIBUTE);
    this.#printing = Boolean(print?.matches);
    watch(this.#host, this);
  }

  hostDisconnected(): void {
    if (isServer) return;
    unwatch(this.#host);
    cancelAnimationFrame(this.#frame);
    // Measured again on the next connection: the widget may come back somewhere else.
    this.#width = undefined;
  }

  /** The view to render now for `levelCount` levels (measures the host once, before its first render). */
  resolve(levelCount: number): ShownView {
    this.#span = levelSpan(levelCount);
    if (isServer || this.#prerendered || this.#printing || !this.#host.isConnected) {
      this.#last = 'both';
      return 'both';
    }
    this.#width ??= contentWidth(this.#host);
    this.#last = this.#choose();
    return this.#last;
  }

  /** @internal The shared observer saw a new content width. */
  resized(width: number): void {
    this.#width = width;
    if (this.#last === undefined || this.#last === 'both' || this.#choose() === this.#last) return;
    // Rendered in the next frame, not inside the observer's callback: a render there would resize the host (its
    // height) while the observer is delivering, which the browser reports as a loop.
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.#host.requestUpdate());
  }

  /**
   * @internal Printing starts or ends. The update runs in a microtask, so it lands before the browser lays the
   * page out for print.
   */
  setPrinting(now: boolean): void {
    if (this.#printing === now) return;
    this.#printing = now;
    this.#host.requestUpdate();
  }

  #choose(): 'table' | 'cards' {
    return (this.#width ?? 0) >= TABLE_FROM_REM[this.#span] * remPx() ? 'table' : 'cards';
  }
}
