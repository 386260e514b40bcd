/**
 * Pre-rendered markup in the browser. `carepath/ssr` writes a widget's first screen into a declarative shadow root
 * and stamps the host with `data-carepath-ssr="<version> <lang> <digest>"`. When the widget upgrades, it keeps that
 * root and hydrates it in place (Lit's `hydrate()` from @lit-labs/ssr-client) only when the stamp matches this
 * copy's version, the language the widget resolves now, and the markup as the browser parsed it. Anything else —
 * another version, another language, edited markup, markup that does not fit the template — is cleared and
 * rendered fresh with one console warning, so the visitor never sees two copies of the widget.
 *
 * We hydrate from the widget's own `createRenderRoot()`/`update()` rather than through Lit's global
 * `lit-element-hydrate-support.js`: that one must load before Lit itself (an app that imported Lit first would
 * silently lose it), it patches every LitElement on the page, and its flag's name is minified differently per build.
 *
 * Lit's `hydrate()` is loaded on demand (./hydrator.ts): only a widget whose stamp holds waits for it, and the
 * pre-rendered markup stays on screen meanwhile. If the file fails to load, one warning, and the markup is rendered
 * again in place. A page without pre-rendered markup never requests it.
 *
 * Until hydration the server marks its controls `disabled` (and `data-carepath-pending`), so nothing looks live that
 * would do nothing; links, such as the crisis lines, stay plain working links. Hydration removes those marks.
 */
import { adoptStyles, isServer, ReactiveElement, render, type CSSResultOrNative, type LitElement, type PropertyValues } from 'lit';
import { VERSION } from '../internal/version.js';
import type { Hydrate } from './hydrate-file.js';
import { loadHydrate } from './hydrator.js';

/** The host attribute that carries the stamp. */
export const STAMP_ATTRIBUTE = 'data-carepath-ssr';
/** The attribute on each control the server disabled until hydration. */
export const PENDING_ATTRIBUTE = 'data-carepath-pending';

/** FNV-1a (32-bit) of a string's UTF-16 code units, as 8 hex digits: identical in Node and every browser. */
export function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * The stamp for markup pre-rendered in `lang`: `<version> <lang> <markup digest> <config digest>`. `markup` is the
 * root's HTML as a browser serializes it; `config` the widget's resolved configuration.
 */
export function stampFor(version: string, lang: string, markup: string, config: unknown): string {
  return `${version} ${lang} ${digest(markup)} ${digest(JSON.stringify(config) ?? '')}`;
}

type Root = ShadowRoot & { _$litPart$?: unknown };

/** Widgets whose next update hydrates their pre-rendered root, with the configuration digest the server stamped. */
const hydrating = new WeakMap<LitElement, string>();
/**
 * Widgets whose pre-rendered root is replaced by their first render. It stays on screen until then: the first
 * render may come a few tasks later (each widget's first render has its own task; a Spanish widget waits for its
 * strings), and an emptied root in between would be painted, and the page would jump.
 */
const replacing = new WeakSet<LitElement>();

/** Whether the root's linked carepath.css has loaded with rules (a failed load leaves no sheet, or an empty one). */
function stylesheetLoaded(link: HTMLLinkElement | null): boolean {
  try {
    return (link?.sheet?.cssRules.length ?? 0) > 0;
  } catch {
    return true; // loaded from another origin without CORS: its rules cannot be read, but they apply
  }
}

/**
 * The widget's `createRenderRoot()`: a shadow root that arrived with children was pre-rendered. Keep it for
 * hydration when its stamp holds, else empty it. The widget's own styles are adopted unless it hydrates with its
 * linked stylesheet loaded, so it stays styled even if that file never loads. Without a pre-rendered root, Lit's own
 * `createRoot` runs.
 */
export function claimPrerendered(
  host: LitElement,
  lang: string,
  styles: readonly CSSResultOrNative[],
  createRoot: () => HTMLElement | DocumentFragment,
): HTMLElement | DocumentFragment {
  const root = host.shadowRoot;
  if (isServer || !root?.firstChild) return createRoot();
  // The configuration is resolved only in the first update: its digest is checked there.
  const expected = `${VERSION} ${lang} ${digest(root.innerHTML)}`;
  const found = host.getAttribute(STAMP_ATTRIBUTE);
  const config = found?.startsWith(`${expected} `) ? found.slice(expected.length + 1) : undefined;
  if (config) {
    hydrating.set(host, config);
  } else if (found === `${VERSION} ${lang} static`) {
    replacing.add(host); // a builder snapshot (./snapshot.ts): rendered again in place, as expected
  } else {
    console.warn(
      `<${host.localName}> was pre-rendered ${found ? `as "${found}"` : 'without a carepath stamp'}, but this copy expects "${expected}" ` +
        '(another carepath version or language, or edited markup); it is rendered again. Pre-render with the carepath version and language the page uses.',
    );
    replacing.add(host);
  }
  // Hydrated markup keeps its linked carepath.css; when that has loaded, adopting the same rules again would only
  // make the browser restyle the whole widget once more (measured: Lighthouse's blocking time). Markup that is
  // replaced loses the link, and a link that has not loaded (or failed) may never style it: adopt the styles then.
  if (!config || !stylesheetLoaded(root.querySelector<HTMLLinkElement>('link[rel="stylesheet"]'))) adoptStyles(root, styles as CSSResultOrNative[]);
  host.addController({
    hostUpdated() {
      // Once, right after the hydrating (or fresh) first render: the controls work now.
      for (const control of root.querySelectorAll(`[${PENDING_ATTRIBUTE}]`)) {
        control.removeAttribute('disabled');
        control.removeAttribute(PENDING_ATTRIBUTE);
      }
      host.removeAttribute(STAMP_ATTRIBUTE);
      host.removeController(this);
    },
  });
  return root;
}

/** Lit's `hydrate()` once loaded; `null` when its file failed (then the markup is rendered again). */
let hydrateLoaded: Hydrate | null | undefined;
let hydrateLoad: Promise<void> | undefined;

/**
 * What the widget's first update must wait for: the hydration code, when this widget will hydrate and it has not
 * loaded yet (once per page, however many widgets). Never rejects.
 */
export function hydrationReady(host: LitElement): Promise<void> | undefined {
  if (!hydrating.has(host) || hydrateLoaded !== undefined) return undefined;
  hydrateLoad ??= loadHydrate().then(
    (loaded) => {
      hydrateLoaded = loaded;
    },
    (error: unknown) => {
      hydrateLoaded = null;
      console.warn('carepath: the hydration file did not load, so pre-rendered widgets are rendered again in place.', error);
    },
  );
  return hydrateLoad;
}

/** Empties a pre-rendered root whose markup is not hydrated, and styles it itself: its linked stylesheet goes too. */
function clearRoot(host: LitElement): void {
  const root = host.renderRoot as Root;
  root.replaceChildren();
  root._$litPart$ = undefined;
  adoptStyles(root, (host.constructor as typeof LitElement).elementStyles);
}

const reactiveUpdate = (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update;

/**
 * The widget's `update()`: Lit's own update, except the first one after `claimPrerendered` kept a root, which
 * hydrates it, or empties it right before rendering fresh. When hydration throws (markup whose structure does not
 * fit the template), the root is emptied and rendered fresh, with one warning.
 */
export function updateOrHydrate(
  host: LitElement,
  changed: PropertyValues,
  update: (changed: PropertyValues) => void,
  template: () => unknown,
  config: () => unknown,
): void {
  if (replacing.delete(host)) host.renderRoot.replaceChildren();
  const stamped = hydrating.get(host);
  if (stamped !== undefined) hydrating.delete(host);
  if (stamped !== undefined && !hydrateLoaded) clearRoot(host); // its file failed (one warning already): render fresh
  if (stamped === undefined || !hydrateLoaded) {
    update(changed);
    return;
  }
  const value = template();
  reactiveUpdate.call(host, changed); // reflects attributes, as LitElement's update does before rendering
  const root = host.renderRoot as Root;
  try {
    // Hydration trusts the markup's text and attributes, so the configuration must be the server's: a property
    // set before the upgrade, say, was invisible to the server.
    if (digest(JSON.stringify(config()) ?? '') !== stamped) throw new Error('its configuration differs from the one it was pre-rendered with');
    hydrateLoaded(value, root, host.renderOptions);
  } catch (error) {
    console.warn(`<${host.localName}> pre-rendered markup does not fit the widget (${error instanceof Error ? error.message : String(error)}); it is rendered again.`);
    clearRoot(host);
    render(value, root, host.renderOptions);
  }
}
