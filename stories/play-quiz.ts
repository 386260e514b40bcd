/**
 * Plays the quiz through its real DOM, for stories of screens that are only reached by answering. `answers`
 * maps a step key (`safety`, `phq-9/8`) to the option index to choose; unlisted steps take option 0. Stops at
 * `stopAt` (a step key, `crisis` for the first crisis screen) or at the result.
 */
import type { CarepathQuiz } from '../src/components/quiz/quiz.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

export async function playQuiz(canvas: HTMLElement, answers: Readonly<Record<string, number>>, stopAt?: string): Promise<void> {
  const quiz = canvas.querySelector('carepath-quiz') as CarepathQuiz | null;
  if (!quiz) return;
  await quiz.updateComplete;
  const root = quiz.shadowRoot as ShadowRoot;
  // The intro's primary button, in either language.
  root.querySelector<HTMLButtonElement>('.intro button[part="continue"]')?.click();
  for (let guard = 0; guard < 60; guard += 1) {
    await quiz.updateComplete;
    await tick();
    const fieldset = root.querySelector('fieldset[data-key]');
    const key = fieldset?.getAttribute('data-key');
    if (!key) {
      if (quiz.result || stopAt === 'crisis') return;
      const carryOn = [...root.querySelectorAll('button')].find((b) => /Continue the questions|Seguir con las preguntas/.test(b.textContent ?? ''));
      if (!carryOn) return;
      carryOn.click();
      continue;
    }
    if (key === stopAt) return;
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    radios[answers[key] ?? 0]?.click();
    (root.querySelector('button[type="submit"]') as HTMLButtonElement | null)?.click();
  }
}
