import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

type Args = { instruments: string; heading: string; 'ask-sex': boolean; 'cta-href': string; 'secondary-cta-href': string };

const meta: Meta<Args> = {
  title: 'Widgets/Quiz',
  component: 'carepath-quiz',
  tags: ['autodocs'],
  args: { instruments: '', heading: '', 'ask-sex': false, 'cta-href': '/contact', 'secondary-cta-href': '/programs' },
  render: (args, { globals }) => html`<carepath-quiz
    theme=${globals.theme}
    instruments=${args.instruments || undefined}
    heading=${args.heading || undefined}
    ?ask-sex=${args['ask-sex']}
    cta-href=${args['cta-href']}
    secondary-cta-href=${args['secondary-cta-href']}
  ></carepath-quiz>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The intro. Every other screen (questions, the crisis screen, each kind of result) is reached by answering; the
 * demo page `demo/quiz.html?show=…` plays each one through the real DOM. */
export const Intro: Story = {};
export const FullScreens: Story = { args: { instruments: 'phq-9 gad-7 audit', 'ask-sex': true } };
