/**
 * The shared form-fields controller: one error summary (`role="alert"`, focus after an invalid commit, links that
 * move focus to their field) and one error style, for any widget.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { FormFields, formFieldStyles, renderErrorSummary, renderFieldError } from '../../src/internal/form-fields.js';
import { baseStyles } from '../../src/styles/tokens.js';

class FormFieldsDemo extends LitElement {
  static override styles = [baseStyles, formFieldStyles];
  static override properties = { errors: { attribute: false } };
  declare errors: { id: string; message: string }[];
  readonly fields = new FormFields(this);

  constructor() {
    super();
    this.errors = [];
  }

  override render() {
    const wrong = this.errors.length > 0;
    return html`<div class="root">
      ${renderErrorSummary({ title: 'There is a problem', errors: this.errors, onFollow: (event, id) => this.fields.focus(event, id), level: 2 })}
      <div class="field ${wrong ? 'has-error' : ''}">
        <label for="weeks">Weeks</label>
        ${wrong ? renderFieldError('error-weeks', 'Error:', 'Enter the number of weeks, like 8.') : ''}
        <input id="weeks" aria-invalid=${wrong ? 'true' : 'false'} />
      </div>
    </div>`;
  }
}
customElements.define('form-fields-demo', FormFieldsDemo);

describe('FormFields (src/internal/form-fields.ts)', () => {
  it('renders no summary without errors', async () => {
    const el = await fixture<FormFieldsDemo>(html`<form-fields-demo></form-fields-demo>`);
    expect(el.shadowRoot!.querySelector('[part="error-summary"]')).to.equal(null);
  });

  it('moves focus to the summary after showErrors(), and its link moves focus to the field', async () => {
    const el = await fixture<FormFieldsDemo>(html`<form-fields-demo></form-fields-demo>`);
    el.errors = [{ id: 'weeks', message: 'Enter the number of weeks, like 8.' }];
    el.fields.showErrors();
    await el.updateComplete;
    const summary = el.shadowRoot!.querySelector<HTMLElement>('[part="error-summary"]')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(summary.querySelector('h2')?.textContent).to.equal('There is a problem');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    summary.querySelector('a')!.click();
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('#weeks'));
    await expect(el).to.be.accessible();
  });

  it('draws errors in --carepath-color-error, and --carepath-color-error-dark in the dark theme', async () => {
    const el = await fixture<FormFieldsDemo>(html`<form-fields-demo style="--carepath-color-error: rgb(1, 2, 3)"></form-fields-demo>`);
    el.errors = [{ id: 'weeks', message: 'Enter the number of weeks, like 8.' }];
    await el.updateComplete;
    const message = el.shadowRoot!.querySelector('.error-message')!;
    expect(getComputedStyle(message).color).to.equal('rgb(1, 2, 3)');
    el.shadowRoot!.querySelector('.root')!.classList.add('dark');
    expect(getComputedStyle(message).color, 'the dark default').to.equal('rgb(255, 180, 171)');
  });
});
