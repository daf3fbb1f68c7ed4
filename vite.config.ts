/**
 * One config, several jobs, chosen by `--mode`:
 * - (serve)    `npm start`: the demo pages in demo/ on the sources, with the built-in data.
 * - `es`       dist/cluster-gateway.js: one self-registering ES module, no chunks to fetch.
 * - `iife`     dist/cluster-gateway.iife.js: one classic script for a `<script>` tag.
 * - `widgets`  dist/widgets/*.js: one entry per widget (its define.ts: registers the tag; shared code in chunks)
 *              for npm users' bundlers.
 * - `cli`      dist/cli.js: the `cluster-gateway validate` command for Node.
 * scripts/build.js runs the builds in order.
 */
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defineConfig, type LibraryOptions, type UserConfig } from 'vite';
import { asciiLitTemplates } from './build/ascii.js';
import { demoAtRoot } from './build/demo-at-root.js';
import { packStrings } from './build/pack-strings.js';
import { staticLitProperties } from './build/static-lit-properties.js';
import { textFirst } from './build/text-first.js';

const WIDGETS = ['readiness-quiz', 'partner-finder', 'funding-list', 'door-openers', 'insights'] as const;

type Output = { codeSplitting?: boolean; comments?: { annotation: boolean }; chunkFileNames?: string };

/**
 * The browser builds: the transforms in build/ (docs/architecture.md says why each is there) and Lit's minifier,
 * which leaves a css`…` with expressions as written (it takes an expression only as a whole value, and tokens()
 * puts one inside custom-property names); ASCII output (build/ascii.js).
 */
const browserBuild = (lib: LibraryOptions, output: Output = {}, outDir = 'dist'): UserConfig => ({
  plugins: [
    staticLitProperties(),
    textFirst(),
    minifyHtmlLiterals({
      include: ['**/src/**/*.ts'],
      failOnError: true,
      options: { shouldMinifyCSS: (template) => !!template.tag?.includes('css') && template.parts.length === 1 },
    }),
    packStrings(),
    asciiLitTemplates(),
  ],
  build: {
    lib,
    outDir,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    emptyOutDir: false,
    reportCompressedSize: false,
    rollupOptions: { output: { minify: true, ...output, charset: 'ascii' } },
  },
});

export default defineConfig(({ command, mode }): UserConfig => {
  if (command === 'serve' || mode === 'development') {
    return { plugins: [demoAtRoot()], server: { port: 5173, host: '127.0.0.1' }, preview: { port: 4173, host: '127.0.0.1' } };
  }
  switch (mode) {
    case 'es':
      // `/* @__PURE__ */` marks help a bundler drop what is unused; nothing in a file that registers every
      // widget on load is unused, so this one ships without them (about 0.25 kB gzip).
      return browserBuild(
        { entry: 'src/index.ts', formats: ['es'], fileName: () => 'cluster-gateway.js' },
        { codeSplitting: false, comments: { annotation: false } },
      );
    case 'iife':
      return browserBuild({ entry: 'src/index.ts', formats: ['iife'], name: 'ClusterGateway', fileName: () => 'cluster-gateway.iife.js' });
    case 'widgets':
      return browserBuild(
        {
          entry: Object.fromEntries(WIDGETS.map((w) => [w, `src/widgets/${w}/define.ts`])),
          formats: ['es'],
          fileName: (_format, name) => `${name}.js`,
        },
        { chunkFileNames: 'chunks/[name]-[hash].js' },
        'dist/widgets',
      );
    case 'cli':
      return {
        build: {
          ssr: 'src/cli.ts',
          target: 'node20',
          outDir: 'dist',
          emptyOutDir: false,
          minify: false,
          rollupOptions: { output: { entryFileNames: 'cli.js' } },
        },
        ssr: { noExternal: true },
      };
    default:
      // Any other mode (Storybook's production build among them) gets Vite's defaults.
      return {};
  }
});
