import { expect } from '@open-wc/testing';
import { UNREADABLE, readAttribute, suggestAttribute } from '../../src/internal/attributes.js';
import { isSafeUrl } from '../../src/internal/safe-url.js';
import { dataLayerEntry } from '../../src/internal/data-layer.js';
import { isChannelMessage } from '../../src/internal/channel.js';

describe('attribute reading', () => {
  it('reads lists as space-separated tokens', () => {
    expect(readAttribute('list', '  mon  wed\tfri ')).to.deep.equal(['mon', 'wed', 'fri']);
    expect(readAttribute('list', '')).to.deep.equal([]);
  });
  it('reads name=value pairs, and marks a token without "=" unreadable', () => {
    expect(readAttribute('pairs', 'morning=09:00 evening=18:00')).to.deep.equal({ morning: '09:00', evening: '18:00' });
    expect(readAttribute('pairs', 'morning 09:00')).to.equal(UNREADABLE);
    expect(readAttribute('pairs', '=09:00')).to.equal(UNREADABLE);
  });
  it('reads decimals as people write them: a leading "$", thousands commas, a trailing "%"', () => {
    expect(readAttribute('number', ' 300 ')).to.equal(300);
    expect(readAttribute('number', '12.5')).to.equal(12.5);
    expect(readAttribute('number', '$300')).to.equal(300);
    expect(readAttribute('number', ' $ 300 ')).to.equal(300);
    expect(readAttribute('number', '1,500')).to.equal(1500);
    expect(readAttribute('number', '$1,500.50')).to.equal(1500.5);
    expect(readAttribute('number', '12,345,678')).to.equal(12345678);
    expect(readAttribute('number', '20%')).to.equal(20);
    expect(readAttribute('number', '12.5 %')).to.equal(12.5);
    expect(readAttribute('number', '-$5')).to.equal(-5);
    expect(readAttribute('number', '\u22125')).to.equal(-5);
    expect(readAttribute('number', '.5')).to.equal(0.5);
  });
  it('leaves anything else as text to be reported, never guessing', () => {
    for (const text of ['', '0x10', '1e3', 'eight', '1,50', '1.500,00', ',500', '$', '%', '-', '.', '300$', '%20', '20 percent', '1,5000']) {
      expect(readAttribute('number', text), text).to.equal(text);
    }
  });
  it('reads booleans by presence, with "false" meaning off', () => {
    expect(readAttribute('boolean', '')).to.equal(true);
    expect(readAttribute('boolean', 'FALSE')).to.equal(false);
  });
});

describe('did you mean', () => {
  const known = ['daily-rate', 'days-per-week', 'weeks', 'days', 'levels', 'cta-href', 'data-layer'];
  it('finds separators and case mistakes', () => {
    expect(suggestAttribute('daily_rate', known)).to.equal('daily-rate');
    expect(suggestAttribute('dailyrate', known)).to.equal('daily-rate');
    expect(suggestAttribute('DAILY-RATE', known)).to.equal(undefined); // HTML lowercases: it is the known one
    expect(suggestAttribute('ctahref', known)).to.equal('cta-href');
  });
  it('finds small typos, more forgiving on long names', () => {
    expect(suggestAttribute('daly-rate', known)).to.equal('daily-rate');
    expect(suggestAttribute('levles', known)).to.equal('levels');
    expect(suggestAttribute('dyas', known)).to.equal(undefined); // a swap is two edits on a short name
    expect(suggestAttribute('foo', known)).to.equal(undefined);
  });
  it('never flags global attributes', () => {
    for (const name of ['class', 'id', 'style', 'aria-label', 'data-foo', 'onclick', 'lang', 'dir', 'slot', 'title']) {
      expect(suggestAttribute(name, known), name).to.equal(undefined);
    }
  });
});

describe('safe links', () => {
  it('allows https, http, relative, tel, sms and mailto', () => {
    for (const url of ['https://example.org/intake', 'http://example.org', '/contact', 'contact.html', '#form', '?a=1', 'tel:+18005550100', 'sms:988', 'mailto:intake@example.org', 'HTTPS://EXAMPLE.ORG']) {
      expect(isSafeUrl(url), url).to.equal(true);
    }
  });
  it('refuses script, data and other schemes, control characters and non-strings', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'file:///etc/passwd', 'blob:https://x', '', '   ', 42, null]) {
      expect(isSafeUrl(url), String(url)).to.equal(false);
    }
  });
});

describe('data layer entries', () => {
  it('carry the event name, widget and group only', () => {
    expect(dataLayerEntry('carepath-level-select', 'levels', 'default')).to.deep.equal({ event: 'carepath_level_select', widget: 'levels', group: 'default' });
  });
});

describe('channel messages', () => {
  it('accept only the v1 contract', () => {
    expect(isChannelMessage({ v: 1, group: 'g', level: 'iop', crisis: false })).to.equal(true);
    expect(isChannelMessage({ v: 1, group: 'g', level: null, crisis: true })).to.equal(true);
    expect(isChannelMessage({ v: 2, group: 'g', level: 'iop', crisis: false })).to.equal(false);
    expect(isChannelMessage({ v: 1, group: 'g', level: 'detox', crisis: false })).to.equal(false);
    expect(isChannelMessage({ v: 1, group: 'g', level: 'iop' })).to.equal(false);
    expect(isChannelMessage(null)).to.equal(false);
  });
});
