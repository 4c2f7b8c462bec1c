/**
 * Charts in every colour scheme: with forced colours emulated (Windows' high contrast, dark and light)
 * and in the site's own palette, every text of every chart on the figures, framework, timeline, home
 * and tool pages, in both languages, reads at 4.5:1 or more against what lies behind it: the mark it
 * sits on (a cell, a bar, a box), its own halo, or the page; and in forced colours every mark is
 * painted in a system colour.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist.ts';
import { contrast } from '../helpers/contrast.ts';
import { fileHarness } from './harness.ts';

const h = fileHarness();

/**
 * Each visible SVG <text>'s fill and the colour behind its middle: a halo it draws under itself
 * (paint-order stroke), else the first shape under it with a solid fill (translucent washes and
 * patterns are passed over), else the first element with a background, else the page's Canvas.
 */
const measure = (page: Page) =>
  page.evaluate(() => {
    const probe = document.createElement('div');
    probe.style.backgroundColor = 'Canvas';
    document.body.append(probe);
    const canvas = getComputedStyle(probe).backgroundColor;
    probe.remove();
    const solid = (color: string) =>
      color !== '' && color !== 'none' && !color.startsWith('url') && !/rgba\([^)]*,\s*0\)$/.test(color) && color !== 'transparent';
    const out: { text: string; fill: string; ground: string }[] = [];
    for (const t of document.querySelectorAll<SVGTextElement>('svg text')) {
      const box = t.getBoundingClientRect();
      const cs = getComputedStyle(t);
      if (box.width === 0 || box.height === 0 || cs.visibility === 'hidden' || t.closest('[hidden], details:not([open])')) continue;
      t.scrollIntoView({ block: 'center', inline: 'center' });
      const r = t.getBoundingClientRect();
      let ground = '';
      const halo = cs.stroke;
      if (solid(halo) && parseFloat(cs.strokeWidth) >= 2 && cs.paintOrder.startsWith('stroke')) ground = halo;
      if (ground === '') {
        for (const under of document.elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2)) {
          if (under === t || t.contains(under) || under instanceof SVGTextElement || under instanceof SVGTSpanElement) continue;
          const u = getComputedStyle(under);
          if (under instanceof SVGGeometryElement) {
            const opaque = parseFloat(u.fillOpacity) * parseFloat(u.opacity) >= 0.5;
            if (opaque && solid(u.fill) && !(under instanceof SVGLineElement)) {
              ground = u.fill;
              break;
            }
          } else if (!(under instanceof SVGElement) && solid(u.backgroundColor)) {
            ground = u.backgroundColor;
            break;
          }
        }
      }
      out.push({ text: (t.textContent ?? '').trim().slice(0, 40), fill: cs.fill, ground: ground || canvas });
    }
    return out;
  });

/** Marks (shapes) of the charts painted with anything but a system colour, none or a pattern. */
const offPalette = (page: Page) =>
  page.evaluate(() => {
    const system = new Set(
      ['Canvas', 'CanvasText', 'GrayText', 'Highlight', 'HighlightText'].map((c) => {
        const probe = document.body.appendChild(document.createElement('div'));
        // Its own colour, not the one forced colours would give it.
        probe.style.forcedColorAdjust = 'none';
        probe.style.color = c;
        const value = getComputedStyle(probe).color;
        probe.remove();
        return value;
      }),
    );
    const off: string[] = [];
    for (const shape of document.querySelectorAll<SVGGeometryElement>('svg.chart :is(rect, circle, path, line, ellipse, polygon)')) {
      const cs = getComputedStyle(shape);
      for (const paint of [cs.fill, cs.stroke])
        if (paint !== 'none' && !paint.startsWith('url') && !system.has(paint)) off.push(`${shape.tagName} ${shape.getAttribute('class') ?? ''}: ${paint}`);
    }
    return off;
  });

const pages = (lang: 'zh' | 'en') => [`/${lang}/figures/`, `/${lang}/framework/`, `/${lang}/timeline/`, `/${lang}/`, `/${lang}/tools/prioritise/`];
const schemes = [
  { name: 'forced colours, dark', forcedColors: 'active', colorScheme: 'dark' },
  { name: 'forced colours, light', forcedColors: 'active', colorScheme: 'light' },
  { name: 'the site’s own colours', forcedColors: 'none', colorScheme: 'light' },
] as const;

describe.each(schemes)('chart text in $name', ({ forcedColors, colorScheme }) => {
  it.each(['en', 'zh'] as const)(
    'reads at 4.5:1 or more on every chart page (%s)',
    async (lang) => {
      const failures: string[] = [];
      let counted = 0;
      for (const path of pages(lang)) {
        const page = await h.open(path, { width: 1280, height: 900 });
        await page.emulateMedia({ forcedColors, colorScheme });
        if (path.includes('/tools/')) {
          // The ranking chart is drawn once there is an analysis: the example's.
          const example = readFileSync(join(DIST, lang, 'tools/prioritise/example.json'));
          await page.setInputFiles('#import-file', { name: 'example.json', mimeType: 'application/json', buffer: example });
          await page.locator('svg.chart text').first().waitFor();
        }
        // In forced colours every mark is in the system's colours (its texture, dashes or shape tell it apart).
        if (forcedColors === 'active') expect(await offPalette(page), path).toEqual([]);
        const texts = await measure(page);
        expect(texts.length, `${path}: no chart text`).toBeGreaterThan(0);
        counted += texts.length;
        for (const t of texts) {
          const ratio = contrast(t.fill, t.ground);
          if (!(ratio >= 4.5)) failures.push(`${path} “${t.text}”: ${t.fill} on ${t.ground} = ${ratio}:1`);
        }
        await page.close();
      }
      expect(counted).toBeGreaterThan(100);
      expect(failures.length, failures.slice(0, 15).join('\n')).toBe(0);
    },
    120_000,
  );
});
