/** The one rule the linked widgets share: visitor › channel › configuration, `locked`, and the crisis rule. */
import { expect } from '@open-wc/testing';
import type { ChannelMessage } from '../../src/internal/channel.js';
import { LevelSuggestion } from '../../src/internal/level-suggestion.js';

const message = (level: ChannelMessage['level'], crisis: boolean, source?: 'quiz' | 'table'): ChannelMessage =>
  source ? { v: 1, group: 'g', level, crisis, source } : { v: 1, group: 'g', level, crisis };

describe('LevelSuggestion', () => {
  it('ranks the visitor over the channel over the configuration', () => {
    const suggestion = new LevelSuggestion();
    expect(suggestion.resolve({ configured: 'iop', locked: false })).to.deep.equal({ level: 'iop', origin: 'config' });
    expect(suggestion.resolve({ configured: undefined, locked: false })).to.equal(undefined);
    suggestion.receive(message('php', false, 'quiz'));
    expect(suggestion.resolve({ configured: 'iop', locked: false })).to.deep.equal({ level: 'php', origin: 'channel', source: 'quiz' });
    expect(suggestion.resolve({ visitor: 'outpatient', configured: 'iop', locked: false })).to.deep.equal({ level: 'outpatient', origin: 'visitor' });
  });

  it('leaves only the configuration when locked', () => {
    const suggestion = new LevelSuggestion();
    suggestion.receive(message('php', false, 'table'));
    expect(suggestion.resolve({ visitor: 'outpatient', configured: 'iop', locked: true })).to.deep.equal({ level: 'iop', origin: 'config' });
  });

  it('skips a suggestion the widget cannot show', () => {
    const suggestion = new LevelSuggestion();
    suggestion.receive(message('residential', false, 'quiz'));
    expect(suggestion.resolve({ configured: 'iop', locked: false, accepts: (level) => level !== 'residential' })).to.deep.equal({ level: 'iop', origin: 'config' });
  });

  it('suggests nothing while the group is in crisis, whatever later messages say, until level: null, crisis: false', () => {
    const suggestion = new LevelSuggestion();
    suggestion.receive(message('php', false, 'quiz'));
    suggestion.receive(message(null, true, 'quiz'));
    expect(suggestion.crisis).to.equal(true);
    expect(suggestion.resolve({ configured: 'iop', locked: false })).to.deep.equal({ level: 'iop', origin: 'config' });
    suggestion.receive(message('outpatient', false, 'quiz'));
    suggestion.receive(message('php', false, 'table'));
    expect(suggestion.crisis, 'a level does not end a crisis').to.equal(true);
    expect(suggestion.suggested).to.equal(undefined);
    expect(suggestion.resolve({ visitor: 'php', configured: 'iop', locked: false }), 'the visitor’s own input stays').to.deep.equal({ level: 'php', origin: 'visitor' });
    suggestion.receive(message(null, false, 'quiz'));
    expect(suggestion.crisis).to.equal(false);
    expect(suggestion.suggested).to.equal(undefined);
    suggestion.receive(message('php', false));
    expect(suggestion.suggested, 'an unknown sender reads as unknown').to.deep.equal({ level: 'php', source: undefined });
    suggestion.reset();
    expect(suggestion.suggested).to.equal(undefined);
  });
});
