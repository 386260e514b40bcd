// The benchmark's baseline: one trivial Lit element, bundled with the same settings as the widgets, so Lit's own
// download, evaluation and first render are in the baseline as they are in every widget.
import { LitElement, css, html } from 'lit';

class BenchBaseline extends LitElement {
  static styles = css`:host{display:block}p{margin:0}`;

  render() {
    return html`<p>One trivial Lit element.</p>`;
  }
}

customElements.define('bench-baseline', BenchBaseline);
