import { expect } from '@open-wc/testing';
import { inCrisis, publish, subscribe, type ChannelMessage } from '../../src/internal/channel.js';

let counter = 0;
/** A fresh group per test: the channel is page-wide and outlives each test. */
const freshGroup = () => `channel-test-${++counter}`;

function collect(group: string): { messages: ChannelMessage[]; stop: () => void } {
  const messages: ChannelMessage[] = [];
  const stop = subscribe(group, (message) => messages.push(message));
  return { messages, stop };
}

describe('the page channel', () => {
  it('passes a valid source on and copies only the contract fields', () => {
    const group = freshGroup();
    const { messages, stop } = collect(group);
    publish({ v: 1, group, level: 'iop', crisis: false, source: 'quiz', answers: [1, 2] } as unknown as ChannelMessage);
    publish({ v: 1, group, level: 'php', crisis: false, source: 'table' });
    publish({ v: 1, group, level: 'php', crisis: false, source: 'page' } as unknown as ChannelMessage);
    publish({ v: 1, group, level: 'php', crisis: false });
    stop();
    expect(messages).to.deep.equal([
      { v: 1, group, level: 'iop', crisis: false, source: 'quiz' },
      { v: 1, group, level: 'php', crisis: false, source: 'table' },
      { v: 1, group, level: 'php', crisis: false },
      { v: 1, group, level: 'php', crisis: false },
    ]);
    expect(Object.keys(messages[2] ?? {}), 'an unknown source is dropped, not copied').to.not.include('source');
  });

  it('ignores invalid messages and other groups', () => {
    const group = freshGroup();
    const { messages, stop } = collect(group);
    publish({ v: 1, group: 'elsewhere', level: 'iop', crisis: false });
    const target = (globalThis as unknown as Record<symbol, { target: EventTarget }>)[Symbol.for('carepath.channel.v1')];
    target?.target.dispatchEvent(new CustomEvent('message', { detail: { v: 2, group, level: 'iop', crisis: false } }));
    stop();
    expect(messages).to.deep.equal([]);
  });

  it('keeps a crisis per group until a level-less "start over", and replays it to late subscribers', () => {
    const group = freshGroup();
    const other = freshGroup();
    publish({ v: 1, group, level: null, crisis: true, source: 'quiz' });
    // A second quiz in the same group finishes without a crisis.
    publish({ v: 1, group, level: 'php', crisis: false, source: 'quiz' });
    expect(inCrisis(group), 'a later crisis:false with a level does not clear it').to.equal(true);
    expect(inCrisis(other)).to.equal(false);

    const late = collect(group);
    late.stop();
    expect(late.messages, 'the crisis first, then the last message').to.deep.equal([
      { v: 1, group, level: null, crisis: true },
      { v: 1, group, level: 'php', crisis: false, source: 'quiz' },
    ]);

    publish({ v: 1, group, level: null, crisis: false, source: 'quiz' });
    expect(inCrisis(group), 'start over clears it').to.equal(false);
    const after = collect(group);
    after.stop();
    expect(after.messages).to.deep.equal([{ v: 1, group, level: null, crisis: false, source: 'quiz' }]);
  });

  it('replays a crisis once when the last message is itself the crisis', () => {
    const group = freshGroup();
    publish({ v: 1, group, level: null, crisis: true, source: 'quiz' });
    const late = collect(group);
    late.stop();
    expect(late.messages).to.deep.equal([{ v: 1, group, level: null, crisis: true, source: 'quiz' }]);
  });

  it('works on a shared state an older copy created without the crisis field', () => {
    const state = (globalThis as unknown as Record<symbol, { crisis?: Set<string> }>)[Symbol.for('carepath.channel.v1')];
    expect(state, 'created by the tests above').to.exist;
    delete state!.crisis;
    const group = freshGroup();
    publish({ v: 1, group, level: null, crisis: true });
    publish({ v: 1, group, level: 'iop', crisis: false });
    expect(inCrisis(group)).to.equal(true);
    expect(state!.crisis).to.be.instanceOf(Set);
  });

  it('notes a crisis sent straight onto the target by an older copy', () => {
    const group = freshGroup();
    const { messages, stop } = collect(group);
    const state = (globalThis as unknown as Record<symbol, { target: EventTarget }>)[Symbol.for('carepath.channel.v1')];
    state?.target.dispatchEvent(new CustomEvent('message', { detail: { v: 1, group, level: null, crisis: true } }));
    stop();
    expect(messages).to.have.length(1);
    expect(inCrisis(group)).to.equal(true);
  });
});
