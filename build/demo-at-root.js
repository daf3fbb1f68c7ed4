// @ts-check
/** `npm start`: the dev server sends `/` to the demo page. */

/** @returns {import('vite').Plugin} */
export const demoAtRoot = () => ({
  name: 'demo-at-root',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url !== '/' && req.url !== '/index.html') return next();
      res.writeHead(302, { Location: '/demo/' }).end();
    });
  },
});
