/**
 * The Chinese faces the PDFs are printed with: Noto Sans CJK SC (Debian's fonts-noto-cjk, installed by
 * scripts/ensure-system.ts), regular and bold, made fit for Chromium's PDF writer before printing:
 * 1. HarfBuzz's `hb-subset` (libharfbuzz-bin) cuts the face out of its collection, down to the characters
 *    the printed pages use, without the layout tables (GSUB, GPOS, GDEF), hints and subroutines (fonteditor-core
 *    misreads a few subroutine calls of Noto's charstrings as accented composites);
 * 2. fonteditor-core rewrites its CFF outlines as TrueType outlines (quadratic curves).
 * Why: Chromium (Skia) writes a CFF face, as Noto's are, as Type 3 glyph procedures, and a face without
 * bold (WenQuanYi Micro Hei) makes it draw bold as Type 3 too: five to ten times the bytes, and text a
 * reader cannot always select or search. A TrueType face it embeds as a subset made by HarfBuzz; with the
 * layout tables of a large CJK face that subset fails for a long document and Chromium embeds the whole
 * face (2.3 MB of WenQuanYi in the Chinese evaluation; `hb-subset --retain-gids` fails the same way on that
 * text). Horizontal Chinese needs no shaping, so nothing is lost.
 * The page gets the faces through a style sheet that declares them under the installed family's own name,
 * so print.css's font stack is the same for the PDFs and for a reader printing from a browser.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Font, type TTF } from 'fonteditor-core';
import { listFilesDeep } from './files.ts';

export const PRINT_FAMILY = 'Noto Sans CJK SC';
/** Where the PDF script's page finds the faces and their style sheet (answered from memory, never written to dist). */
export const PRINT_FONTS_PATH = '/_print-fonts/';

export interface PrintFonts {
  /** Path under PRINT_FONTS_PATH → body (the style sheet and the faces). */
  files: Map<string, { body: Buffer; contentType: string }>;
  stylesheet: string;
}

/** The installed collection of a weight and the index of its Simplified Chinese face, from fontconfig. */
function installedFace(style: 'Regular' | 'Bold'): { file: string; index: string } {
  const [file = '', index = '0'] = execFileSync('fc-match', ['-f', '%{file}\n%{index}', `${PRINT_FAMILY}:style=${style}`], { encoding: 'utf8' }).split('\n');
  if (!file.includes('NotoSansCJK')) {
    throw new Error(`pdf: the print font ${PRINT_FAMILY} ${style} is not installed (Debian: apt-get install fonts-noto-cjk; npm test does it as root)`);
  }
  return { file, index };
}

/** Every character of the pages printed and of the style sheets (running heads, "page n of N", printed addresses). */
export function printedCharacters(dist: string, pages: string[]): string {
  // The spaces too: a face without them leaves each space to the next family, an installed CFF face (Type 3).
  const chars = new Set<string>([' ', '\u00a0', '\u3000']);
  const files = [...pages.map((page) => join(dist, page, 'index.html')), ...listFilesDeep(dist, '.css')];
  for (const file of files) for (const c of readFileSync(file, 'utf8')) if (c >= ' ') chars.add(c);
  return [...chars].sort().join('');
}

/** The advance width of each glyph of an sfnt, from its 'hhea' and 'hmtx' tables. */
function advanceWidths(sfnt: Buffer): (gid: number) => number {
  const tables = new Map<string, number>();
  for (let i = 0; i < sfnt.readUInt16BE(4); i += 1) tables.set(sfnt.toString('latin1', 12 + 16 * i, 16 + 16 * i), sfnt.readUInt32BE(20 + 16 * i));
  const metrics = sfnt.readUInt16BE((tables.get('hhea') ?? 0) + 34);
  const hmtx = tables.get('hmtx') ?? 0;
  return (gid) => sfnt.readUInt16BE(hmtx + 4 * Math.min(gid, metrics - 1));
}

/** The em of the printed faces, in font units: Noto's 1000 rounded to 256 steps (a step is 0.04 pt at 11 pt). */
export const PRINT_UNITS_PER_EM = 256;

/** The metrics of a face's tables that are lengths in font units, and so scale with its em. */
const METRICS: Record<string, string[]> = {
  head: ['xMin', 'yMin', 'xMax', 'yMax'],
  hhea: ['ascent', 'descent', 'lineGap', 'advanceWidthMax', 'minLeftSideBearing', 'minRightSideBearing', 'xMaxExtent'],
  'OS/2': [
    'xAvgCharWidth',
    'ySubscriptXSize',
    'ySubscriptYSize',
    'ySubscriptXOffset',
    'ySubscriptYOffset',
    'ySuperscriptXSize',
    'ySuperscriptYSize',
    'ySuperscriptXOffset',
    'ySuperscriptYOffset',
    'yStrikeoutSize',
    'yStrikeoutPosition',
    'sTypoAscender',
    'sTypoDescender',
    'sTypoLineGap',
    'usWinAscent',
    'usWinDescent',
    'sxHeight',
    'sCapHeight',
  ],
  post: ['underlinePosition', 'underlineThickness'],
};

/**
 * A contour without its on-curve points that sit halfway between two off-curve ones (TrueType implies them),
 * starting at (and keeping) an on-curve point: not every reader of a face draws a contour that starts off the
 * curve, or has no point on it (a round dot).
 */
export function withoutImpliedPoints<P extends { x: number; y: number; onCurve?: boolean }>(contour: P[]): P[] {
  const n = contour.length;
  const implied = (p: P, i: number) => {
    const [a, b] = [contour[(i - 1 + n) % n]!, contour[(i + 1) % n]!];
    return p.onCurve && !a.onCurve && !b.onCurve && Math.abs((a.x + b.x) / 2 - p.x) <= 0.5 && Math.abs((a.y + b.y) / 2 - p.y) <= 0.5;
  };
  const anchor = contour.findIndex((p) => p.onCurve);
  if (n < 4 || anchor < 0) return contour;
  // The first on-curve point stays whatever it is, and the contour starts there.
  const rotated = [...contour.slice(anchor), ...contour.slice(0, anchor)];
  return rotated.filter((p, i) => i === 0 || !implied(p, (i + anchor) % n));
}

/**
 * Makes a face's outlines cheaper to embed, the same shapes on paper: an on-curve point halfway between two
 * off-curve points is left out (TrueType implies it; the conversion from CFF writes it), and the em becomes
 * PRINT_UNITS_PER_EM units, so that most coordinates take one byte. Together about a quarter of a Chinese
 * PDF's font bytes.
 */
export function lightenOutlines(ttf: TTF.TTFObject): void {
  const scale = PRINT_UNITS_PER_EM / (ttf.head.unitsPerEm ?? 1000);
  const round = (n: number) => Math.round(n * scale);
  for (const glyph of ttf.glyf) {
    // New points: the conversion from CFF shares a point object between contours' ends, which scaling in place would scale twice.
    glyph.contours = (glyph.contours ?? []).map((contour) => withoutImpliedPoints(contour).map((p) => ({ ...p, x: round(p.x), y: round(p.y) })));
    glyph.advanceWidth = round(glyph.advanceWidth ?? 0);
    if (glyph.leftSideBearing !== undefined) glyph.leftSideBearing = round(glyph.leftSideBearing);
    for (const key of ['xMin', 'yMin', 'xMax', 'yMax'] as const) if (glyph[key] !== undefined) glyph[key] = round(glyph[key]);
  }
  const tables = ttf as unknown as Record<string, Record<string, number> | undefined>;
  for (const [table, keys] of Object.entries(METRICS))
    for (const key of keys) if (typeof tables[table]?.[key] === 'number') tables[table][key] = round(tables[table][key]);
  ttf.head.unitsPerEm = PRINT_UNITS_PER_EM;
}

/** The two faces, cut down to `text`, and the style sheet that declares them. */
export function printFonts(text: string): PrintFonts {
  const work = mkdtempSync(join(tmpdir(), 'lnob-print-fonts-'));
  try {
    const textFile = join(work, 'text.txt');
    writeFileSync(textFile, text || '中');
    const files: PrintFonts['files'] = new Map();
    const faces: string[] = [];
    for (const [style, weight] of [
      ['Regular', 400],
      ['Bold', 700],
    ] as const) {
      const face = installedFace(style);
      const cff = join(work, `${style}.otf`);
      execFileSync('hb-subset', [
        face.file,
        `--face-index=${face.index}`,
        `--text-file=${textFile}`,
        '--drop-tables+=GSUB,GPOS,GDEF',
        '--no-hinting',
        '--desubroutinize',
        `--output-file=${cff}`,
      ]);
      const otf = readFileSync(cff);
      const font = Font.create(otf, { type: 'otf', hinting: false });
      // fonteditor-core takes each glyph's width from the charstrings with the first font dictionary's
      // defaults, which is wrong for Noto's proportional Latin; the face's own widths are in 'hmtx'.
      const width = advanceWidths(otf);
      font.get().glyf.forEach((glyph, gid) => (glyph.advanceWidth = width(gid)));
      lightenOutlines(font.get());
      const ttf = font.write({ type: 'ttf', hinting: false });
      files.set(`${style.toLowerCase()}.ttf`, { body: Buffer.from(ttf as Buffer), contentType: 'font/ttf' });
      faces.push(
        `@font-face { font-family: '${PRINT_FAMILY}'; font-style: normal; font-weight: ${weight}; src: url('${PRINT_FONTS_PATH}${style.toLowerCase()}.ttf') format('truetype'); }`,
      );
    }
    const stylesheet = `/* The PDF script's print faces (src/build/pdf-fonts.ts). */\n${faces.join('\n')}\n`;
    files.set('fonts.css', { body: Buffer.from(stylesheet), contentType: 'text/css' });
    return { files, stylesheet };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
