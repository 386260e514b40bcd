/**
 * The embed-code builder's "pre-rendered" snippet, made in the browser from a live widget (the builder cannot run
 * the Node renderer). It copies the widget's first screen — with the values its fields hold, its controls disabled
 * until the script runs, and the stylesheet link — into a declarative shadow root, stamped `<version> <lang> static`.
 * Without Lit's markers it cannot be hydrated: when the carepath script of the same version loads, the widget
 * renders itself again silently, in the same place and at the same size, so the visitor sees no jump. For markup
 * that hydrates in place, pre-render with `carepath/ssr` or `npx carepath render`.
 */
import { VERSION } from '../internal/version.js';
import { PENDING_ATTRIBUTE, STAMP_ATTRIBUTE } from './client.js';

export interface SnapshotOptions {
  /** Where the page loads carepath.css. */
  readonly stylesheet: string;
  /** Its Subresource Integrity hash, for a CDN-hosted stylesheet. */
  readonly integrity?: string;
  /** The carepath version the page will load (the builder knows it from dist/cdn/sri.json). Default: this copy's. */
  readonly version?: string;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** The pre-rendered HTML of `widget` (a rendered carepath element), to paste where the tag would go. */
export function snapshotWidget(widget: HTMLElement, options: SnapshotOptions): string {
  const root = widget.shadowRoot;
  if (!root) throw new TypeError(`snapshotWidget() needs a rendered carepath widget; <${widget.localName}> has no shadow root yet.`);
  const copy = document.createElement('template');
  for (const node of Array.from(root.childNodes)) copy.content.append(node.cloneNode(true));
  // What the visitor sees in the fields lives in properties, which cloning does not copy.
  const live = root.querySelectorAll<HTMLInputElement & HTMLTextAreaElement & HTMLOptionElement>('input, textarea, option');
  const copied = copy.content.querySelectorAll<HTMLElement>('input, textarea, option');
  live.forEach((field, i) => {
    const target = copied[i]!;
    if (field.localName === 'option') target.toggleAttribute('selected', field.selected);
    else if (field.localName === 'textarea') target.textContent = field.value;
    else if (field.type === 'checkbox' || field.type === 'radio') target.toggleAttribute('checked', field.checked);
    else target.setAttribute('value', field.value);
  });
  for (const control of copy.content.querySelectorAll('button, input, select, textarea')) {
    if (control.hasAttribute('disabled')) continue;
    control.setAttribute('disabled', '');
    control.setAttribute(PENDING_ATTRIBUTE, '');
  }
  const comments = document.createTreeWalker(copy.content, NodeFilter.SHOW_COMMENT);
  const markers: Node[] = [];
  while (comments.nextNode()) markers.push(comments.currentNode);
  markers.forEach((marker) => marker.parentNode?.removeChild(marker));

  const lang = root.querySelector('.root')?.getAttribute('lang') ?? 'en';
  const link = `<link rel="stylesheet" href="${escapeAttribute(options.stylesheet)}"${options.integrity ? ` integrity="${escapeAttribute(options.integrity)}" crossorigin="anonymous"` : ''}>`;
  const attributes = Array.from(widget.attributes)
    .filter((attribute) => attribute.name !== STAMP_ATTRIBUTE)
    .map(({ name, value }) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  const json = Array.from(widget.children)
    .filter((child) => child.localName === 'script' && child.getAttribute('type') === 'application/json')
    .map((child) => child.outerHTML)
    .join('');
  const tag = widget.localName;
  return `<${tag}${attributes} ${STAMP_ATTRIBUTE}="${escapeAttribute(options.version ?? VERSION)} ${lang} static"><template shadowrootmode="open">${link}${copy.innerHTML}</template>${json}</${tag}>`;
}
