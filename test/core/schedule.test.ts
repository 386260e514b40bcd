import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { InputIssue } from '../../src/core/errors.js';
import {
  DAY_IDS,
  buildWeek,
  classifyHours,
  defaultSchedule,
  findConflicts,
  formatClock,
  isWeeklyLevel,
  parseClock,
} from '../../src/core/schedule.js';
import { CARE_LEVEL_IDS, getCareLevel } from '../../src/core/levels.js';
import type { BusyTime, ScheduleInput, WeekPlan } from '../../src/core/schedule.js';
import { inputIssues } from '../helpers/errors.js';

const fields = (issues: readonly InputIssue[]) => issues.map((issue) => issue.field);

// The default IOP day leads with group therapy (the core of IOP, TIP 47); one-on-one is weekly (the first day),
// family the last day, skills practice the days between.
const DEFAULT_BLOCKS = [
  { kind: 'group', start: '09:00', end: '10:30' },
  { kind: 'break', start: '10:30', end: '10:45' },
  { kind: 'psychoeducation', start: '10:45', end: '11:45' },
  { kind: 'skills', start: '11:45', end: '12:15' },
];
const withLast = (kind: string) => DEFAULT_BLOCKS.map((block, index) => (index === DEFAULT_BLOCKS.length - 1 ? { ...block, kind } : block));
const DEFAULT_FIRST_BLOCKS = withLast('individual');
const DEFAULT_LAST_BLOCKS = withLast('family');

describe('schedule', () => {
  describe('isWeeklyLevel', () => {
    it('is true for the levels with a weekly program and false for 24-hour care, as the catalog says', () => {
      expect(CARE_LEVEL_IDS.filter(isWeeklyLevel)).to.deep.equal(['php', 'iop', 'outpatient']);
      for (const level of CARE_LEVEL_IDS) expect(isWeeklyLevel(level), level).to.equal(getCareLevel(level).weeklyHours !== null);
      expect(isWeeklyLevel('detox')).to.equal(false);
    });
  });

  describe('classifyHours', () => {
    it('uses the adult thresholds 9 and 20 by default', () => {
      expect(classifyHours(0)).to.equal('outpatient');
      expect(classifyHours(5.99)).to.equal('outpatient');
      expect(classifyHours(6)).to.equal('outpatient');
      expect(classifyHours(8.99)).to.equal('outpatient');
      expect(classifyHours(9)).to.equal('iop');
      expect(classifyHours(19.99)).to.equal('iop');
      expect(classifyHours(20)).to.equal('php');
      expect(classifyHours(40)).to.equal('php');
      expect(classifyHours(8.99, 'adult')).to.equal('outpatient');
      expect(classifyHours(9, 'adult')).to.equal('iop');
    });

    it('starts IOP at 6 hours for adolescents', () => {
      expect(classifyHours(5.99, 'adolescent')).to.equal('outpatient');
      expect(classifyHours(6, 'adolescent')).to.equal('iop');
      expect(classifyHours(8.99, 'adolescent')).to.equal('iop');
      expect(classifyHours(9, 'adolescent')).to.equal('iop');
      expect(classifyHours(19.99, 'adolescent')).to.equal('iop');
      expect(classifyHours(20, 'adolescent')).to.equal('php');
    });

    it('never rates adolescents less intensive than adults for the same hours', () => {
      const rank = { outpatient: 0, iop: 1, php: 2 } as const;
      fc.assert(
        fc.property(fc.double({ min: 0, max: 200, noNaN: true }), (hours) => {
          expect(rank[classifyHours(hours, 'adolescent')]).to.be.at.least(rank[classifyHours(hours, 'adult')]);
        }),
      );
    });

    it('rejects hours that are negative, not finite or not numbers, and unknown audiences', () => {
      expect(fields(inputIssues(() => classifyHours(-1)))).to.deep.equal(['hoursPerWeek']);
      expect(fields(inputIssues(() => classifyHours(-0.01)))).to.deep.equal(['hoursPerWeek']);
      expect(fields(inputIssues(() => classifyHours(Number.NaN)))).to.deep.equal(['hoursPerWeek']);
      expect(fields(inputIssues(() => classifyHours(Number.POSITIVE_INFINITY)))).to.deep.equal(['hoursPerWeek']);
      expect(fields(inputIssues(() => classifyHours('9' as unknown as number)))).to.deep.equal(['hoursPerWeek']);
      const [issue] = inputIssues(() => classifyHours(9, 'child' as unknown as 'adult'));
      expect(issue?.field).to.equal('audience');
      expect(issue?.value).to.equal('child');
    });
  });

  describe('parseClock and formatClock', () => {
    it('convert between HH:MM and minutes after midnight', () => {
      expect(parseClock('00:00')).to.equal(0);
      expect(parseClock('09:05')).to.equal(545);
      expect(parseClock('23:59')).to.equal(1439);
      expect(parseClock('24:00')).to.equal(1440);
      expect(formatClock(0)).to.equal('00:00');
      expect(formatClock(545)).to.equal('09:05');
      expect(formatClock(1440)).to.equal('24:00');
      expect(formatClock(1515)).to.equal('25:15');
    });

    it('round-trip every minute of the day', () => {
      for (let minutes = 0; minutes <= 1440; minutes += 1) expect(parseClock(formatClock(minutes))).to.equal(minutes);
    });

    it('reject malformed clocks and minute counts', () => {
      for (const bad of ['9:00', '24:30', '12:60', '24:01', '0900', ' 09:00', '']) {
        expect(inputIssues(() => parseClock(bad))[0]?.value).to.equal(bad);
      }
      for (const bad of [-1, 1.5, Number.NaN]) expect(inputIssues(() => formatClock(bad))[0]?.value).to.deep.equal(bad);
    });
  });

  describe('buildWeek', () => {
    it('makes a typical 3-hour IOP day when no hours or blocks are given', () => {
      const plan = buildWeek({ days: ['fri', 'mon', 'wed'], start: '09:00' });
      expect(plan).to.deep.equal({
        days: [
          { day: 'mon', start: '09:00', end: '12:15', blocks: DEFAULT_FIRST_BLOCKS },
          { day: 'wed', start: '09:00', end: '12:15', blocks: DEFAULT_BLOCKS },
          { day: 'fri', start: '09:00', end: '12:15', blocks: DEFAULT_LAST_BLOCKS },
        ],
        hoursPerWeek: 9,
        intensity: 'iop',
        meetsDayMinimum: true,
        audience: 'adult',
      });
    });

    it('puts the one-on-one session on the first program day and the family session on the last, group first every day', () => {
      const plan = buildWeek({ days: ['tue', 'sat', 'thu', 'sun'], start: '13:30' });
      const kinds = plan.days.map((day) => day.blocks.map((block) => block.kind).join(' '));
      expect(plan.days.map((day) => day.day)).to.deep.equal(['tue', 'thu', 'sat', 'sun']);
      expect(kinds).to.deep.equal([
        'group break psychoeducation individual',
        'group break psychoeducation skills',
        'group break psychoeducation skills',
        'group break psychoeducation family',
      ]);
      // A single program day keeps the weekly one-on-one session.
      expect(buildWeek({ days: ['wed'], start: '09:00' }).days[0]?.blocks.at(-1)?.kind).to.equal('individual');
      expect(plan.days[3]?.end).to.equal('16:45');
      expect(plan.hoursPerWeek).to.equal(12);
    });

    it('makes one group block from hoursPerDay', () => {
      const plan = buildWeek({ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '10:00', hoursPerDay: 4 });
      expect(plan.days[0]).to.deep.equal({
        day: 'mon',
        start: '10:00',
        end: '14:00',
        blocks: [{ kind: 'group', start: '10:00', end: '14:00' }],
      });
      expect(plan.hoursPerWeek).to.equal(20);
      expect(plan.intensity).to.equal('php');
      expect(plan.meetsDayMinimum).to.equal(true);
    });

    it('rounds hoursPerDay to whole minutes', () => {
      const plan = buildWeek({ days: ['mon'], start: '08:00', hoursPerDay: 1 / 3 });
      expect(plan.days[0]?.end).to.equal('08:20');
      expect(plan.hoursPerWeek).to.equal(20 / 60);
    });

    it('runs custom blocks back to back and leaves breaks out of the hours', () => {
      const input: ScheduleInput = {
        days: ['thu', 'mon', 'tue'],
        start: '17:30',
        blocks: [
          { kind: 'skills', minutes: 50, title: 'DBT skills' },
          { kind: 'break', minutes: 10 },
          { kind: 'group', minutes: 120 },
        ],
      };
      const plan = buildWeek(input);
      expect(plan.days.map((day) => day.day)).to.deep.equal(['mon', 'tue', 'thu']);
      expect(plan.days[2]).to.deep.equal({
        day: 'thu',
        start: '17:30',
        end: '20:30',
        blocks: [
          { kind: 'skills', start: '17:30', end: '18:20', title: 'DBT skills' },
          { kind: 'break', start: '18:20', end: '18:30' },
          { kind: 'group', start: '18:30', end: '20:30' },
        ],
      });
      expect(plan.hoursPerWeek).to.equal(8.5);
      expect(plan.intensity).to.equal('outpatient');
      expect(plan.meetsDayMinimum).to.equal(false); // 170 program minutes a day
      expect(buildWeek({ ...input, audience: 'adolescent' }).intensity).to.equal('iop');
    });

    it('uses blocksByDay for the days it names and the usual day elsewhere', () => {
      const plan = buildWeek({
        days: ['mon', 'wed'],
        start: '09:00',
        blocksByDay: { wed: [{ kind: 'family', minutes: 90, title: 'Family night' }] },
      });
      expect(plan.days).to.deep.equal([
        // Monday is the first day, so it has the weekly one-on-one session.
        { day: 'mon', start: '09:00', end: '12:15', blocks: DEFAULT_FIRST_BLOCKS },
        {
          day: 'wed',
          start: '09:00',
          end: '10:30',
          blocks: [{ kind: 'family', start: '09:00', end: '10:30', title: 'Family night' }],
        },
      ]);
      expect(plan.hoursPerWeek).to.equal(4.5);
      expect(plan.meetsDayMinimum).to.equal(false);
    });

    it('lets blocksByDay override hoursPerDay', () => {
      const plan = buildWeek({
        days: ['mon', 'tue', 'wed'],
        start: '09:00',
        hoursPerDay: 3,
        blocksByDay: { tue: [{ kind: 'individual', minutes: 60 }] },
      });
      expect(plan.days.map((day) => day.end)).to.deep.equal(['12:00', '10:00', '12:00']);
      expect(plan.hoursPerWeek).to.equal(7);
      expect(plan.meetsDayMinimum).to.equal(false);
    });

    it('fails the day minimum with fewer than 3 days, and rates 6 hours by audience', () => {
      const adult = buildWeek({ days: ['mon', 'thu'], start: '09:00' });
      expect(adult.hoursPerWeek).to.equal(6);
      expect(adult.meetsDayMinimum).to.equal(false);
      expect(adult.intensity).to.equal('outpatient');
      const teen = buildWeek({ days: ['mon', 'thu'], start: '09:00', audience: 'adolescent' });
      expect(teen.intensity).to.equal('iop');
      expect(teen.audience).to.equal('adolescent');
    });

    it('fails the day minimum when one day is under 3 hours, and passes at exactly 3', () => {
      const short = buildWeek({
        days: ['mon', 'tue', 'wed'],
        start: '09:00',
        hoursPerDay: 3,
        blocksByDay: { wed: [{ kind: 'group', minutes: 179 }] },
      });
      expect(short.meetsDayMinimum).to.equal(false);
      expect(buildWeek({ days: ['mon', 'tue', 'wed'], start: '09:00', hoursPerDay: 3 }).meetsDayMinimum).to.equal(true);
    });

    it('allows a day to end at 24:00 and rejects one that runs past it, naming the day', () => {
      const plan = buildWeek({ days: ['sun'], start: '22:00', hoursPerDay: 2 });
      expect(plan.days[0]?.end).to.equal('24:00');

      const [issue, ...rest] = inputIssues(() => buildWeek({ days: ['sun', 'sat'], start: '22:00', hoursPerDay: 2.25 }));
      expect(rest).to.have.length(0);
      expect(issue?.field).to.equal('hoursPerDay');
      expect(issue?.message).to.contain('24:15');
      expect(issue?.message).to.contain('Saturday and Sunday');

      const [late] = inputIssues(() => buildWeek({ days: ['fri'], start: '23:00' }));
      expect(late?.field).to.equal('start');
      expect(late?.message).to.contain('26:15 on Friday');

      const [custom] = inputIssues(() =>
        buildWeek({
          days: ['mon', 'tue'],
          start: '21:00',
          hoursPerDay: 3,
          blocksByDay: { tue: [{ kind: 'group', minutes: 181 }] },
        }),
      );
      expect(custom?.field).to.equal('blocksByDay.tue');
      expect(custom?.message).to.contain('24:01 on Tuesday');
    });

    it('rejects hoursPerDay together with blocks', () => {
      const issues = inputIssues(() =>
        buildWeek({ days: ['mon'], start: '09:00', hoursPerDay: 3, blocks: [{ kind: 'group', minutes: 60 }] }),
      );
      expect(issues).to.have.length(1);
      expect(issues[0]?.field).to.equal('');
      expect(issues[0]?.message).to.equal('give hoursPerDay or blocks, not both');
    });

    it('rejects bad day tokens, duplicate days and empty or overlong day lists', () => {
      expect(fields(inputIssues(() => buildWeek({ days: ['monday' as 'mon'], start: '09:00' })))).to.deep.equal([
        'days.0',
      ]);
      const [duplicate] = inputIssues(() => buildWeek({ days: ['mon', 'wed', 'mon'], start: '09:00' }));
      expect(duplicate?.field).to.equal('days.2');
      expect(duplicate?.message).to.contain('more than once');
      expect(fields(inputIssues(() => buildWeek({ days: [], start: '09:00' })))).to.deep.equal(['days']);
      expect(fields(inputIssues(() => buildWeek({ days: [...DAY_IDS, 'mon'], start: '09:00' })))).to.deep.equal([
        'days',
      ]);
    });

    it('rejects clocks that are not two-digit HH:MM from 00:00 to 23:59', () => {
      for (const start of ['9:00', '24:30', '12:60', '24:00', '09:00:00', '']) {
        const [issue] = inputIssues(() => buildWeek({ days: ['mon'], start }));
        expect(issue?.field).to.equal('start');
        expect(issue?.value).to.equal(start);
        expect(issue?.message).to.contain('"00:00" to "23:59"');
      }
      expect(buildWeek({ days: ['mon'], start: '00:00' }).days[0]?.start).to.equal('00:00');
    });

    it('rejects bad hours, blocks and blocksByDay keys with the field named', () => {
      const bad = (input: unknown) => fields(inputIssues(() => buildWeek(input as ScheduleInput)));
      expect(bad({ days: ['mon'], start: '09:00', hoursPerDay: 0 })).to.deep.equal(['hoursPerDay']);
      expect(bad({ days: ['mon'], start: '09:00', hoursPerDay: 24.5 })).to.deep.equal(['hoursPerDay']);
      expect(bad({ days: ['mon'], start: '09:00', hoursPerDay: 0.001 })).to.deep.equal(['hoursPerDay']);
      expect(bad({ days: ['mon'], start: '09:00', blocks: [] })).to.deep.equal(['blocks']);
      expect(bad({ days: ['mon'], start: '09:00', blocks: [{ kind: 'nap', minutes: 30 }] })).to.deep.equal([
        'blocks.0.kind',
      ]);
      expect(bad({ days: ['mon'], start: '09:00', blocks: [{ kind: 'group', minutes: 2.5 }] })).to.deep.equal([
        'blocks.0.minutes',
      ]);
      expect(bad({ days: ['mon'], start: '09:00', blocks: [{ kind: 'group', minutes: 0 }] })).to.deep.equal([
        'blocks.0.minutes',
      ]);
      expect(
        bad({ days: ['mon'], start: '09:00', blocks: [{ kind: 'group', minutes: 30, title: 'x'.repeat(81) }] }),
      ).to.deep.equal(['blocks.0.title']);
      expect(bad({ days: ['mon'], start: '09:00', blocks: [{ kind: 'break', minutes: 30 }] })).to.deep.equal([
        'blocks',
      ]);
      expect(
        bad({ days: ['mon'], start: '09:00', blocksByDay: { sat: [{ kind: 'group', minutes: 30 }] } }),
      ).to.deep.equal(['blocksByDay.sat']);
      expect(bad({ days: ['mon'], start: '09:00', hoursperday: 3 })).to.deep.equal(['']);
      expect(bad({ days: ['mon'], start: '09:00', audience: 'child' })).to.deep.equal(['audience']);
      expect(bad(null)).to.deep.equal(['']);
    });

    it('counts hours as non-break minutes ÷ 60 for any blocks', () => {
      const block = fc.record({
        kind: fc.constantFrom('group', 'individual', 'family', 'psychoeducation', 'skills', 'check-in', 'break'),
        minutes: fc.integer({ min: 1, max: 60 }),
      });
      fc.assert(
        fc.property(
          fc.array(block, { minLength: 1, maxLength: 8 }).filter((blocks) => blocks.some((b) => b.kind !== 'break')),
          fc.subarray([...DAY_IDS], { minLength: 1 }),
          (blocks, days) => {
            const plan = buildWeek({ days, start: '08:00', blocks });
            const perDay = blocks.filter((b) => b.kind !== 'break').reduce((sum, b) => sum + b.minutes, 0);
            expect(plan.hoursPerWeek).to.equal((perDay * days.length) / 60);
            for (const day of plan.days) {
              expect(day.blocks[0]?.start).to.equal('08:00');
              expect(day.blocks[day.blocks.length - 1]?.end).to.equal(day.end);
              day.blocks.slice(1).forEach((b, i) => expect(b.start).to.equal(day.blocks[i]?.end));
            }
          },
        ),
      );
    });
  });

  describe('findConflicts', () => {
    const plan = buildWeek({ days: ['mon', 'wed', 'fri'], start: '09:00' }); // 09:00–12:15

    it('treats touching edges as fitting', () => {
      const busy: BusyTime[] = [
        { day: 'mon', start: '08:00', end: '09:00' },
        { day: 'mon', start: '12:15', end: '13:00' },
        { day: 'wed', start: '00:00', end: '09:00' },
        { day: 'fri', start: '12:15', end: '24:00' },
      ];
      expect(findConflicts(plan, busy)).to.deep.equal({ fits: true, conflicts: [] });
    });

    it('reports a one-minute overlap at either edge', () => {
      const result = findConflicts(plan, [
        { day: 'wed', start: '12:14', end: '13:00' },
        { day: 'mon', start: '08:00', end: '09:01' },
      ]);
      expect(result).to.deep.equal({
        fits: false,
        conflicts: [
          { day: 'mon', start: '09:00', end: '09:01', busy: { start: '08:00', end: '09:01' }, blocks: ['group'] },
          { day: 'wed', start: '12:14', end: '12:15', busy: { start: '12:14', end: '13:00' }, blocks: ['skills'] },
        ],
      });
    });

    it('ignores busy times on days without program', () => {
      const busy: BusyTime[] = [
        { day: 'tue', start: '09:00', end: '12:00' },
        { day: 'sun', start: '00:00', end: '24:00' },
      ];
      expect(findConflicts(plan, busy)).to.deep.equal({ fits: true, conflicts: [] });
    });

    it('lists the non-break blocks a busy time overlaps, once each', () => {
      const { conflicts } = findConflicts(plan, [
        { day: 'fri', start: '10:00', end: '12:00' },
        { day: 'mon', start: '00:00', end: '24:00' },
        { day: 'wed', start: '10:30', end: '10:45' },
      ]);
      expect(conflicts).to.deep.equal([
        {
          day: 'mon',
          start: '09:00',
          end: '12:15',
          busy: { start: '00:00', end: '24:00' },
          blocks: ['group', 'psychoeducation', 'individual'],
        },
        // Inside the break: still on site, so a conflict, but no session is missed.
        { day: 'wed', start: '10:30', end: '10:45', busy: { start: '10:30', end: '10:45' }, blocks: [] },
        {
          day: 'fri',
          start: '10:00',
          end: '12:00',
          busy: { start: '10:00', end: '12:00' },
          blocks: ['group', 'psychoeducation', 'family'],
        },
      ]);

      const twoGroups = buildWeek({
        days: ['mon'],
        start: '09:00',
        blocks: [
          { kind: 'group', minutes: 60 },
          { kind: 'break', minutes: 10 },
          { kind: 'group', minutes: 60 },
        ],
      });
      expect(findConflicts(twoGroups, [{ day: 'mon', start: '09:30', end: '10:30' }]).conflicts[0]?.blocks).to.deep.equal(
        ['group'],
      );
    });

    it('sorts conflicts by day, then start', () => {
      const { conflicts } = findConflicts(plan, [
        { day: 'fri', start: '09:00', end: '09:30' },
        { day: 'mon', start: '11:00', end: '11:30' },
        { day: 'mon', start: '08:30', end: '09:30' },
      ]);
      expect(conflicts.map((c) => `${c.day} ${c.start}`)).to.deep.equal(['mon 09:00', 'mon 11:00', 'fri 09:00']);
    });

    it('conflicts exactly when the half-open intervals overlap', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 1440 }), (a, length) => {
          const end = Math.min(1440, a + length);
          const result = findConflicts(plan, [{ day: 'wed', start: formatClock(a), end: formatClock(end) }]);
          expect(result.fits).to.equal(!(a < 735 && 540 < end));
        }),
      );
    });

    it('rejects bad busy times and bad plans', () => {
      const bad = (busy: unknown, p: unknown = plan) =>
        fields(inputIssues(() => findConflicts(p as WeekPlan, busy as BusyTime[])));
      expect(bad([{ day: 'mon', start: '10:00', end: '09:00' }])).to.deep.equal(['busy.0.end']);
      expect(bad([{ day: 'mon', start: '10:00', end: '10:00' }])).to.deep.equal(['busy.0.end']);
      expect(bad([{ day: 'monday', start: '10:00', end: '11:00' }])).to.deep.equal(['busy.0.day']);
      expect(bad([{ day: 'mon', start: '24:00', end: '24:00' }])).to.deep.equal(['busy.0.start']);
      expect(bad([{ day: 'mon', start: '9:00', end: '25:00' }])).to.deep.equal(['busy.0.start', 'busy.0.end']);
      expect(bad([{ day: 'mon', start: '10:00' }])).to.deep.equal(['busy.0.end']);
      expect(bad('mon 9-5')).to.deep.equal(['busy']);
      expect(bad([], { days: [{ day: 'mon', start: '12:00', end: '09:00', blocks: [] }] })).to.deep.equal([
        'plan.days.0.end',
      ]);
      expect(bad([], {})).to.deep.equal(['plan.days']);
    });
  });

  describe('defaultSchedule', () => {
    it('gives IOP three typical 3-hour days: 9 hours, IOP for adults and teens, meeting the day minimum', () => {
      const input = defaultSchedule('iop');
      expect(input).to.deep.equal({ days: ['mon', 'wed', 'fri'], start: '09:00' });
      const plan = buildWeek(input);
      expect(plan.hoursPerWeek).to.equal(9);
      expect(plan.intensity).to.equal('iop');
      expect(plan.meetsDayMinimum).to.equal(true);
      expect(plan.days.map((day) => day.blocks[0]?.kind), 'every day leads with group').to.deep.equal(['group', 'group', 'group']);
      expect(plan.days.map((day) => day.blocks.map((block) => block.kind).at(-1))).to.deep.equal(['individual', 'skills', 'family']);
      const individual = plan.days.flatMap((day) => day.blocks).filter((block) => block.kind === 'individual');
      expect(individual, 'one-on-one about weekly').to.have.length(1);
      expect(buildWeek({ ...input, audience: 'adolescent' }).intensity).to.equal('iop');
    });

    it('gives PHP five days of 5 program hours (20 or more a week, 5–6 hours a day, 4–5 days), group first, one-on-one weekly', () => {
      const plan = buildWeek(defaultSchedule('php'));
      expect(plan.days.map((day) => day.day)).to.deep.equal(['mon', 'tue', 'wed', 'thu', 'fri']);
      expect(plan.hoursPerWeek).to.equal(25);
      expect(plan.intensity).to.equal('php');
      expect(plan.meetsDayMinimum).to.equal(true);
      const kinds = new Set(plan.days[0]?.blocks.map((block) => block.kind));
      for (const kind of ['group', 'individual', 'psychoeducation', 'skills', 'break'] as const) expect(kinds.has(kind), kind).to.equal(true);
      expect(plan.days.map((day) => day.blocks[0]?.kind)).to.deep.equal(['group', 'group', 'group', 'group', 'group']);
      const count = (kind: string) => plan.days.flatMap((day) => day.blocks).filter((block) => block.kind === kind).length;
      expect(count('individual'), 'one-on-one about weekly').to.equal(1);
      expect(count('family')).to.equal(1);
      expect(count('group')).to.be.greaterThan(count('individual') + count('family'));
      expect(plan.days[0]?.start).to.equal('09:00');
      expect(plan.days[0]?.end).to.equal('14:45');
    });

    it('gives outpatient one 1-hour individual session a week', () => {
      const plan = buildWeek(defaultSchedule('outpatient'));
      expect(plan.days).to.have.length(1);
      expect(plan.days[0]?.blocks).to.deep.equal([{ kind: 'individual', start: '09:00', end: '10:00' }]);
      expect(plan.hoursPerWeek).to.equal(1);
      expect(plan.intensity).to.equal('outpatient');
      expect(buildWeek({ ...defaultSchedule('outpatient'), audience: 'adolescent' }).intensity).to.equal('outpatient');
    });

    it('is frozen, so one widget cannot change another\'s defaults', () => {
      const input = defaultSchedule('php');
      expect(Object.isFrozen(input)).to.equal(true);
      expect(Object.isFrozen(input.blocks?.[0])).to.equal(true);
      expect(defaultSchedule('php')).to.equal(input);
    });

    it('rejects the 24-hour levels and anything else', () => {
      for (const level of ['residential', 'inpatient', 'IOP', '', undefined]) {
        const [issue] = inputIssues(() => defaultSchedule(level as unknown as 'iop'));
        expect(issue?.value).to.equal(level);
      }
    });
  });
});
