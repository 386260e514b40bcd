// Runs in its own page (each WTR file does), so nothing else here can have registered the tag.
import { expect } from '@open-wc/testing';
import { CarepathCost } from '../../src/components/cost/cost.js';

describe('<carepath-cost> class file', () => {
  it('registers nothing when imported on its own', () => {
    expect(CarepathCost).to.be.a('function');
    expect(customElements.get('carepath-cost') === undefined).to.equal(true);
    expect(customElements.get('carepath-quiz') === undefined).to.equal(true);
    expect(customElements.get('carepath-levels') === undefined).to.equal(true);
    expect(customElements.get('carepath-schedule') === undefined).to.equal(true);
  });
});
