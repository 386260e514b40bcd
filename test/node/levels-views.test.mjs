// Pre-rendered <carepath-levels> keeps both views, the table and the cards, and its container query picks one
// (a server has no width to measure; a client-rendered widget builds only the view its container shows).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

const { renderWidget } = await import('carepath/ssr');

describe('pre-rendered <carepath-levels>', () => {
  it('holds the table and the cards, for the container query to choose', () => {
    const { html } = renderWidget('<carepath-levels highlight="iop"></carepath-levels>');
    assert.match(html, /class="levels layout-auto span-many both"/);
    assert.match(html, /class="table-view"/);
    assert.match(html, /class="card-view"/);
  });

  it('holds only the view a forced layout asks for', () => {
    assert.doesNotMatch(renderWidget('<carepath-levels layout="cards"></carepath-levels>').html, /class="table-view/);
    assert.doesNotMatch(renderWidget('<carepath-levels layout="table"></carepath-levels>').html, /class="card-view"/);
  });
});
