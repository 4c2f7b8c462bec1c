import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';

/**
 * Loads every `*.yaml` file of a folder, each a list of entries with an `id`.
 * Unlike Astro's `file()` loader it takes several files (one per language) and
 * stops the build on a YAML error or a repeated id, naming the file.
 */
export function yamlLists(folder: string): Loader {
  return {
    name: 'yaml-lists',
    load: async ({ config, store, parseData }) => {
      const root = fileURLToPath(config.root);
      const dir = join(root, folder);
      store.clear();
      const seen = new Map<string, string>();
      for (const name of readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .sort()) {
        const filePath = join(dir, name);
        const shown = relative(root, filePath);
        let items: unknown;
        try {
          items = parse(readFileSync(filePath, 'utf8'));
        } catch (error) {
          throw new Error(`${shown}: not valid YAML: ${(error as Error).message}`);
        }
        if (!Array.isArray(items)) throw new Error(`${shown}: must be a list of entries`);
        for (const [index, item] of items.entries()) {
          const id = (item as { id?: unknown } | null)?.id;
          if (typeof id !== 'string' || id === '') throw new Error(`${shown}: entry ${index + 1} has no "id"`);
          const before = seen.get(id);
          if (before) throw new Error(`${shown}: id "${id}" is used twice (also in ${before})`);
          seen.set(id, shown);
          const { id: _id, ...fields } = item as Record<string, unknown>;
          const data = await parseData({ id, data: fields, filePath: shown });
          store.set({ id, data, filePath: shown });
        }
      }
    },
  };
}
