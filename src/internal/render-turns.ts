/**
 * First renders, one per task: each widget's first render waits for a task of its own, after the task that defined
 * the widgets, in the order they asked. A page with four widgets then has five short tasks instead of one long one,
 * and the browser may paint or handle input between them (measured: Lighthouse's Total Blocking Time).
 */

/** Resolves in a new task (a message event: not clamped like a nested timer, not throttled like a frame). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

let lastTurn: Promise<void> = Promise.resolve();
/** The next free task for a first render: first renders queue one per task, in the order they asked. */
export function firstRenderTurn(): Promise<void> {
  lastTurn = lastTurn.then(nextTask);
  return lastTurn;
}
