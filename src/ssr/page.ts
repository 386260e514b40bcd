/**
 * Pre-renders every carepath tag in a whole HTML page (what `npx carepath render` does). Everything outside the
 * tags is kept byte for byte; a page without carepath tags comes back unchanged.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { InputIssue } from '../core/errors.js';
import { renderWidget, stylesheetLink, WIDGETS, type RenderOptions, type WidgetTag } from './index.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface PageOptions {
  /** Where the page loads `carepath.css` from (see `renderWidget`). */
  readonly stylesheet?: string;
  /** The theme for tags without a `theme` attribute. */
  readonly theme?: RenderOptions['theme'];
  /** The language when neither a tag nor any ancestor (nor `<html>`) has `lang`. Default `en`. */
  readonly lang?: string;
}

export interface RenderedPage {
  readonly html: string;
  /** How many carepath tags were pre-rendered. */
  readonly count: number;
  /** Each tag's configuration issues, with its line in the input. */
  readonly issues: readonly { readonly tag: WidgetTag; readonly line: number; readonly issues: readonly InputIssue[] }[];
}

function langOf(element: Element): string | undefined {
  return element.attrs.find((attr) => attr.name === 'lang')?.value;
}

/** The carepath tags in document order, each with the `lang` it inherits; nothing inside <template> or another tag. */
function findTags(node: Node, inherited: string | undefined, found: { element: Element; lang: string | undefined }[]): void {
  if (!('childNodes' in node)) return;
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    const lang = langOf(child) ?? inherited;
    if (child.tagName in WIDGETS) found.push({ element: child, lang: inherited });
    else if (child.tagName !== 'template') findTags(child, lang, found);
  }
}

export function renderPage(html: string, options: PageOptions = {}): RenderedPage {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const tags: { element: Element; lang: string | undefined }[] = [];
  findTags(document, undefined, tags);
  const located = tags.filter(({ element }) => element.sourceCodeLocation);
  if (located.length === 0) return { html, count: 0, issues: [] };

  const edits: { start: number; end: number; text: string }[] = [];
  const issues: RenderedPage['issues'][number][] = [];
  for (const { element, lang } of located) {
    const location = element.sourceCodeLocation!;
    const end = location.endTag?.endOffset ?? location.endOffset;
    const rendered = renderWidget(html.slice(location.startOffset, end), {
      lang: lang ?? options.lang ?? 'en',
      ...(options.theme ? { theme: options.theme } : {}),
      ...(options.stylesheet ? { stylesheet: options.stylesheet } : {}),
    });
    edits.push({ start: location.startOffset, end, text: rendered.html });
    if (rendered.issues.length > 0) issues.push({ tag: rendered.tag, line: location.startLine, issues: rendered.issues });
  }

  // The same stylesheet in <head>: one inside a shadow root does not hold back the first paint, so without this
  // the visitor could see the widgets unstyled for a moment.
  const link = stylesheetLink(options.stylesheet);
  const href = /href="([^"]*)"/.exec(link)![1]!;
  if (!html.includes(`href="${href}"`)) {
    const htmlElement = document.childNodes.find((node): node is Element => node.nodeName === 'html');
    const head = htmlElement?.childNodes.find((node): node is Element => node.nodeName === 'head');
    const headLocation = head?.sourceCodeLocation;
    let at = headLocation?.endTag?.startOffset ?? headLocation?.startTag?.endOffset ?? located[0]!.element.sourceCodeLocation!.startOffset;
    let text = link;
    const lineStart = html.lastIndexOf('\n', at - 1) + 1;
    if (headLocation?.endTag && lineStart > 0 && html.slice(lineStart, at).trim() === '') {
      // On its own line, indented like the head's children: before the line that closes </head>.
      const indent = html.slice(lineStart, at);
      text = `${indent}  ${link}\n`;
      at = lineStart;
    }
    edits.push({ start: at, end: at, text });
  }

  let out = html;
  for (const edit of edits.sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return { html: out, count: located.length, issues };
}
