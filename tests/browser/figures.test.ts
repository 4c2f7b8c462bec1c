/** The figures' interaction: marks focusable by keyboard (one stop per chart), named from their table row, with a tooltip and highlight. */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';
import { readReport } from '../helpers/content.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('figure interaction', () => {
  it('names each mark from its table row, moves with the arrow keys, shows and hides a tooltip, highlights the row', async () => {
    const page = await h.open('/en/figures/');
    const block = page.locator('#figure-structure');
    const marks = block.locator('svg [data-row]');
    const parts = readReport('en');
    expect(await marks.count()).toBe(parts.length);
    // One tab stop per chart.
    expect(await block.locator('svg [tabindex="0"]').count()).toBe(1);
    expect(await block.locator('svg').getAttribute('role')).toBe('group');
    await marks.first().focus();
    const first = parts[0]!;
    expect(await marks.first().getAttribute('aria-label')).toBe(`Part: ${first.label} ${first.title}; Paragraphs: ${first.outline.paragraphs.length}`);
    expect(await block.locator('.chart-tip').isVisible()).toBe(true);
    expect(await block.locator('.chart-tip').textContent()).toBe(await marks.first().getAttribute('aria-label'));
    expect(await block.locator('tbody tr').first().getAttribute('class')).toContain('is-active');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-row'))).toBe('1');
    expect(await block.locator('svg [tabindex="0"]').getAttribute('data-row')).toBe('1');
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-row'))).toBe(String(parts.length - 1));
    await page.keyboard.press('Escape');
    expect(await block.locator('.chart-tip').isVisible()).toBe(false);
    // Hovering a row of the (opened) table highlights its mark.
    await block.locator('summary').click();
    await block.locator('tbody tr').nth(2).hover();
    expect(await marks.nth(2).getAttribute('class')).toContain('is-active');
    expect(await marks.nth(1).getAttribute('class')).not.toContain('is-active');
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await page.close();
  });

  it('pairs every mark of every chart with a row of its table', async () => {
    const page = await h.open('/zh/figures/');
    const unpaired = await page.evaluate(() =>
      [...document.querySelectorAll('.figure-block')].flatMap((block) => {
        const rows = block.querySelectorAll('tbody tr').length;
        return [...block.querySelectorAll<SVGElement>('svg [data-row]')].filter((m) => Number(m.dataset['row']) >= rows || !m.getAttribute('aria-label')).map((m) => `${block.id} ${m.dataset['row']}`);
      }),
    );
    expect(unpaired).toEqual([]);
    // In the factor × group matrix each dot's row names the group its table row names.
    const mismatched = await page.evaluate(() =>
      [...document.querySelectorAll<SVGElement>('#figure-matrix svg [data-row]')].filter((m) => {
        const group = m.closest('g.row')?.querySelector('text')?.textContent ?? '?';
        return !(m.getAttribute('aria-label') ?? '').includes(`: ${group};`);
      }).length,
    );
    expect(mismatched).toBe(0);
    expect(await page.locator('.figure-block svg [data-row]').count()).toBeGreaterThan(50);
    await page.close();
  });
});
