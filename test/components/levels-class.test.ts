// Runs in its own page (each WTR test file does): importing the class file alone must register nothing.
import { expect } from '@open-wc/testing';
import { CarepathLevels } from '../../src/components/levels/levels.js';

describe('src/components/levels/levels.js (the class file)', () => {
  it('exports the class without registering any tag', () => {
    expect(CarepathLevels).to.be.a('function');
    expect(CarepathLevels.widget).to.equal('levels');
    for (const tag of ['carepath-levels', 'carepath-quiz', 'carepath-cost', 'carepath-schedule']) {
      // Compare booleans: on failure, serialising the class itself (with its schemas) stalls the runner.
      expect(customElements.get(tag) === undefined, `${tag} is registered`).to.equal(true);
    }
    expect(document.createElement('carepath-levels') instanceof CarepathLevels, 'an upgraded element').to.equal(false);
  });
});
