/**
 * Stories whose state is reached by the visitor's actions (a quiz screen, a schedule conflict) render that state
 * themselves: the render function mounts the widget and drives it through its real DOM at once. A play function
 * runs only on a story's own canvas; a render runs on its Docs page too, so every state shows there.
 */
import { render, type TemplateResult } from 'lit';

export function driven(template: TemplateResult, drive: (container: HTMLElement) => Promise<void>): HTMLElement {
  const container = document.createElement('div');
  render(template, container);
  // The widget renders once it is connected; the drive awaits its updateComplete, so it may start now.
  void drive(container);
  return container;
}
