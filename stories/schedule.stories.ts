import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { driven } from './driven.js';

type Args = { level: string; days: string; start: string; 'hours-per-day': string; tracks: string; audience: string; debug: boolean };

const meta: Meta<Args> = {
  title: 'Widgets/Schedule',
  component: 'carepath-schedule',
  tags: ['autodocs'],
  args: { level: 'iop', days: '', start: '', 'hours-per-day': '', tracks: 'morning=09:00 evening=18:00', audience: 'adult', debug: false },
  render: (args, { globals }) => schedule(args, globals.theme),
};
export default meta;
type Story = StoryObj<Args>;

function schedule(args: Args, theme: unknown) {
  return html`<carepath-schedule
    theme=${String(theme)}
    level=${args.level}
    days=${args.days || undefined}
    start=${args.start || undefined}
    hours-per-day=${args['hours-per-day'] || undefined}
    tracks=${args.tracks || undefined}
    audience=${args.audience}
    ?debug=${args.debug}
  ></carepath-schedule>`;
}

export const IntensiveOutpatientWithTracks: Story = {};
export const PartialHospitalization: Story = { args: { level: 'php', tracks: '' } };
export const Outpatient: Story = { args: { level: 'outpatient', tracks: '' } };
export const ResidentialNote: Story = { args: { level: 'residential', tracks: '' } };
export const HoursDoNotFitTheLevel: Story = { args: { days: 'mon tue', 'hours-per-day': '4', tracks: '', debug: true } };
export const Adolescent: Story = { args: { audience: 'adolescent', days: 'mon wed', 'hours-per-day': '3', tracks: '' } };

/** The visitor entered work hours that clash with the morning track: the fit check says so in words. */
export const ConflictShown: Story = {
  render: (args, { globals }) => driven(schedule(args, globals.theme), showConflict),
};

/** Opens the fit check and adds Monday and Wednesday 08:00–11:00 as busy hours, through the real DOM. */
async function showConflict(canvasElement: HTMLElement): Promise<void> {
  const schedule = canvasElement.querySelector('carepath-schedule');
  if (!schedule) return;
  await schedule.updateComplete;
  const root = schedule.shadowRoot as ShadowRoot;
  root.querySelector<HTMLButtonElement>('button.open-fit')?.click();
  await schedule.updateComplete;
  for (const day of ['mon', 'wed']) root.querySelector<HTMLInputElement>(`input[name="busy-day"][value="${day}"]`)?.click();
  const setTime = (id: string, value: string) => {
    const input = root.querySelector<HTMLInputElement>(id);
    if (!input) return;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };
  setTime('#busy-from', '08:00');
  setTime('#busy-to', '11:00');
  await schedule.updateComplete;
  root.querySelector<HTMLButtonElement>('button.add')?.click();
}
