/**
 * The shared suite every widget runs (STYLE.md: one suite for "every widget handles bad config", reused): for
 * each bad attribute value — the widget falls back, warns exactly once naming the widget, attribute and value,
 * fires one `carepath-config-error`, lists the issue in `configIssues`, does not throw, and is not blank.
 */
import { expect, fixture } from '@open-wc/testing';
import type { CarepathElement } from '../../src/internal/carepath-element.js';
import { captureWarnings } from './console.js';

export interface BadAttributeCase {
  readonly attribute: string;
  readonly value: string;
  /** Checks the fallback took effect (optional; the shared checks always run). */
  readonly check?: (el: HTMLElement) => void | Promise<void>;
}

export function itHandlesBadAttributes(tag: string, cases: readonly BadAttributeCase[], base = ''): void {
  for (const { attribute, value, check } of cases) {
    it(`falls back from ${attribute}="${value}", warning once and firing carepath-config-error`, async () => {
      const wrapper = await fixture<HTMLDivElement>('<div></div>');
      const events: Event[] = [];
      wrapper.addEventListener('carepath-config-error', (event) => events.push(event));
      let el!: CarepathElement;
      const warnings = await captureWarnings(async () => {
        const holder = document.createElement('div');
        holder.innerHTML = `<${tag} ${base}></${tag}>`;
        el = holder.firstElementChild as CarepathElement;
        el.setAttribute(attribute, value);
        wrapper.append(el);
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
      });
      const mine = warnings.filter((line) => line.includes(attribute));
      expect(mine, warnings.join('\n')).to.have.length(1);
      expect(mine[0]).to.contain(`<${tag}>`.replace('<carepath-', '<carepath-'));
      expect(events, 'one carepath-config-error').to.have.length(1);
      expect(el.configIssues.some((issue) => issue.field === attribute && issue.value === value)).to.equal(true);
      expect(el.shadowRoot?.textContent?.trim().length ?? 0, 'never blank').to.be.greaterThan(0);
      await check?.(el);
    });
  }
}
