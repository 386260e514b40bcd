import { expect } from '@open-wc/testing';
import { countSyllables, gradeSentence, gradeText, splitSentences } from './readability.js';

describe('readability helper', () => {
  it('counts syllables like a hand count for common words', () => {
    const counts: Record<string, number> = { the: 1, people: 2, treatment: 2, intensive: 3, outpatient: 3, dangerous: 3, medically: 4, naloxone: 3, '988': 2, '988lifeline.org': 3 };
    for (const [word, count] of Object.entries(counts)) expect(countSyllables(word), word).to.equal(count);
  });

  it('does not end a sentence at an abbreviation or a decimal', () => {
    expect(splitSentences('Drink 1.5 oz. of spirits, e.g. vodka. Then stop.')).to.deep.equal(['Drink 1.5 oz. of spirits, e.g. vodka.', 'Then stop.']);
  });

  it('grades one sentence with the Flesch-Kincaid formula', () => {
    // 6 words, 10 syllables: 0.39 × 6 + 11.8 × 10 / 6 − 15.59 = 6.4
    expect(gradeSentence('Talk to a medical provider first.').grade).to.equal(6.4);
  });

  it('fills placeholders, keeps link words, shortens names and skips short fragments', () => {
    const graded = gradeText('Call the <tel>SAMHSA National Helpline</tel> at {number} today. Start over', { names: ['SAMHSA National Helpline'], values: { number: '1-800-662-4357' } });
    expect(graded.map((g) => g.sentence)).to.deep.equal(['Call the Name at 1-800-662-4357 today.']);
  });
});
