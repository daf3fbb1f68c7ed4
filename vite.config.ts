/**
 * One config, several jobs, chosen by `--mode`:
 * - (serve)    `npm start`: the demo pages in demo/ on the sources, with the built-in data.
 * - `es`       dist/cluster-gateway.js: one self-registering ES module, no chunks to fetch.
 * - `iife`     dist/cluster-gateway.iife.js: one classic script for a `<script>` tag.
 * - `widgets`  dist/widgets/*.js: one entry per widget (shared code in chunks) for npm users' bundlers.
 * - `cli`      dist/cli.js: the `cluster-gateway validate` command for Node.
 * scripts/build.js runs the builds in order.
 */
import { defineConfig, type Plugin, type UserConfig } from 'vite';

export const WIDGETS = ['readiness-quiz', 'partner-finder', 'funding-list', 'door-openers', 'insights'] as const;

const demoAtRoot: Plugin = {
  name: 'demo-at-root',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url === '/' || req.url === '/index.html') {
        res.statusCode = 302;
        res.setHeader('Location', '/demo/');
        res.end();
        return;
      }
      next();
    });
  },
};

/**
 * Lit's css`…` literals reach the bundle as written; this squeezes their whitespace and comments out at build
 * time (about 1 kB gzip over the suite). Spaces before a `:` are kept, so `a :hover` keeps its meaning.
 */
const minifyCssLiterals: Plugin = {
  name: 'minify-css-literals',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
    const squeezedCode = code.replace(/css`([^`]*)`/g, (_whole, body: string) => {
      const squeezed = body
        .replace(/\/\*[^]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,>])\s*/g, '$1')
        .replace(/:\s+/g, ':')
        .replace(/;}/g, '}')
        .trim();
      return `css\`${squeezed}\``;
    });
    // Only whitespace inside style literals changes: a line-accurate map is not needed for them.
    return { code: squeezedCode, map: { mappings: '' } };
  },
};

const browserBuild = (extra: UserConfig['build']): UserConfig => ({
  plugins: [minifyCssLiterals],
  build: {
    target: 'es2022',
    minify: true,
    sourcemap: true,
    emptyOutDir: false,
    outDir: 'dist',
    reportCompressedSize: false,
    ...extra,
  },
});

export default defineConfig(({ command, mode }): UserConfig => {
  if (command === 'serve' || mode === 'development') {
    return { plugins: [demoAtRoot], server: { port: 5173, host: '127.0.0.1' }, preview: { port: 4173, host: '127.0.0.1' } };
  }
  switch (mode) {
    case 'es':
      return browserBuild({
        lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'cluster-gateway.js' },
        // `/* @__PURE__ */` marks help a bundler drop what is unused; nothing in a file that registers every
        // widget on load is unused, so this one ships without them (about 0.25 kB gzip).
        rollupOptions: { output: { codeSplitting: false, minify: true, comments: { annotation: false } } },
      });
    case 'iife':
      return browserBuild({
        lib: { entry: 'src/index.ts', formats: ['iife'], name: 'ClusterGateway', fileName: () => 'cluster-gateway.iife.js' },
      });
    case 'widgets':
      return browserBuild({
        outDir: 'dist/widgets',
        lib: {
          entry: Object.fromEntries(WIDGETS.map((w) => [w, `src/widgets/${w}/${w}.ts`])),
          formats: ['es'],
          fileName: (_format, name) => `${name}.js`,
        },
        rollupOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true } },
      });
    case 'cli':
      return {
        build: {
          ssr: 'src/cli.ts',
          target: 'node20',
          outDir: 'dist',
          emptyOutDir: false,
          minify: false,
          rollupOptions: { output: { entryFileNames: 'cli.js', format: 'es' } },
        },
        ssr: { noExternal: true },
      };
    default:
      // Any other mode (Storybook's production build among them) gets Vite's defaults.
      return {};
  }
});
