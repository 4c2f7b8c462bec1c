/**
 * The interface strings the tool's page script uses: keys under `tool.` in src/i18n, without that
 * prefix. The page sends only these to the script (the method's long texts are already in its HTML),
 * and the script's translator accepts only these, so the two cannot drift apart.
 */
import type { Encoding } from './decode.ts';
import type { ImportErrorCode } from './errors.ts';

export const TOOL_SCRIPT_STRINGS = [
  'untitled',
  'saved',
  'memory',
  'kept',
  'keptRecord',
  'keptUnnamed',
  'exportKept',
  'confirmReset',
  'confirmDelete',
  'nameNeeded',
  'remove',
  'removeGroup',
  'evidenceFor',
  'evidence',
  'source',
  'intersectsLabel',
  'worksheet.group',
  'formulaNow',
  'context',
  'contextNone',
  'rank',
  'highCount',
  'total',
  'note',
  'missing',
  'tie',
  'chartTitle',
  'chartDesc',
  'ratingsEmpty',
  'topNone',
  'tags',
  'noTags',
  'copy',
  'copied',
  'copyFailed',
  'guidance',
  'noGuidance',
  'rests',
  'imported',
  'readAs',
  'readAsLegacy',
  'notCarried',
  'importedName',
  'unrated',
  'factor',
  'err.title',
  'err.unchanged',
  'err.at',
  'err.line',
  'err.column',
  'err.field',
] as const;

/** Families of keys the script builds from a value: a rating level, an import error's code, an encoding. */
export const TOOL_SCRIPT_PREFIXES = ['level.', 'err.', 'encoding.'] as const;

export type ToolString =
  (typeof TOOL_SCRIPT_STRINGS)[number] | `level.${0 | 1 | 2 | 3 | 'none'}` | `err.${ImportErrorCode}` | `err.csv.${ImportErrorCode}` | `encoding.${Encoding}`;

/** Whether the script needs the string `tool.{key}`. */
export const scriptNeeds = (key: string) => (TOOL_SCRIPT_STRINGS as readonly string[]).includes(key) || TOOL_SCRIPT_PREFIXES.some((p) => key.startsWith(p));
