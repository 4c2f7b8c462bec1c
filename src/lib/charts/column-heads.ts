/**
 * Headings for the narrow columns of a matrix on a phone: Latin headings turned to read upwards
 * (wrapped onto up to two lines side by side), Chinese headings stacked two characters a line,
 * as Chinese is often set in narrow columns. Both stand on a common baseline at `bottom`.
 */
import { measure, multiline, wrap, wrapEvenly } from './svg.ts';

const LINE = 16;
const isChinese = (label: string) => /[\u2E80-\uFFEF]/.test(label);

/** The height the headings need above their baseline. */
export function columnHeadsHeight(labels: readonly string[], maxTurned = 130): number {
  return Math.max(...labels.map((l) => (isChinese(l) ? wrap(l, 28).length * LINE : Math.max(...wrapEvenly(l, maxTurned).map((line) => measure(line)))))) + 8;
}

export function columnHeads(labels: readonly string[], centres: readonly number[], bottom: number, maxTurned = 130): string[] {
  return labels.map((label, i) => {
    const x = centres[i] ?? 0;
    if (isChinese(label)) {
      const lines = wrap(label, 28);
      return multiline(lines, { x, y: bottom - 4 - (lines.length - 1) * LINE, 'text-anchor': 'middle' }, LINE);
    }
    const lines = wrapEvenly(label, maxTurned);
    // Turned a quarter left: the text's (u, v) is the screen's (v, −u), so it starts at (x, bottom − 4)
    // and reads upwards, and its next line (v + LINE) stands to the right.
    return multiline(lines, { x: -(bottom - 4), y: x - ((lines.length - 1) * LINE) / 2, transform: 'rotate(-90)', 'dominant-baseline': 'middle' }, LINE);
  });
}
