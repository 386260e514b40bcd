import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

type Args = { level: string; days: string; start: string; 'hours-per-day': string; tracks: string; audience: string; debug: boolean };

const meta: Meta<Args> = {
  title: 'Widgets/Schedule',
  component: 'carepath-schedule',
  tags: ['autodocs'],
  args: { level: 'iop', days: '', start: '', 'hours-per-day': '', tracks: 'morning=09:00 evening=18:00', audience: 'adult', debug: false },
  render: (args, { globals }) => html`<carepath-schedule
    theme=${globals.theme}
    level=${args.level}
    days=${args.days || undefined}
    start=${args.start || undefined}
    hours-per-day=${args['hours-per-day'] || undefined}
    tracks=${args.tracks || undefined}
    audience=${args.audience}
    ?debug=${args.debug}
  ></carepath-schedule>`,
};
export default meta;
type Story = StoryObj<Args>;

export const IntensiveOutpatientWithTracks: Story = {};
export const PartialHospitalization: Story = { args: { level: 'php', tracks: '' } };
export const Outpatient: Story = { args: { level: 'outpatient', tracks: '' } };
export const ResidentialNote: Story = { args: { level: 'residential', tracks: '' } };
export const HoursDoNotFitTheLevel: Story = { args: { days: 'mon tue', 'hours-per-day': '4', tracks: '', debug: true } };
export const Adolescent: Story = { args: { audience: 'adolescent', days: 'mon wed', 'hours-per-day': '3', tracks: '' } };
