import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { publish } from '../src/internal/channel.js';

type Args = { levels: string; columns: string; highlight: string; heading: string; layout: string; 'cta-label': string; 'cta-href': string; debug: boolean };

const meta: Meta<Args> = {
  title: 'Widgets/Levels',
  component: 'carepath-levels',
  tags: ['autodocs'],
  args: { levels: 'inpatient residential php iop outpatient', layout: 'auto', 'cta-href': '/contact', 'cta-label': 'Talk with our admissions team', highlight: '', heading: '', columns: '', debug: false },
  render: (args, { globals }) => html`<carepath-levels
    theme=${globals.theme}
    group=${`story-${args.highlight || 'levels'}`}
    levels=${args.levels}
    columns=${args.columns || 'setting hours supervision length cost autonomy fit'}
    highlight=${args.highlight || undefined}
    heading=${args.heading || undefined}
    layout=${args.layout}
    cta-label=${args['cta-label']}
    cta-href=${args['cta-href']}
    ?debug=${args.debug}
  ></carepath-levels>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Table: Story = { args: { layout: 'table' } };
export const Cards: Story = { args: { layout: 'cards' } };
export const Highlighted: Story = { args: { highlight: 'iop' } };
export const SuggestedByTheQuiz: Story = {
  render: (_args, { globals }) => {
    publish({ v: 1, group: 'story-quiz-suggests', level: 'php', crisis: false, source: 'quiz' });
    return html`<carepath-levels theme=${globals.theme} group="story-quiz-suggests" cta-href="/contact"></carepath-levels>`;
  },
};
export const ThreeLevels: Story = { args: { levels: 'php iop outpatient', heading: 'IOP or PHP?' } };
export const BadConfiguration: Story = { args: { levels: 'iop detox', layout: 'grid', 'cta-href': 'javascript:alert(1)', debug: true } };
