import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { playQuiz } from './play-quiz.js';

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

export const Intro: Story = {};
export const FullScreens: Story = { args: { instruments: 'phq-9 gad-7 audit', 'ask-sex': true } };

// The screens below are reached by answering: each story plays the quiz through its real DOM.
export const ContextQuestion: Story = { play: ({ canvasElement }) => playQuiz(canvasElement, {}, 'withdrawal') };
export const AlcoholQuestionWithStandardDrinkNote: Story = { play: ({ canvasElement }) => playQuiz(canvasElement, {}, 'audit-c/1') };
export const CrisisScreen: Story = { play: ({ canvasElement }) => playQuiz(canvasElement, { safety: 1 }, 'crisis') };
export const CrisisResult: Story = { play: ({ canvasElement }) => playQuiz(canvasElement, { safety: 2 }) };
export const ResultIntensiveOutpatient: Story = {
  args: { instruments: 'phq-9' },
  play: ({ canvasElement }) =>
    playQuiz(canvasElement, { functioning: 1, 'phq-9/0': 2, 'phq-9/1': 2, 'phq-9/2': 2, 'phq-9/3': 2, 'phq-9/4': 2 }),
};
export const ResultSevereWithdrawal: Story = { play: ({ canvasElement }) => playQuiz(canvasElement, { withdrawal: 2 }) };
export const ResultUnsafeHome: Story = {
  args: { instruments: 'phq-9' },
  play: ({ canvasElement }) => playQuiz(canvasElement, { home: 3, 'phq-9/0': 1, 'phq-9/1': 1, 'phq-9/2': 1, 'phq-9/3': 1, 'phq-9/4': 1 }),
};
export const ResultLowNeed: Story = { play: ({ canvasElement }) => playQuiz(canvasElement, {}) };
