import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { argTypesFor, controlsOf, renderWidget, type WidgetArgs } from './controls.js';
import { driven } from './driven.js';
import { playQuiz } from './play-quiz.js';

type Args = WidgetArgs;
type Story = StoryObj<Args>;

/** The quiz with the story's args; each state story has its own group, so a crisis in one never reaches another. */
const quiz = (args: Args, globals: Record<string, unknown>, group = 'story-quiz'): TemplateResult => html`${renderWidget('carepath-quiz', { group, ...args }, globals)}`;

/** A story that shows the screen reached by these answers (see playQuiz), on its canvas and on the Docs page. */
const answered = (name: string, answers: Readonly<Record<string, number>>, stopAt?: string, then?: (root: ShadowRoot) => void, args?: Partial<Args>): Story => ({
  ...(args ? { args } : {}),
  render: (storyArgs, { globals }) =>
    driven(quiz(storyArgs, globals, `story-quiz-${name}`), async (container) => {
      await playQuiz(container, answers, stopAt);
      const element = container.querySelector('carepath-quiz');
      if (element?.shadowRoot && then) then(element.shadowRoot);
    }),
});

const meta: Meta<Args> = {
  title: 'Widgets/Quiz',
  component: 'carepath-quiz',
  tags: ['autodocs'],
  // Controls: every attribute and brand custom property of <carepath-quiz>, generated from the manifest.
  argTypes: argTypesFor('carepath-quiz'),
  parameters: controlsOf('carepath-quiz'),
  args: { 'cta-href': '/contact', 'secondary-cta-href': '/programs' },
  render: (args, { globals }) => quiz(args, globals),
};
export default meta;

export const Intro: Story = {};
export const FullScreens: Story = { args: { instruments: ['phq-9', 'gad-7', 'audit'], 'ask-sex': true } };
/** One brand colour on this widget only: buttons, the focus ring and the chosen answer follow it. */
export const BrandColour: Story = { args: { '--carepath-color-accent': '#0b6e4f', '--carepath-radius': '0.25rem' } };

// The screens below are reached by answering: each story answers through the quiz's real DOM as it renders.
export const ContextQuestion: Story = answered('context', {}, 'withdrawal');
/** Continue pressed on the one required question (safety) with no answer chosen: the error message and summary. */
export const QuestionNotAnswered: Story = answered('not-answered', {}, 'safety', (root) => root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click());
export const AlcoholQuestionWithStandardDrinkNote: Story = answered('alcohol', {}, 'audit-c/1');
export const CrisisScreen: Story = answered('crisis-screen', { safety: 1 }, 'crisis');
export const CrisisResult: Story = answered('crisis-result', { safety: 2 });
export const ResultIntensiveOutpatient: Story = answered(
  'iop',
  { functioning: 1, 'phq-9/0': 2, 'phq-9/1': 2, 'phq-9/2': 2, 'phq-9/3': 2, 'phq-9/4': 2 },
  undefined,
  undefined,
  { instruments: ['phq-9'] },
);
export const ResultSevereWithdrawal: Story = answered('withdrawal', { withdrawal: 2 });
export const ResultUnsafeHome: Story = answered('home', { home: 3, 'phq-9/0': 1, 'phq-9/1': 1, 'phq-9/2': 1, 'phq-9/3': 1, 'phq-9/4': 1 }, undefined, undefined, { instruments: ['phq-9'] });
export const ResultLowNeed: Story = answered('low-need', {});
