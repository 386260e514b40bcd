import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { CarepathQuiz } from '../src/components/quiz/quiz.js';
import { argTypesFor, controlsOf, renderWidget, type WidgetArgs } from './controls.js';

/**
 * The quiz's path for family and friends (`answering-for="someone-else"`, or "Someone I care about" after Start):
 * one story per screen. Each play function walks the real widget there through its DOM; nothing is scored.
 */
type Args = WidgetArgs;

const meta: Meta<Args> = {
  title: 'Widgets/Quiz for family and friends',
  component: 'carepath-quiz',
  args: { lang: 'en', 'answering-for': 'someone-else', 'cta-href': '/contact', 'secondary-cta-href': '/programs' },
  // The quiz's controls, generated from the manifest; `lang` is the HTML attribute every element has.
  argTypes: { lang: { control: 'inline-radio', options: ['en', 'es'] }, ...argTypesFor('carepath-quiz') },
  parameters: { controls: { include: ['lang', ...controlsOf('carepath-quiz').controls.include] } },
  render: (args, { globals }) => renderWidget('carepath-quiz', args, globals),
};
export default meta;
type Story = StoryObj<Args>;

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

/** Where to stop, and what to answer on the way: the safety answer and the checklist items to check. */
interface Walk {
  readonly stop: 'who' | 'safety' | 'crisis' | 'use' | 'mood' | 'withdrawal' | 'overdose' | 'overdose-steps' | 'risk' | 'seen' | 'help' | 'talk' | 'support' | 'teen' | 'levels';
  readonly safety?: 'yes' | 'unsure' | 'no';
  readonly check?: readonly string[];
}

const SCREEN_OF: Readonly<Record<string, string>> = {
  crisis: '.crisis-screen',
  'overdose-steps': '.family-overdose',
  seen: '.family-seen',
  help: '.family-help',
  talk: '.family-talk',
  support: '.family-support',
  teen: '.family-teen',
  levels: '.family-levels',
};

async function walk(canvas: HTMLElement, { stop, safety = 'no', check = [] }: Walk): Promise<void> {
  const quiz = canvas.querySelector('carepath-quiz') as CarepathQuiz | null;
  if (!quiz) return;
  await quiz.updateComplete;
  const root = quiz.shadowRoot as ShadowRoot;
  const click = async (selector: string) => {
    root.querySelector<HTMLElement>(selector)?.click();
    await quiz.updateComplete;
    await tick();
  };
  const goOn = () => click('.screen button[part="continue"], .screen button[type="submit"], .crisis-screen .actions .button');
  await click('.intro [part~="continue"]');
  for (let guard = 0; guard < 30; guard += 1) {
    const key = root.querySelector('fieldset[data-key]')?.getAttribute('data-key');
    if (key === 'who') {
      if (stop === 'who') return;
      await click('input[value="someone-else"]');
      await goOn();
      continue;
    }
    if (key === stop || key === `check-${stop}`) return;
    const selector = SCREEN_OF[stop];
    if (selector && root.querySelector(selector)) return;
    if (key === 'safety') await click(`input[value="${safety}"]`);
    for (const id of check) if (key === `check-${id.split('.')[0]}`) await click(`input[name="${id}"]`);
    await goOn();
  }
}

export const WhoIsThisFor: Story = { args: { 'answering-for': 'ask' }, play: ({ canvasElement }) => walk(canvasElement, { stop: 'who' }) };
export const Intro: Story = {};
export const SafetyQuestion: Story = { play: ({ canvasElement }) => walk(canvasElement, { stop: 'safety' }) };
export const CrisisYes: Story = { play: ({ canvasElement }) => walk(canvasElement, { stop: 'crisis', safety: 'yes' }) };
export const CrisisNotSure: Story = { play: ({ canvasElement }) => walk(canvasElement, { stop: 'crisis', safety: 'unsure' }) };
export const ChecklistDrinkingOrDrugUse: Story = { play: ({ canvasElement }) => walk(canvasElement, { stop: 'use' }) };
export const ChecklistMood: Story = { play: ({ canvasElement }) => walk(canvasElement, { stop: 'mood' }) };
export const ChecklistWithdrawal: Story = { play: ({ canvasElement }) => walk(canvasElement, { stop: 'withdrawal' }) };
export const ChecklistOverdoseSigns: Story = { play: ({ canvasElement }) => walk(canvasElement, { stop: 'overdose' }) };
export const OverdoseSteps: Story = { play: ({ canvasElement }) => walk(canvasElement, { stop: 'overdose-steps', check: ['overdose.breathing'] }) };
export const ChecklistRisks: Story = { play: ({ canvasElement }) => walk(canvasElement, { stop: 'risk' }) };
export const AboutWhatYouChecked: Story = {
  play: ({ canvasElement }) => walk(canvasElement, { stop: 'seen', check: ['mood.suicide', 'withdrawal.sick', 'risk.time-away', 'risk.violence'] }),
};
export const WhatTendsToHelp: Story = { play: ({ canvasElement }) => walk(canvasElement, { stop: 'help' }) };
export const HowToStartTheTalk: Story = { play: ({ canvasElement }) => walk(canvasElement, { stop: 'talk' }) };
export const SupportForYou: Story = { play: ({ canvasElement }) => walk(canvasElement, { stop: 'support' }) };
export const WorriedAboutATeen: Story = { play: ({ canvasElement }) => walk(canvasElement, { stop: 'teen' }) };
export const LevelsToReadAbout: Story = { play: ({ canvasElement }) => walk(canvasElement, { stop: 'levels' }) };
export const LevelsAfterACrisisAnswer: Story = { play: ({ canvasElement }) => walk(canvasElement, { stop: 'levels', safety: 'yes' }) };
export const SpanishCrisisYes: Story = { args: { lang: 'es' }, play: ({ canvasElement }) => walk(canvasElement, { stop: 'crisis', safety: 'yes' }) };
