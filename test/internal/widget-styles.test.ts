/**
 * Every widget combines its styles one way: `static styles = [baseStyles, …shared parts, …its own]`, a flat list of
 * `css` results, the shared tokens first and once, so a widget's own rules (later in the same `carepath` layer) win
 * ties with the shared ones and no sheet is adopted twice.
 */
import { expect } from '@open-wc/testing';
import { CSSResult } from 'lit';
import { CarepathCost } from '../../src/components/cost/cost.js';
import { costStyles } from '../../src/components/cost/cost.styles.js';
import { CarepathLevels } from '../../src/components/levels/levels.js';
import { familyStyles } from '../../src/components/quiz/family/family.styles.js';
import { CarepathQuiz } from '../../src/components/quiz/quiz.js';
import { quizStyles } from '../../src/components/quiz/quiz.styles.js';
import { levelsStyles } from '../../src/components/levels/levels.styles.js';
import { CarepathSchedule } from '../../src/components/schedule/schedule.js';
import { fitCheckStyles } from '../../src/components/schedule/parts/fit-check.styles.js';
import { weekStyles } from '../../src/components/schedule/parts/week.styles.js';
import { scheduleStyles } from '../../src/components/schedule/schedule.styles.js';
import { formFieldStyles } from '../../src/internal/form-fields.js';
import { baseStyles } from '../../src/styles/tokens.js';

const WIDGETS = { levels: CarepathLevels, schedule: CarepathSchedule, cost: CarepathCost, quiz: CarepathQuiz } as const;

describe('widget styles: [baseStyles, …shared parts, …own]', () => {
  for (const [name, widget] of Object.entries(WIDGETS)) {
    it(`${name}: a flat list of css results, the base first and only there`, () => {
      const styles = widget.styles as unknown[];
      expect(Array.isArray(styles), 'a list').to.equal(true);
      expect(styles.every((sheet) => sheet instanceof CSSResult), 'each entry one css result, no nested lists').to.equal(true);
      expect(styles[0]).to.equal(baseStyles);
      expect(styles.filter((sheet) => sheet === baseStyles)).to.have.length(1);
      expect(new Set(styles).size, 'no sheet twice').to.equal(styles.length);
    });
  }

  it('a widget\'s own styles file holds its own rules only (the class file adds the base)', () => {
    for (const own of [levelsStyles, scheduleStyles, weekStyles, fitCheckStyles, costStyles, quizStyles, familyStyles]) {
      expect(own instanceof CSSResult, 'one css result, not a list').to.equal(true);
      expect(own.cssText).to.not.contain(baseStyles.cssText.slice(0, 200));
    }
  });

  it('the widgets with a form take the shared error style right after the base', () => {
    for (const widget of [CarepathSchedule, CarepathCost, CarepathQuiz]) expect((widget.styles as unknown[])[1]).to.equal(formFieldStyles);
  });
});
