/**
 * Checks that a block of help text is on screen and legible whatever the page does: shown, visible, opaque, at least
 * 16 px, and at least 4.5:1 against the first opaque background behind it (WCAG AA for body text). Shared by the
 * tests of every widget's help line.
 */
import { expect, fixture, html } from '@open-wc/testing';

type Rgba = [number, number, number, number];

function parseColor(value: string): Rgba {
  const numbers = value.match(/[\d.]+/g)?.map(Number) ?? [];
  const [r = 0, g = 0, b = 0, a = 1] = numbers;
  return [r, g, b, value.startsWith('rgba') || numbers.length === 4 ? a : 1];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The first opaque background at or above `node`, crossing the shadow boundary; white if none. */
function backgroundOf(node: Element): Rgba {
  let current: Element | null = node;
  while (current) {
    const color = parseColor(getComputedStyle(current).backgroundColor);
    if (color[3] >= 0.99) return color;
    current = current.parentElement ?? ((current.getRootNode() as ShadowRoot).host || null);
  }
  return [255, 255, 255, 1];
}

export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Every element of `block` that holds text: shown, legible size, ≥ 4.5:1 against its background. */
export function expectLegible(block: Element | null, name: string): void {
  // Booleans only: serialising a DOM node on failure stalls the test runner instead of failing the test.
  expect(block !== null, `${name} is rendered`).to.equal(true);
  if (!block) return;
  const box = block.getBoundingClientRect();
  expect(box.height > 10 && box.width > 100, `${name} has a size (${box.width}×${box.height})`).to.equal(true);
  const holders = [block, ...Array.from(block.querySelectorAll('*'))].filter((node) =>
    Array.from(node.childNodes).some((child) => child.nodeType === Node.TEXT_NODE && (child.textContent ?? '').trim() !== ''),
  );
  expect(holders.length > 0, `${name} holds text`).to.equal(true);
  for (const node of holders) {
    const style = getComputedStyle(node);
    const label = `${name}: "${(node.textContent ?? '').trim().slice(0, 40)}"`;
    expect(style.display, `${label} display`).to.not.equal('none');
    expect(style.visibility, `${label} visibility`).to.equal('visible');
    expect(Number(style.opacity), `${label} opacity`).to.equal(1);
    expect(parseFloat(style.fontSize), `${label} font size`).to.be.at.least(16);
    const text = parseColor(style.webkitTextFillColor || style.color);
    expect(text[3], `${label} text is opaque`).to.equal(1);
    expect(contrast(text, backgroundOf(node)), `${label} contrast`).to.be.at.least(4.5);
  }
}

/** Mounts `markup` after a page `<style>` holding `sheet`, inside a wrapper `width` px wide; returns the first element matching `tag`. */
export async function mountWithSheet<T extends HTMLElement>(tag: string, markup: string, sheet: string, width = 1000): Promise<T> {
  const style = document.createElement('style');
  style.textContent = sheet;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  wrapper.append(style);
  wrapper.insertAdjacentHTML('beforeend', markup);
  const el = wrapper.querySelector(tag) as T & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  return el;
}
