// Runs in its own page (each WTR test file does): importing the class file alone must register nothing.
import { expect } from '@open-wc/testing';
import { CarepathQuiz } from '../../src/components/quiz/quiz.js';

describe('src/components/quiz/quiz.js (the class file)', () => {
  it('exports the class without registering any tag', () => {
    expect(CarepathQuiz).to.be.a('function');
    expect(CarepathQuiz.widget).to.equal('quiz');
    for (const tag of ['carepath-levels', 'carepath-quiz', 'carepath-cost', 'carepath-schedule']) {
      // Compare booleans: on failure, serialising the class itself (with its schemas) stalls the runner.
      expect(customElements.get(tag) === undefined, `${tag} is registered`).to.equal(true);
    }
    expect(document.createElement('carepath-quiz') instanceof CarepathQuiz, 'an upgraded element').to.equal(false);
  });

  it('touches no storage at import', () => {
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.length).to.equal(0);
  });
});
