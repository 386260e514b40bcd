import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { weekToICS } from '../../src/core/ics.js';
import type { WeekToICSOptions } from '../../src/core/ics.js';
import { buildWeek } from '../../src/core/schedule.js';
import type { WeekPlan } from '../../src/core/schedule.js';
import { inputIssues } from '../helpers/errors.js';


interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  floating: boolean;
}

/** Reads the file back with a real parser, so the test checks what a calendar app would see. */
function parseEvents(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      floating: event.startDate.zone === ICAL.Timezone.localTimezone && event.endDate.zone === ICAL.Timezone.localTimezone,
    };
  });
}

const octets = (line: string) => new TextEncoder().encode(line).length;
const physicalLines = (text: string) => text.slice(0, -2).split('\r\n');
const unfold = (text: string) => text.replace(/\r\n /g, '');

const OPTIONS: WeekToICSOptions = { weekOf: '2026-11-25', now: '2026-11-20T15:04:05Z', uidDomain: 'example.org' };
const MON_DESCRIPTION = ['09:00–10:30 Group therapy', '10:30–10:45 Break', '10:45–11:45 Psychoeducation', '11:45–12:15 Individual session'].join('\n');

describe('ics', () => {
  const plan = buildWeek({ days: ['mon', 'wed', 'fri'], start: '09:00' });

  it('writes one floating event per program day in the Monday-start week of weekOf', () => {
    const events = parseEvents(weekToICS(plan, OPTIONS));
    expect(events).to.deep.equal([
      {
        uid: 'carepath-20261123-mon-1@example.org',
        summary: 'Program day (sample schedule)',
        description: MON_DESCRIPTION,
        start: '2026-11-23T09:00:00',
        end: '2026-11-23T12:15:00',
        floating: true,
      },
      {
        uid: 'carepath-20261125-wed-2@example.org',
        summary: 'Program day (sample schedule)',
        description: MON_DESCRIPTION.replace('Individual session', 'Skills practice'),
        start: '2026-11-25T09:00:00',
        end: '2026-11-25T12:15:00',
        floating: true,
      },
      {
        uid: 'carepath-20261127-fri-3@example.org',
        summary: 'Program day (sample schedule)',
        description: MON_DESCRIPTION.replace('Individual session', 'Family session'),
        start: '2026-11-27T09:00:00',
        end: '2026-11-27T12:15:00',
        floating: true,
      },
    ]);
  });

  it('writes the exact calendar text, with CRLF after every line', () => {
    const text = weekToICS(buildWeek({ days: ['tue'], start: '18:00', hoursPerDay: 3 }), OPTIONS);
    expect(text).to.equal(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//carepath//sample week//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'BEGIN:VEVENT',
        'UID:carepath-20261124-tue-1@example.org',
        'DTSTAMP:20261120T150405Z',
        'DTSTART:20261124T180000',
        'DTEND:20261124T210000',
        'SUMMARY:Program day (sample schedule)',
        'DESCRIPTION:18:00–21:00 Group therapy',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
    const full = weekToICS(plan, OPTIONS);
    expect(full.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(full.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
  });

  it('gives byte-identical output for the same input', () => {
    expect(weekToICS(plan, OPTIONS)).to.equal(weekToICS(plan, { ...OPTIONS }));
    const asDate = weekToICS(plan, { ...OPTIONS, now: new Date(Date.UTC(2026, 10, 20, 15, 4, 5)) });
    const withOffset = weekToICS(plan, { ...OPTIONS, now: '2026-11-20T10:04:05-05:00' });
    expect(asDate).to.equal(weekToICS(plan, OPTIONS));
    expect(withOffset).to.equal(weekToICS(plan, OPTIONS));
    expect(weekToICS(plan, { ...OPTIONS, now: '2026-11-20' })).to.contain('DTSTAMP:20261120T000000Z\r\n');
  });

  it('finds Monday from any day of the week, across months, years and leap days', () => {
    const sunday = buildWeek({ days: ['mon', 'sun'], start: '09:00', hoursPerDay: 3 });
    const dates = (weekOf: string) => parseEvents(weekToICS(sunday, { ...OPTIONS, weekOf })).map((e) => e.start);
    expect(dates('2026-11-23')).to.deep.equal(['2026-11-23T09:00:00', '2026-11-29T09:00:00']);
    expect(dates('2026-11-29')).to.deep.equal(['2026-11-23T09:00:00', '2026-11-29T09:00:00']);
    expect(dates('2027-01-01')).to.deep.equal(['2026-12-28T09:00:00', '2027-01-03T09:00:00']);
    expect(dates('2028-02-29')).to.deep.equal(['2028-02-28T09:00:00', '2028-03-05T09:00:00']);
    expect(dates('2000-03-01')).to.deep.equal(['2000-02-28T09:00:00', '2000-03-05T09:00:00']);
    expect(dates('1970-01-01')).to.deep.equal(['1969-12-29T09:00:00', '1970-01-04T09:00:00']);
  });

  it('ends a day that runs to 24:00 at midnight the next day', () => {
    const late = buildWeek({ days: ['sun'], start: '22:00', hoursPerDay: 2 });
    const text = weekToICS(late, OPTIONS);
    expect(text).to.contain('DTSTART:20261129T220000\r\nDTEND:20261130T000000\r\n');
    expect(parseEvents(text)[0]?.end).to.equal('2026-11-30T00:00:00');
  });

  it('uses labels, and a block title before either', () => {
    const custom = buildWeek({
      days: ['thu'],
      start: '17:00',
      blocks: [
        { kind: 'group', minutes: 90 },
        { kind: 'break', minutes: 15 },
        { kind: 'skills', minutes: 45, title: 'Mindfulness' },
      ],
    });
    const [event] = parseEvents(
      weekToICS(custom, {
        ...OPTIONS,
        labels: { summary: 'Día de programa (ejemplo)', kinds: { group: 'Terapia de grupo', skills: 'Habilidades' } },
      }),
    );
    expect(event?.summary).to.equal('Día de programa (ejemplo)');
    expect(event?.description).to.equal('17:00–18:30 Terapia de grupo\n18:30–18:45 Break\n18:45–19:30 Mindfulness');
  });

  it('escapes commas, semicolons, backslashes and line breaks in text', () => {
    const title = 'Relapse prevention, part 1; C:\\notes';
    const week = buildWeek({ days: ['mon'], start: '09:00', blocks: [{ kind: 'group', minutes: 60, title }] });
    const text = weekToICS(week, { ...OPTIONS, labels: { summary: 'Day one, sample; draft\nline two' } });
    const unfolded = unfold(text);
    expect(unfolded).to.contain('SUMMARY:Day one\\, sample\\; draft\\nline two\r\n');
    expect(unfolded).to.contain('DESCRIPTION:09:00–10:00 Relapse prevention\\, part 1\\; C:\\\\notes\r\n');
    const [event] = parseEvents(text);
    expect(event?.summary).to.equal('Day one, sample; draft\nline two');
    expect(event?.description).to.equal(`09:00–10:00 ${title}`);
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const title = `Thérapie de groupe élargie 🌱🌱 — séance très longue pour tester le pliage é`;
    expect(title.length).to.be.at.most(80);
    const week = buildWeek({ days: ['mon'], start: '09:00', blocks: [{ kind: 'group', minutes: 60, title }] });
    const text = weekToICS(week, { ...OPTIONS, labels: { summary: 'é'.repeat(60) } });
    const lines = physicalLines(text);
    expect(lines.filter((line) => line.startsWith(' ')).length).to.be.at.least(2);
    for (const line of lines) {
      expect(octets(line)).to.be.at.most(75);
      expect(line).not.to.match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
    // 'SUMMARY:' is 8 octets and each 'é' 2, so the first line holds 33 of them (74 octets): a 34th would make 76.
    expect(lines.find((line) => line.startsWith('SUMMARY:'))).to.equal(`SUMMARY:${'é'.repeat(33)}`);
    const [event] = parseEvents(text);
    expect(event?.summary).to.equal('é'.repeat(60));
    expect(event?.description).to.equal(`09:00–10:00 ${title}`);
  });

  it('folds and round-trips any title', () => {
    // Control characters other than tab and line breaks are not allowed in TEXT and are dropped.
    const expected = (title: string) =>
      [...title.replace(/\r\n?/g, '\n')].filter((c) => (c >= ' ' && c !== '\x7f') || c === '\t' || c === '\n').join('');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 80 }), (title) => {
        const week = buildWeek({ days: ['mon'], start: '09:00', blocks: [{ kind: 'group', minutes: 60, title }] });
        const text = weekToICS(week, { ...OPTIONS, labels: { summary: title } });
        for (const line of physicalLines(text)) expect(octets(line)).to.be.at.most(75);
        const [event] = parseEvents(text);
        expect(event?.description).to.equal(`09:00–10:00 ${expected(title)}`);
      }),
    );
  });

  it('rejects weekOf that is not a real YYYY-MM-DD date', () => {
    for (const weekOf of ['2026-02-30', '2027-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '26-11-25', '0000-06-01']) {
      const [issue] = inputIssues(() => weekToICS(plan, { ...OPTIONS, weekOf }));
      expect(issue?.field).to.equal('options.weekOf');
      expect(issue?.value).to.equal(weekOf);
    }
    expect(parseEvents(weekToICS(plan, { ...OPTIONS, weekOf: '2000-02-29' }))[0]?.start).to.equal('2000-02-28T09:00:00');
  });

  it('rejects bad uidDomain, now, labels and plans', () => {
    const bad = (options: unknown, p: unknown = plan) =>
      inputIssues(() => weekToICS(p as WeekPlan, options as WeekToICSOptions)).map((issue) => issue.field);
    expect(bad({ ...OPTIONS, uidDomain: 'bad domain' })).to.deep.equal(['options.uidDomain']);
    expect(bad({ ...OPTIONS, uidDomain: 'me@example.org' })).to.deep.equal(['options.uidDomain']);
    expect(bad({ ...OPTIONS, uidDomain: '' })).to.deep.equal(['options.uidDomain']);
    expect(bad({ ...OPTIONS, now: 'yesterday' })).to.deep.equal(['options.now']);
    expect(bad({ ...OPTIONS, now: '2026-11-20T15:04:05' })).to.deep.equal(['options.now']);
    expect(bad({ ...OPTIONS, now: '2026-02-30T15:04:05Z' })).to.deep.equal(['options.now']);
    expect(bad({ ...OPTIONS, now: new Date(Number.NaN) })).to.deep.equal(['options.now']);
    expect(bad({ ...OPTIONS, labels: { kinds: { nap: 'Nap' } } })).to.deep.equal(['options.labels.kinds']);
    expect(bad({ ...OPTIONS, labels: { summary: '' } })).to.deep.equal(['options.labels.summary']);
    expect(bad({ weekOf: '2026-11-25', uidDomain: 'example.org' })).to.deep.equal(['options.now']);
    expect(bad(OPTIONS, { days: [] })).to.deep.equal(['plan.days']);
    expect(bad(OPTIONS, { days: [{ day: 'mon', start: '9:00', end: '12:00', blocks: [] }] })).to.deep.equal([
      'plan.days.0.start',
    ]);
  });
});
