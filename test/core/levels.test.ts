import { expect } from '@open-wc/testing';
import { CARE_LEVEL_IDS, RELATIVE_SCALE, careLevels, classifyHours, getCareLevel } from '../../src/core/index.js';
import { inputIssues } from '../helpers/errors.js';

describe('care-levels catalog', () => {
  it('lists the five levels from most to least intensive', () => {
    expect(careLevels.map((level) => level.id)).to.deep.equal([...CARE_LEVEL_IDS]);
  });

  it('has English and Spanish for every visitor-facing text', () => {
    for (const level of careLevels) {
      for (const key of ['label', 'setting', 'hours', 'supervision', 'length', 'fit'] as const) {
        expect(level[key].en, `${level.id}.${key}.en`).to.be.a('string').and.not.empty;
        expect(level[key].es, `${level.id}.${key}.es`).to.be.a('string').and.not.empty;
      }
    }
  });

  it('says "varies — ask the center" where the sources give no length', () => {
    const varies = careLevels.filter((level) => level.length.en.startsWith('Varies')).map((level) => level.id);
    expect(varies).to.deep.equal(['inpatient', 'residential', 'outpatient']);
  });

  it('prints no ASAM level numbers or placement claims', () => {
    const text = JSON.stringify(careLevels.map(({ sources: _sources, ...visible }) => visible));
    expect(text).to.not.match(/ASAM|Level [0-9]|\b[0-4]\.[0-9]\b/);
  });

  it('keeps weekly hours consistent with classifyHours (IOP is 9 ≤ h < 20 for adults, 6 ≤ h < 20 for teens)', () => {
    for (const level of careLevels) {
      if (!level.weeklyHours) continue;
      const { adult, adolescent } = level.weeklyHours;
      expect(classifyHours(adult.min, 'adult'), `${level.id} adult min`).to.equal(level.id);
      expect(classifyHours(adolescent.min, 'adolescent'), `${level.id} adolescent min`).to.equal(level.id);
      if (adult.below !== null) expect(classifyHours(adult.below, 'adult')).to.not.equal(level.id);
    }
    expect(getCareLevel('iop').weeklyHours).to.deep.equal({ adult: { min: 9, below: 20 }, adolescent: { min: 6, below: 20 } });
  });

  it('gives a sourced daily rate only for IOP and PHP, with the midpoint as the estimator default', () => {
    expect(getCareLevel('iop').dailyRate).to.include({ low: 250, high: 350, typical: 300 });
    expect(getCareLevel('php').dailyRate).to.include({ low: 450, high: 1200, typical: 825 });
    for (const id of ['inpatient', 'residential', 'outpatient'] as const) expect(getCareLevel(id).dailyRate).to.equal(undefined);
  });

  it('rates cost and autonomy on one scale, in opposite directions', () => {
    const rank = (value: string) => RELATIVE_SCALE.indexOf(value as (typeof RELATIVE_SCALE)[number]);
    const costs = careLevels.map((level) => rank(level.relativeCost));
    const autonomy = careLevels.map((level) => rank(level.autonomy));
    expect(costs).to.deep.equal([4, 3, 3, 2, 0]);
    expect(autonomy).to.deep.equal([0, 1, 2, 3, 4]);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(careLevels)).to.equal(true);
    expect(Object.isFrozen(getCareLevel('iop').label)).to.equal(true);
  });

  it('rejects an unknown level id', () => {
    expect(inputIssues(() => getCareLevel('detox' as 'iop'))[0]?.value).to.equal('detox');
  });
});
