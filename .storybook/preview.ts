// Toolbar: language, theme, direction and container width, applied to a wrapper around every story.
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../dist/custom-elements.json';
import '../src/index.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    lang: { description: 'Language', toolbar: { title: 'Language', items: ['en', 'es'], dynamicTitle: true } },
    theme: { description: 'Theme', toolbar: { title: 'Theme', items: ['light', 'dark'], dynamicTitle: true } },
    dir: { description: 'Direction', toolbar: { title: 'Direction', items: ['ltr', 'rtl'], dynamicTitle: true } },
    width: { description: 'Container width', toolbar: { title: 'Width', items: ['320', '768', '1200'], dynamicTitle: true } },
  },
  initialGlobals: { lang: 'en', theme: 'light', dir: 'ltr', width: '1200' },
  decorators: [
    (story, context) => {
      const { lang, theme, dir, width } = context.globals as Record<string, string>;
      // Stories read the theme from globals themselves (it is an attribute of each widget).
      return html`<div lang=${lang} dir=${dir} data-theme=${theme} style=${styleMap({
        maxWidth: `${width}px`,
        padding: '1rem',
        fontFamily: 'system-ui, sans-serif',
        background: theme === 'dark' ? '#0b0f14' : '#f7f8fa',
      })}>
        ${story()}
      </div>`;
    },
  ],
  parameters: { controls: { expanded: true }, layout: 'padded' },
};

export default preview;
