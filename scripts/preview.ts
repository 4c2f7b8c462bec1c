/**
 * The built site served by Astro's own preview server (`astro preview`), for the browser tests and the
 * bench: the config's base path and trailing-slash rule, `404.html` for anything missing, on a free
 * port of 127.0.0.1 unless told otherwise.
 */
import { resolve } from 'node:path';
import { preview } from 'astro';

export interface Preview {
  origin: string;
  close: () => Promise<void>;
}

export async function startPreview(options: { outDir: string; port?: number; host?: string }): Promise<Preview> {
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  const host = options.host ?? '127.0.0.1';
  const server = await preview({
    root: resolve(import.meta.dirname, '..'),
    outDir: resolve(options.outDir),
    server: { host, port: options.port ?? 0 },
    logLevel: 'error',
  });
  return { origin: `http://${host}:${server.port}`, close: () => server.stop() };
}
