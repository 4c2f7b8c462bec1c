/** `npm start` / `npm run serve`: serves the built site on http://localhost:4321 (or --port N). */
import { existsSync } from 'node:fs';
import { startStaticServer } from './static-server.ts';

const portArg = process.argv.indexOf('--port');
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 4321;
if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run build` first (npm start does both).');
  process.exit(1);
}
const { origin } = await startStaticServer({ root: 'dist', port, host: 'localhost', base: process.env['BASE'] ?? '/' });
console.log(`Serving dist/ at ${origin}${process.env['BASE'] ?? '/'} — press Ctrl+C to stop.`);
