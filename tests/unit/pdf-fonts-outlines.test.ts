/**
 * The print faces' outlines lose only points TrueType implies (src/build/pdf-fonts.ts): an on-curve point
 * halfway between two off-curve ones. Each contour keeps and starts at an on-curve point, so a round dot
 * (every on-curve point implied) is still drawn by every reader.
 */
import { describe, expect, it } from 'vitest';
import type { TTF } from 'fonteditor-core';
import { lightenOutlines, PRINT_UNITS_PER_EM, withoutImpliedPoints } from '../../src/build/pdf-fonts.ts';

const on = (x: number, y: number) => ({ x, y, onCurve: true });
const off = (x: number, y: number) => ({ x, y, onCurve: false });

describe('outlines without implied points', () => {
  it('keeps a round dot (all its on-curve points implied) starting at an on-curve point', () => {
    const dot = [off(10, 0), on(10, 5), off(10, 10), on(5, 10), off(0, 10), on(0, 5), off(0, 0), on(5, 0)];
    const kept = withoutImpliedPoints(dot);
    expect(kept[0]).toEqual(on(10, 5));
    expect(kept.filter((p) => p.onCurve)).toHaveLength(1);
    expect(kept.filter((p) => !p.onCurve)).toHaveLength(4);
  });
  it('drops a midpoint between two off-curve points, and no corner', () => {
    const shape = [on(0, 0), off(10, 0), on(20, 0), off(30, 0), on(40, 10), on(40, 40), on(0, 40)];
    expect(withoutImpliedPoints(shape)).toEqual([on(0, 0), off(10, 0), off(30, 0), on(40, 10), on(40, 40), on(0, 40)]);
  });
  it('keeps a point that is not exactly halfway', () => {
    const shape = [on(0, 0), off(10, 0), on(22, 0), off(30, 0), on(40, 10), on(0, 40)];
    expect(withoutImpliedPoints(shape)).toEqual(shape);
  });
  it('scales a point shared by two contours once (the conversion from CFF shares point objects)', () => {
    const shared = on(1000, 500);
    const glyph = {
      contours: [
        [on(0, 0), shared, on(0, 1000)],
        [shared, on(500, 0), on(500, 1000)],
      ],
      advanceWidth: 1000,
    };
    const ttf = { head: { unitsPerEm: 1000 }, hhea: { ascent: 880 }, glyf: [glyph] } as unknown as TTF.TTFObject;
    lightenOutlines(ttf);
    const k = PRINT_UNITS_PER_EM / 1000;
    expect(glyph.contours.map((c) => c.map((p) => [p.x, p.y]))).toEqual([
      [
        [0, 0],
        [Math.round(1000 * k), Math.round(500 * k)],
        [0, Math.round(1000 * k)],
      ],
      [
        [Math.round(1000 * k), Math.round(500 * k)],
        [Math.round(500 * k), 0],
        [Math.round(500 * k), Math.round(1000 * k)],
      ],
    ]);
    expect(ttf.head.unitsPerEm).toBe(PRINT_UNITS_PER_EM);
    expect((ttf as unknown as { hhea: { ascent: number } }).hhea.ascent).toBe(Math.round(880 * k));
  });
});
