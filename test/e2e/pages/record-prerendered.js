// Loaded at the end of <body> (a classic script runs before the deferred module that hydrates): remembers each
// pre-rendered widget's first node, height and text, so a test can tell hydration in place (same node, same
// height, same text) from a re-render, in any engine.
window.__prerendered = Array.from(document.querySelectorAll('carepath-quiz, carepath-levels, carepath-cost, carepath-schedule')).map((host) => ({
  host,
  root: host.shadowRoot ? host.shadowRoot.querySelector('.root') : null,
  height: host.getBoundingClientRect().height,
  text: host.shadowRoot ? host.shadowRoot.textContent : null,
}));
