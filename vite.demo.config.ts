// `npm start`: serves demo/ with the source modules, reloading on change. The partner page (demo/partner.html)
// uses the built CDN file instead, as a partner would: `npm start` builds first, and dist/cdn/ is served at /cdn/.
import { cpSync, createReadStream, existsSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';

/** Serves dist/cdn/* at /cdn/* in dev, and copies it into the built site. */
function cdnFiles(): Plugin {
  const cdn = new URL('./dist/cdn/', import.meta.url);
  return {
    name: 'carepath:cdn-files',
    configureServer(server) {
      server.middlewares.use('/cdn', (request, response, next) => {
        const file = new URL(`.${(request.url ?? '/').split('?')[0]}`, cdn);
        if (!file.pathname.startsWith(cdn.pathname) || !existsSync(file)) return next();
        response.setHeader('content-type', file.pathname.endsWith('.json') ? 'application/json' : 'text/javascript');
        createReadStream(file).pipe(response);
      });
    },
    closeBundle() {
      if (existsSync(cdn)) cpSync(cdn, new URL('./dist/site/cdn/', import.meta.url), { recursive: true });
    },
  };
}

export default defineConfig({
  root: 'demo',
  plugins: [cdnFiles()],
  server: { host: '127.0.0.1', port: 5173, fs: { allow: ['..'] } },
  build: {
    outDir: '../dist/site',
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index: new URL('./demo/index.html', import.meta.url).pathname,
        partner: new URL('./demo/partner.html', import.meta.url).pathname,
        builder: new URL('./demo/builder.html', import.meta.url).pathname,
        quiz: new URL('./demo/quiz.html', import.meta.url).pathname,
        levels: new URL('./demo/levels.html', import.meta.url).pathname,
        cost: new URL('./demo/cost.html', import.meta.url).pathname,
        schedule: new URL('./demo/schedule.html', import.meta.url).pathname,
      },
    },
  },
});
