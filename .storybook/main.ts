import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  staticDirs: [
    { from: '../demo/data', to: '/data' },
    { from: '../test/fixtures', to: '/fixtures' },
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The build-mode switch in vite.config.ts is for the library; Storybook needs none of it.
  viteFinal: async (viteConfig) => viteConfig,
};
export default config;
