// Runs in its own page (each WTR file does), so nothing else here can have registered the tag.
import { expect } from '@open-wc/testing';
import { CarepathSchedule } from '../../src/components/schedule/schedule.js';

describe('<carepath-schedule> class file', () => {
  it('registers nothing when imported on its own', () => {
    expect(CarepathSchedule).to.be.a('function');
    expect(customElements.get('carepath-schedule')).to.equal(undefined);
  });
});
