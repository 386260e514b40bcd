// Storybook for designers: every widget and state, driven by custom-elements.json for controls and docs.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Docs pages from the components' JSDoc (through custom-elements.json) and axe on every story.
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // TOOLCHAIN pitfall 7: telemetry makes the build wait on DNS that this network does not answer.
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
};

export default config;
