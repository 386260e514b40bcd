import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { argTypesFor, controlsOf, renderWidget, type WidgetArgs } from './controls.js';
import { driven } from './driven.js';

// Controls: every attribute and brand custom property of <carepath-schedule>, generated from the manifest.
const meta: Meta<WidgetArgs> = {
  title: 'Widgets/Schedule',
  component: 'carepath-schedule',
  tags: ['autodocs'],
  argTypes: argTypesFor('carepath-schedule'),
  parameters: controlsOf('carepath-schedule'),
  args: { level: 'iop', tracks: 'morning=09:00 evening=18:00', audience: 'adult' },
  render: (args, { globals }) => renderWidget('carepath-schedule', args, globals),
};
export default meta;
type Story = StoryObj<WidgetArgs>;

const schedule = (args: WidgetArgs, globals: Record<string, unknown>) => html`${renderWidget('carepath-schedule', args, globals)}`;

export const IntensiveOutpatientWithTracks: Story = {};
export const PartialHospitalization: Story = { args: { level: 'php', tracks: '' } };
export const Outpatient: Story = { args: { level: 'outpatient', tracks: '' } };
export const ResidentialNote: Story = { args: { level: 'residential', tracks: '' } };
export const HoursDoNotFitTheLevel: Story = { args: { days: ['mon', 'tue'], 'hours-per-day': 4, tracks: '', debug: true } };
export const Adolescent: Story = { args: { audience: 'adolescent', days: ['mon', 'wed'], 'hours-per-day': 3, tracks: '' } };
/** Brand colours on this widget only: the session blocks take the accent's tint. */
export const BrandColours: Story = { args: { '--carepath-color-accent': '#0b6e4f', '--carepath-schedule-block-background': '#e3f2ec' } };

/** The visitor entered work hours that clash with the morning track: the fit check says so in words. */
export const ConflictShown: Story = {
  render: (args, { globals }) => driven(schedule(args, globals), showConflict),
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
