import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../dist/custom-elements.json';

/** Every shared design token, from the manifest (so a new token gets its control without touching this file). */
const TOKENS = (manifest as { modules: { declarations?: { name?: string; cssProperties?: { name: string; description?: string }[] }[] }[] }).modules
  .flatMap((mod) => mod.declarations ?? [])
  .find((declaration) => declaration.name === 'CarepathElement')?.cssProperties ?? [];

type Args = Record<string, string>;

const meta: Meta<Args> = {
  title: 'Theming/Brand',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'One control per design token. Set only `--carepath-color-accent` to see the highlight, the focus ring and the dark theme follow it; set any other token to override what is derived. With `debug` on a widget, a button text contrast below 4.5:1 is warned about in the console.',
      },
    },
  },
  argTypes: Object.fromEntries(
    TOKENS.map((token) => [
      token.name,
      { control: token.name.includes('-color-') ? { type: 'color' } : { type: 'text' }, description: token.description ?? '', table: { category: 'Design tokens' } },
    ]),
  ),
  args: Object.fromEntries(TOKENS.map((token) => [token.name, ''])),
  render: (args, { globals }) => {
    const tokens = Object.fromEntries(Object.entries(args).filter(([name, value]) => name.startsWith('--carepath-') && value));
    return html`<div style=${styleMap(tokens)}>
      <carepath-levels theme=${globals.theme} group="story-theming" levels="php iop outpatient" highlight="iop" cta-href="/contact" independent></carepath-levels>
      <carepath-quiz theme=${globals.theme} group="story-theming" cta-href="/contact"></carepath-quiz>
      <carepath-cost theme=${globals.theme} group="story-theming" coverage="in-network" deductible="1500" coinsurance="20" oop-max="4000"></carepath-cost>
      <carepath-schedule theme=${globals.theme} group="story-theming" tracks="morning=09:00 evening=17:30"></carepath-schedule>
    </div>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
/** Only the accent is set: a coherent brand-coloured highlight, focus ring and fills. */
export const OneBrandColour: Story = { args: { '--carepath-color-accent': '#0b6e4f' } };
export const SquareCornersAndSerif: Story = { args: { '--carepath-color-accent': '#7a2e8e', '--carepath-radius': '0', '--carepath-font-family': 'Georgia, serif' } };
