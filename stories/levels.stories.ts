import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { publish } from '../src/internal/channel.js';
import { argTypesFor, controlsOf, renderWidget, type WidgetArgs } from './controls.js';

// Controls: every attribute and brand custom property of <carepath-levels>, generated from the manifest.
const meta: Meta<WidgetArgs> = {
  title: 'Widgets/Levels',
  component: 'carepath-levels',
  tags: ['autodocs'],
  argTypes: argTypesFor('carepath-levels'),
  parameters: controlsOf('carepath-levels'),
  args: { levels: 'inpatient residential php iop outpatient', layout: 'auto', 'cta-href': '/contact', 'cta-label': 'Talk with our admissions team' },
  render: (args, { globals }) => renderWidget('carepath-levels', { group: `story-${String(args.highlight || 'levels')}`, ...args }, globals),
};
export default meta;
type Story = StoryObj<WidgetArgs>;

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
/** One brand colour, set on this widget only: the highlight, focus ring and fills follow it. */
export const BrandColour: Story = { args: { highlight: 'iop', '--carepath-color-accent': '#0b6e4f' } };
