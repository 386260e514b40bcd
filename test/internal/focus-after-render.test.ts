/**
 * The shared focus mover: a request moves focus once, after the host's next render, to its target or a fallback;
 * never for the first render, never after `cancel()`, never away from something else on the page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { FocusAfterRender } from '../../src/internal/focus-after-render.js';

class FocusDemo extends LitElement {
  static override properties = { items: { attribute: false }, note: { attribute: false } };
  declare items: string[];
  declare note: string;
  readonly focusing = new FocusAfterRender(this);

  constructor() {
    super();
    this.items = ['a', 'b', 'c'];
    this.note = 'copy me';
  }

  override render() {
    return html`<h2 tabindex="-1" data-focus>Title</h2>
      <ul>
        ${this.items.map((item) => html`<li><button type="button" data-item=${item}>${item}</button></li>`)}
      </ul>
      <button type="button" class="add">Add</button>
      <textarea .value=${this.note}></textarea>`;
  }
}
customElements.define('focus-demo', FocusDemo);

/** A demo that asks for focus while it is created, before its first render (as a page-driven restore would). */
class EagerFocusDemo extends FocusDemo {
  override connectedCallback(): void {
    super.connectedCallback();
    this.focusing.request('[data-focus]');
  }
}
customElements.define('eager-focus-demo', EagerFocusDemo);

const active = (el: FocusDemo) => el.shadowRoot!.activeElement;
const $ = (el: FocusDemo, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;

describe('FocusAfterRender (src/internal/focus-after-render.ts)', () => {
  it('moves focus to a selector once the next render is done, not before', async () => {
    const el = await fixture<FocusDemo>(html`<focus-demo></focus-demo>`);
    el.focusing.request('[data-focus]');
    expect(el.focusing.pending).to.equal(true);
    expect(active(el), 'not before the render').to.equal(null);
    await el.updateComplete;
    expect(active(el)).to.equal($(el, '[data-focus]'));
    expect(el.focusing.pending).to.equal(false);
  });

  it('runs once: a later render leaves focus where the visitor put it', async () => {
    const el = await fixture<FocusDemo>(html`<focus-demo></focus-demo>`);
    el.focusing.request('[data-focus]');
    await el.updateComplete;
    $(el, '.add').focus();
    el.items = ['a'];
    await el.updateComplete;
    expect(active(el)).to.equal($(el, '.add'));
  });

  it('finds the target with a function after the render, and falls back when it is gone', async () => {
    const el = await fixture<FocusDemo>(html`<focus-demo></focus-demo>`);
    const second = (root: ParentNode) => root.querySelectorAll('[data-item]')[1];
    el.items = ['a', 'c'];
    el.focusing.request(second, { fallback: '.add' });
    await el.updateComplete;
    expect(active(el)).to.equal($(el, '[data-item="c"]'));

    el.items = [];
    el.focusing.request(second, { fallback: ['.missing', '.add'] });
    await el.updateComplete;
    expect(active(el), 'the first fallback that exists').to.equal($(el, '.add'));
  });

  it('falls back when the element it was given has left the page', async () => {
    const el = await fixture<FocusDemo>(html`<focus-demo></focus-demo>`);
    const gone = $(el, '[data-item="b"]');
    el.items = ['a'];
    el.focusing.request(gone, { fallback: '[data-focus]' });
    await el.updateComplete;
    expect(gone.isConnected).to.equal(false);
    expect(active(el)).to.equal($(el, '[data-focus]'));
  });

  it('does nothing when neither the target nor a fallback is there', async () => {
    const el = await fixture<FocusDemo>(html`<focus-demo></focus-demo>`);
    $(el, '.add').focus();
    el.focusing.request('.missing', { fallback: '.also-missing' });
    await el.updateComplete;
    expect(active(el)).to.equal($(el, '.add'));
  });

  it('lets a later request replace an earlier one', async () => {
    const el = await fixture<FocusDemo>(html`<focus-demo></focus-demo>`);
    el.focusing.request('[data-focus]');
    el.focusing.request('.add');
    await el.updateComplete;
    expect(active(el)).to.equal($(el, '.add'));
  });

  it('drops a request after cancel(): the page, not the visitor, changed the screen', async () => {
    const el = await fixture<FocusDemo>(html`<focus-demo></focus-demo>`);
    el.focusing.request('[data-focus]');
    el.focusing.cancel();
    expect(el.focusing.pending).to.equal(false);
    await el.updateComplete;
    expect(active(el)).to.equal(null);
  });

  it('never takes focus for the first render', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><input aria-label="Page field" /></div>`);
    const field = wrapper.querySelector('input')!;
    field.focus();
    const el = document.createElement('eager-focus-demo') as EagerFocusDemo;
    wrapper.append(el);
    await el.updateComplete;
    expect(el.focusing.pending).to.equal(false);
    expect(document.activeElement).to.equal(field);
    expect(active(el)).to.equal(null);
  });

  it('leaves focus on another part of the page that the visitor moved to meanwhile', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><input aria-label="Page field" /><focus-demo></focus-demo></div>`);
    const el = wrapper.querySelector<FocusDemo>('focus-demo')!;
    $(el, '.add').focus();
    el.focusing.request('[data-focus]');
    wrapper.querySelector('input')!.focus();
    await el.updateComplete;
    expect(document.activeElement).to.equal(wrapper.querySelector('input'));
    expect(active(el)).to.equal(null);
  });

  it('moves focus inside a widget that sits in another shadow root', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    const el = document.createElement('focus-demo') as FocusDemo;
    shadow.append(el);
    await el.updateComplete;
    $(el, '.add').focus();
    el.items = ['a'];
    el.focusing.request('[data-focus]');
    await el.updateComplete;
    expect(active(el)).to.equal($(el, '[data-focus]'));
  });

  it('selects the text of a field when asked (a copy fallback)', async () => {
    const el = await fixture<FocusDemo>(html`<focus-demo></focus-demo>`);
    el.focusing.request('textarea', { select: true });
    await el.updateComplete;
    const area = $(el, 'textarea') as HTMLTextAreaElement;
    expect(active(el)).to.equal(area);
    expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, 'copy me'.length]);
  });

  it('forgets a request when the widget leaves the page', async () => {
    const el = await fixture<FocusDemo>(html`<focus-demo></focus-demo>`);
    el.focusing.request('[data-focus]');
    const parent = el.parentNode!;
    el.remove();
    expect(el.focusing.pending).to.equal(false);
    parent.append(el);
    await el.updateComplete;
    expect(active(el)).to.equal(null);
  });
});
