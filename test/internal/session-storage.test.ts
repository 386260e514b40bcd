/**
 * The shared session storage for unfinished answers: off unless enabled, one key, sensitive answers never written
 * or read back, cleared on request, and stopped for good after a crisis answer.
 */
import { expect } from '@open-wc/testing';
import { SessionAnswers } from '../../src/internal/session-storage.js';

const KEY = 'carepath.test.v1:session-storage';

describe('SessionAnswers', () => {
  afterEach(() => sessionStorage.removeItem(KEY));

  it('writes nothing unless enabled', () => {
    const store = new SessionAnswers({ enabled: () => false, key: () => KEY });
    store.save({ a: 1 });
    expect(sessionStorage.getItem(KEY)).to.equal(null);
    sessionStorage.setItem(KEY, JSON.stringify({ answers: { a: 1 } }));
    expect(store.load()).to.equal(undefined);
  });

  it('keeps one key without the sensitive answers, and never reads them back', () => {
    const store = new SessionAnswers({ enabled: () => true, key: () => KEY, sensitive: ['safety'] });
    store.protect('phq-9/8');
    store.save({ safety: 'no', 'phq-9/8': 0, 'phq-9/0': 2, sex: null });
    expect(JSON.parse(sessionStorage.getItem(KEY) ?? '{}')).to.deep.equal({ answers: { 'phq-9/0': 2, sex: null } });
    sessionStorage.setItem(KEY, JSON.stringify({ answers: { safety: 'yes', 'phq-9/0': 1 } }));
    expect(store.load()).to.deep.equal({ 'phq-9/0': 1 });
  });

  it('removes the key when nothing storable is left, and on clear()', () => {
    const store = new SessionAnswers({ enabled: () => true, key: () => KEY, sensitive: ['safety'] });
    store.save({ a: 1 });
    store.save({ safety: 'no' });
    expect(sessionStorage.getItem(KEY)).to.equal(null);
    store.save({ a: 1 });
    store.clear();
    expect(sessionStorage.getItem(KEY)).to.equal(null);
  });

  it('after stop() (a crisis answer) clears the key and saves nothing more', () => {
    const store = new SessionAnswers({ enabled: () => true, key: () => KEY });
    store.save({ a: 1 });
    store.stop();
    expect(sessionStorage.getItem(KEY)).to.equal(null);
    store.save({ a: 2 });
    expect(sessionStorage.getItem(KEY)).to.equal(null);
    expect(store.stopped).to.equal(true);
  });

  it('ignores unreadable or foreign data', () => {
    const store = new SessionAnswers({ enabled: () => true, key: () => KEY });
    sessionStorage.setItem(KEY, '{not json');
    expect(store.load()).to.equal(undefined);
    sessionStorage.setItem(KEY, JSON.stringify({ answers: { a: 1.5 } }));
    expect(store.load()).to.equal(undefined);
    sessionStorage.setItem(KEY, JSON.stringify({ answers: ['a'] }));
    expect(store.load()).to.equal(undefined);
  });
});
