// Renders the widget named by ?widget= (with the attributes a partner would use), so a test can load it in an
// iframe of any width. Uses the CDN module, as a partner's page does.
import '/dist/cdn/carepath.js';

const MARKUP = {
  levels: '<carepath-levels cta-href="/contact" highlight="iop"></carepath-levels>',
  quiz: '<carepath-quiz></carepath-quiz>',
  'quiz-question': '<carepath-quiz instruments="phq-2"></carepath-quiz>',
  cost: '<carepath-cost coverage="out-of-network" deductible="1500" coinsurance="20" weeks="52"></carepath-cost>',
  schedule: '<carepath-schedule level="php" days="mon tue wed thu fri sat sun" start="08:00" hours-per-day="12"></carepath-schedule>',
};
const name = new URLSearchParams(location.search).get('widget');
const template = document.createElement('template');
// The markup is a fixed string from this file, never from the URL.
template.innerHTML = MARKUP[name] ?? '<p>unknown widget</p>';
document.body.append(template.content);
// The quiz's first question: Start pressed.
if (name === 'quiz-question') {
  const quiz = document.querySelector('carepath-quiz');
  customElements.whenDefined('carepath-quiz').then(async () => {
    await quiz.updateComplete;
    [...quiz.shadowRoot.querySelectorAll('button')].find((button) => button.textContent.trim() === 'Start')?.click();
  });
}
