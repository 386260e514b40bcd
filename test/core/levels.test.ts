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

  it('says PHP is 5–6 hours a day (4 hours on 4 days would not make 20)', () => {
    expect(getCareLevel('php').hours.en).to.equal('20 or more hours a week (often 5–6 hours a day, 4–5 days a week)');
    expect(getCareLevel('php').hours.es).to.contain('5–6 horas al día');
  });

  it('gives program lengths plainly, never "in the sources"', () => {
    expect(getCareLevel('iop').length).to.deep.equal({
      en: 'Often 8 to 12 weeks; some programs are shorter or longer',
      es: 'A menudo de 8 a 12 semanas; algunos programas son más cortos o más largos',
    });
    expect(JSON.stringify(careLevels)).to.not.match(/in the sources|según las fuentes|6–16/);
  });

  it('joins the IOP "often a fit when" conditions that are all needed with AND', () => {
    const fit = getCareLevel('iop').fit.en;
    expect(fit).to.match(/In both cases, home must be safe enough\. And stopping alcohol or drugs must be safe without medical care\.$/);
    expect(fit).to.not.contain('safe and stable enough to live at home, or');
    expect(getCareLevel('iop').fit.es).to.contain('En los dos casos').and.contain('Y dejar el alcohol');
  });

  it('credits hours and services to ASAM and TIP 47, and lengths and prices to secondary sources, in both languages', () => {
    for (const level of careLevels) {
      for (const source of level.sources) {
        expect(source.es, source.en).to.be.a('string').and.not.equal('');
        if (/ASAM|TIP 47/.test(source.en)) expect(source.en).to.not.match(/how long|length|cost|price|\$/i);
      }
      if (level.dailyRate) expect(level.dailyRate.source).to.not.match(/ASAM|TIP 47|CLINICAL/);
    }
    const credited = careLevels.filter((level) => level.length.en !== 'Varies — ask the center' || level.dailyRate);
    for (const level of credited) expect(level.sources.some((source) => source.en.includes('secondary sources')), level.id).to.equal(true);
  });

  it('uses "Atención estructurada las 24 horas" for residential hours', () => {
    expect(getCareLevel('residential').hours.es).to.equal('Atención estructurada las 24 horas');
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
