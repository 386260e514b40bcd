/**
 * The visitor-facing clinical text: plain language sentence by sentence (US grade 8 or below, Flesch-Kincaid,
 * see test/helpers/readability.ts), and the corrections found in review, held where a string can hold them.
 */
import { expect } from '@open-wc/testing';
import { quizPath } from '../../src/core/flow.js';
import { careLevels } from '../../src/core/levels.js';
import { crisisStrings } from '../../src/translations/crisis.js';
import { enCommon, enCost, enLevels, enQuiz, enSchedule } from '../../src/translations/en.js';
import { esCommon, esCost, esLevels, esQuiz, esSchedule } from '../../src/translations/es.js';
import { gradeText, sentencesAbove } from '../helpers/readability.js';

const MAX_GRADE = 8;

/**
 * What the grade bar does not cover, and why. Keep this list explicit: anything not named here is measured.
 * - Instrument items and options: verbatim text of validated screens (never edited). They live in the core's
 *   instrument definitions, which this test does not read.
 * - The instruments' band words (`carepath.quiz.band.*`): the instruments' own words.
 * - Developer-only text: the configuration-issues heading shown with the `debug` attribute.
 */
const EXEMPT_KEYS: readonly string[] = ['carepath.common.debugHeading'];
const EXEMPT_KEY_PREFIXES: readonly string[] = ['carepath.quiz.band.'];

/**
 * Names of agencies, programs and services, and required attributions: measured as one short word each, since
 * a name is not prose the visitor has to parse. A level of care's name is a program name too: `{level}` and
 * `{intensity}` read as "IOP".
 */
const NAMES: readonly string[] = [
  'SAMHSA National Helpline',
  'National Domestic Violence Hotline',
  '988 Suicide & Crisis Lifeline',
  'Crisis Text Line',
  'VeteransCrisisLine.net',
  'ASL Now',
  'American Sign Language',
  'NIAAA',
  'SAMHSA',
  'Narcan',
  // Required attributions: the titles and citations of the sources the table names.
  'SAMHSA Advisory (2021), from TIP 47: Substance Abuse: Clinical Issues in Intensive Outpatient Treatment.',
  'The ASAM Criteria, 3rd ed., as quoted by Aetna; 77 Ill. Adm. Code 2060.410.',
];

/** Sample values for placeholders: the longest plausible words, so the grade is not flattered. */
const VALUES: Readonly<Record<string, string>> = {
  level: 'IOP',
  intensity: 'IOP',
  track: 'afternoon',
  total: '12',
  max: '24',
  number: '3',
  questions: '14',
  minutes: '3',
  extra: '12',
  low: '$250',
  high: '$350',
  example: '8',
  amount: '$3,000',
  value: '0.2',
  percent: '20',
  when: 'Monday, 9:00 AM–10:15 AM',
  fields: 'the number of weeks',
  day: 'Monday',
  start: '9:00 AM',
  end: '10:15 AM',
  time: '9:00 AM',
  name: 'PHQ-2',
  title: 'Patient Health Questionnaire-2',
  week: '3',
};

/** Every English string a visitor may read in the quiz, the table, the estimator and the schedule. */
function visitorText(): [string, string][] {
  const texts: [string, string][] = [];
  for (const section of [enCommon, enQuiz, enLevels, enCost, enSchedule, crisisStrings.en]) {
    for (const [key, text] of Object.entries(section)) {
      if (EXEMPT_KEYS.includes(key) || EXEMPT_KEY_PREFIXES.some((prefix) => key.startsWith(prefix))) continue;
      texts.push([key, text]);
    }
  }
  for (const level of careLevels) {
    for (const field of ['label', 'setting', 'hours', 'supervision', 'length', 'fit'] as const) texts.push([`level ${level.id} ${field}`, level[field].en]);
    level.sources.forEach((source, index) => texts.push([`level ${level.id} source ${index}`, source.en]));
  }
  // The context questions, their hints and answers (the sex question included); not instrument items.
  const answers = { safety: 'no', withdrawal: 'none', medical: 'stable', home: 'supportive', functioning: 'managing', history: 'none', availability: 'yes' };
  for (const step of quizPath({ askSex: true }, answers).steps.filter((candidate) => candidate.kind === 'context')) {
    texts.push([`question ${step.key}`, step.question.en]);
    if (step.hint) texts.push([`question ${step.key} hint`, step.hint.en]);
    step.options.forEach((option, index) => texts.push([`question ${step.key} option ${index}`, option.label.en]));
  }
  return texts;
}

describe('clinical text', () => {
  describe('plain language', () => {
    it(`keeps every visitor-facing English sentence at or below US grade ${MAX_GRADE}`, () => {
      const texts = visitorText();
      expect(texts.length).to.be.greaterThan(250);
      let measured = 0;
      const tooHard: string[] = [];
      for (const [key, text] of texts) {
        measured += gradeText(text, { names: NAMES, values: VALUES }).length;
        for (const { grade, sentence } of sentencesAbove(text, MAX_GRADE, { names: NAMES, values: VALUES })) tooHard.push(`${key} (grade ${grade}): ${sentence}`);
      }
      expect(measured, 'sentences measured').to.be.greaterThan(200);
      expect(tooHard, tooHard.join('\n')).to.deep.equal([]);
    });

    it('rewrote the hardest sentences found in review', () => {
      const all = visitorText()
        .map(([, text]) => text)
        .join('\n');
      expect(all).to.not.contain('benzodiazepines or other sedatives suddenly after heavy daily use');
      expect(all).to.not.contain('not diagnostic instruments');
      expect(all).to.not.contain('1.5 oz of spirits such as vodka or whiskey (40%). Source');
    });
  });

  describe('corrections found in review', () => {
    const allEs = [esCommon, esQuiz, esLevels, esCost, esSchedule, crisisStrings.es].flatMap((section) => Object.values(section)).join('\n');

    it('never tells an out-of-network visitor to use the center’s price as the allowed amount', () => {
      expect(enCost['carepath.cost.hint.rate.allowed']).to.not.match(/center's price|center’s price/);
      expect(enCost['carepath.cost.hint.rate.allowed']).to.contain('ask your plan what it allows for one program day');
      expect(esCost['carepath.cost.hint.rate.allowed']).to.not.contain('use el precio del centro');
      expect(esCost['carepath.cost.hint.rate.allowed']).to.contain('pregunte a su plan');
    });

    it('says hours are "in the intensive outpatient range", not that they count as a level', () => {
      expect(enSchedule['carepath.schedule.intensity.adult']).to.equal('For adults, this many hours a week is in the {intensity} range.');
      expect(enSchedule['carepath.schedule.intensity.adolescent']).to.equal('For teens, this many hours a week is in the {intensity} range.');
      expect(esSchedule['carepath.schedule.intensity.adult']).to.contain('está en el rango de {intensity}');
    });

    it('uses no «» quotes in Spanish', () => {
      expect(allEs).to.not.match(/[«»]/);
    });

    it('uses one Spanish term for the out-of-pocket maximum: "límite de gastos de bolsillo"', () => {
      expect(allEs).to.not.contain('máximo de gastos de bolsillo');
      expect(allEs).to.not.contain('gastos de su bolsillo');
      expect(esCost['carepath.cost.label.oopMax']).to.equal('Límite de gastos de bolsillo');
    });

    it('says "Pagado este año de su deducible"', () => {
      expect(esCost['carepath.cost.label.deductibleMet']).to.equal('Pagado este año de su deducible');
    });

    it('says "No encontramos una versión oficial"', () => {
      expect(esQuiz['carepath.quiz.noSpanish']).to.match(/^No encontramos una versión oficial/);
    });

    it('names the withdrawal care "el manejo de la abstinencia (desintoxicación) con supervisión médica"', () => {
      expect(crisisStrings.es['carepath.quiz.withdrawal.heading']).to.contain('el manejo de la abstinencia (desintoxicación) con supervisión médica');
      expect(allEs).to.not.match(/es la abstinencia con supervisión médica/);
    });

    it('keeps Spanish track names unambiguous mid-sentence ("turno de mañana", never "mañana" = tomorrow)', () => {
      for (const key of ['morning', 'afternoon', 'evening', 'day', 'weekend'] as const) {
        const label = esSchedule[`carepath.schedule.track.${key}`];
        expect(label.toLocaleLowerCase('es-US'), key).to.match(/^turno de /);
      }
      // The evening track and the availability question use the same word: "noche".
      expect(esSchedule['carepath.schedule.track.evening']).to.equal('Turno de noche');
      const availability = quizPath({ lang: 'es' }, { safety: 'no', withdrawal: 'none', medical: 'stable', home: 'supportive', functioning: 'managing', history: 'none' }).next;
      expect(availability?.question.es).to.contain('por la noche').and.not.contain('por la tarde');
    });

    it('has every English string in Spanish, crisis text included', () => {
      for (const [en, es] of [
        [enQuiz, esQuiz],
        [crisisStrings.en, crisisStrings.es],
      ] as const) {
        expect(Object.keys(es).sort()).to.deep.equal(Object.keys(en).sort());
      }
    });

    it('never mentions a 988 "press 3" option (it ended on July 17, 2025)', () => {
      const everything = [...Object.values(crisisStrings.en), ...Object.values(crisisStrings.es), ...Object.values(enQuiz), ...Object.values(esQuiz)].join('\n');
      expect(everything).to.not.match(/press 3|marque 3/i);
    });
  });
});
