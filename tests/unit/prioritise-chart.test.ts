/** The prioritisation ranking chart: data → SVG markup, checked for structure and against a golden file. */
import { describe, expect, it } from 'vitest';
import { rankingChart, type RankingRow } from '../../src/lib/charts/ranking.ts';
import { labelWidth } from '../../src/lib/charts/timeline.ts';
import { FACTOR_IDS, emptyAnalysis, emptyRatings, type Analysis, type FactorId, type Group, type Level } from '../../src/lib/prioritise/model.ts';
import { score } from '../../src/lib/prioritise/score.ts';

function group(id: string, name: string, levels: Partial<Record<FactorId, Level | null>>): Group {
  const ratings = emptyRatings();
  for (const f of FACTOR_IDS) ratings[f] = { level: levels[f] ?? null, evidence: '', source: '' };
  return { id, name, targetId: null, intersects: [], ratings };
}

const analysis: Analysis = {
  ...emptyAnalysis('Chart'),
  weights: { discrimination: 2, geography: 1, shocks: 1, governance: 1, socioeconomic: 1 },
  groups: [
    group('women', 'Women', { discrimination: 3, geography: 1, shocks: 2, governance: 2, socioeconomic: 2 }),
    group('rural', 'People living in rural areas', { discrimination: 1, geography: 3, shocks: 2, governance: 1, socioeconomic: 3 }),
    group('youth', 'Youth', { discrimination: 1, geography: 1, shocks: 1, governance: 0, socioeconomic: 1 }),
    group('migrants', 'Migrants', { discrimination: 3, geography: 3, shocks: null, governance: null, socioeconomic: 1 }),
    group('urban', 'Urban', { discrimination: 0, geography: 0, shocks: 0, governance: 0, socioeconomic: 0 }),
  ],
};
// By hand (weights 2,1,1,1,1; threshold 3): Women 6+1+2+2+2 = 13 + 1 high = 14; Rural 2+3+2+1+3 = 11 + 2 = 13;
// Migrants 6+3+1 = 10 + 2 = 12 (two not rated); Youth 2+1+1+0+1 = 5; Urban 0.
const ranked = (scored: ReturnType<typeof score>): RankingRow[] => scored.flatMap((s) => (s.rank === null ? [] : [{ ...s, rank: s.rank, label: s.name }]));
const rows: RankingRow[] = ranked(score(analysis));
const labels = {
  discrimination: 'Discrimination',
  geography: 'Geography',
  shocks: 'Vulnerability to shocks',
  governance: 'Governance',
  socioeconomic: 'Socio-economic status',
};
const svg = rankingChart(rows, { id: 't-rank', title: 'Who is furthest behind?', description: 'Five groups ranked by score', factorLabels: labels });

const tiedRows: RankingRow[] = ranked(
  score({ ...analysis, groups: [group('a', '妇女', { shocks: 2 }), group('b', '青年', { shocks: 2 }), group('c', '移民', { shocks: 1 })] }, { locale: 'zh' }),
);
const zh = rankingChart(tiedRows, {
  id: 't-rank-zh',
  title: '谁落在最后面？',
  description: '三个群体按得分排列',
  locale: 'zh',
  factorLabels: { discrimination: '歧视', geography: '地域', shocks: '易受冲击的程度', governance: '治理', socioeconomic: '社会经济地位' },
});

const rowsOf = (markup: string) =>
  [...markup.matchAll(/<g class="row( incomplete)?">(.*?)<\/g>/g)].map((m) => ({ incomplete: m[1] !== undefined, body: m[2] ?? '' }));
const texts = (markup: string) => [...markup.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
const widths = (body: string, cls: string) => [...body.matchAll(new RegExp(`<rect class="${cls}" [^>]* width="([\\d.]+)"`, 'g'))].map((m) => Number(m[1]));

describe('ranking chart', () => {
  it('is an image with its title and description, and no style attributes', () => {
    for (const markup of [svg, zh]) {
      expect(markup).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="t-rank(-zh)?-title t-rank(-zh)?-desc"/);
      expect(markup).toMatch(/<title id="t-rank(-zh)?-title">[^<]+<\/title><desc id="t-rank(-zh)?-desc">[^<]+<\/desc>/);
      expect(markup).not.toMatch(/style=/);
    }
  });

  it('writes no text smaller than 12 px, and rounds its numbers', () => {
    for (const markup of [svg, zh]) {
      for (const m of markup.matchAll(/font-size="([\d.]+)"/g)) expect(Number(m[1])).toBeGreaterThanOrEqual(12);
      for (const m of markup.matchAll(/="(-?\d+\.\d+)"/g)) expect(m[1]!.split('.')[1]!.length).toBeLessThanOrEqual(2);
    }
  });

  it('has one row per group in rank order, the rank first and the total last', () => {
    const r = rowsOf(svg);
    expect(r).toHaveLength(5);
    expect(r.map((row) => texts(row.body)[1])).toEqual(['Women', 'People living in rural', 'Migrants', 'Youth', 'Urban']);
    // A long name wraps onto a second line.
    expect(texts(r[1]!.body)[2]).toBe('areas');
    expect(r.map((row) => texts(row.body)[0])).toEqual(['1', '2', '3', '4', '5']);
    const totals = r.map((row) =>
      texts(row.body)
        .filter((t) => /^\d+$/.test(t ?? ''))
        .pop(),
    );
    expect(totals).toEqual(['14', '13', '12', '5', '0']);
  });

  it('stacks a segment per rated factor and the high bonus, in proportion to the score', () => {
    const r = rowsOf(svg);
    const women = r[0]!.body;
    // Women: products 6, 1, 2, 2, 2 and a bonus of 1 (discrimination rated 3).
    const seg = widths(women, 'segment');
    expect(seg).toHaveLength(5);
    const unit = seg[0]! / 6;
    expect(seg.map((w) => Math.round(w / unit))).toEqual([6, 1, 2, 2, 2]);
    expect(widths(women, 'bonus').map((w) => Math.round(w / unit))).toEqual([1]);
    // The whole bar is the total: 14 units for Women, 13 for Rural.
    const bar = (body: string) => [...widths(body, 'segment'), ...widths(body, 'bonus')].reduce((a, b) => a + b, 0);
    expect(bar(women) / unit).toBeCloseTo(14, 1);
    expect(bar(r[1]!.body) / unit).toBeCloseTo(13, 1);
    // A factor rated 0 (Youth's governance) and an unrated one draw nothing; Urban has no bar.
    expect(widths(r[3]!.body, 'segment')).toHaveLength(4);
    expect(widths(r[2]!.body, 'segment')).toHaveLength(3);
    expect(r[4]!.body).not.toContain('<rect');
  });

  it('gives each factor its own pattern, named in the legend (not colour alone)', () => {
    const patterns = [...svg.matchAll(/<pattern id="(t-rank-p\d)"[^>]*>(.*?)<\/pattern>/g)];
    expect(patterns.map((p) => p[1])).toEqual(['t-rank-p0', 't-rank-p1', 't-rank-p2', 't-rank-p3', 't-rank-p4']);
    // Each pattern differs in its shapes, not only its colours.
    const shapes = patterns.map((p) => p[2]!.replace(/fill="[^"]*"|stroke="[^"]*"|class="[^"]*"/g, ''));
    expect(new Set(shapes).size).toBe(5);
    const women = rowsOf(svg)[0]!.body;
    expect([...women.matchAll(/class="segment"[^>]*fill="url\(#(t-rank-p\d)\)"/g)].map((m) => m[1])).toEqual([
      't-rank-p0',
      't-rank-p1',
      't-rank-p2',
      't-rank-p3',
      't-rank-p4',
    ]);
    const legend = /<g class="legend">(.*?)<\/g><g class="row/.exec(svg)?.[1] ?? '';
    for (const name of Object.values(labels)) expect(texts(legend)).toContain(name);
    expect(texts(legend)).toContain('Factors at or above the “high” threshold (+1 each)');
    expect([...legend.matchAll(/fill="url\(#(t-rank-p\d)\)"/g)]).toHaveLength(5);
  });

  it('marks groups with factors not rated, in words', () => {
    const r = rowsOf(svg);
    expect(r.map((row) => row.incomplete)).toEqual([false, false, true, false, false]);
    expect(texts(r[2]!.body)).toContain('incomplete: 2 not rated');
    expect(svg.match(/not rated/g)).toHaveLength(1);
  });

  it('marks shared ranks, and words everything in Chinese for zh', () => {
    const r = rowsOf(zh);
    expect(r.map((row) => texts(row.body)[0])).toEqual(['1=', '1=', '3']);
    expect(r.map((row) => texts(row.body)[1])).toEqual(['妇女', '青年', '移民']);
    // Each has four factors not rated.
    expect(texts(r[0]!.body)).toContain('未评完：4 项未评');
    expect(zh).toContain('达到“高”阈值的因素(每项 +1)');
    expect(texts(zh).join(' ')).not.toMatch(/incomplete|threshold|rated/);
  });

  it('escapes names and keeps its size for long ones', () => {
    const odd = rankingChart([{ label: 'A <b> & "c"', rank: 1, tied: false, total: 3, high: 0, parts: [{ factor: 'shocks', product: 3 }], missing: [] }], {
      id: 't-odd',
      title: 'T',
      description: 'D',
      factorLabels: labels,
      width: 300,
    });
    expect(odd).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
    expect(Number(/width="(\d+)"/.exec(odd)?.[1])).toBeGreaterThanOrEqual(300);
  });

  describe('drawn for a phone (stacked)', () => {
    const long = [
      ...rows,
      { ...rows[4]!, rank: 6, label: 'x'.repeat(200), missing: ['shocks', 'governance'] },
      { ...rows[4]!, rank: 7, label: 'https://example.org/a/very/long/path/to/the/groups/own/page?with=a&query=string' },
    ];
    const narrow = rankingChart(long, { id: 't-rank-n', title: 'T', description: 'D', factorLabels: labels, layout: 'stacked' });
    const narrowZh = rankingChart(tiedRows, { id: 't-rank-nz', title: '谁', description: '三', locale: 'zh', factorLabels: labels, layout: 'stacked' });
    /** Each text's right end by the charts' own width estimate (13 px text a little narrower). */
    const rightEnds = (markup: string) =>
      [...markup.matchAll(/<text x="([\d.]+)"[^>]*?(font-size="13")?[^>]*>(.*?)<\/text>/g)].flatMap((m) => {
        const size = m[2] ? 13 / 14 : 1;
        const lines = m[3]!.includes('<tspan') ? [...m[3]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1]!) : [m[3]!];
        const unescaped = (t: string) =>
          t
            .replace(/&amp;/g, '&')
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"');
        return lines.map((line) => Number(m[1]) + labelWidth(unescaped(line)) * size);
      });

    it('is as wide as a phone’s column, and no text reaches past it, however long a name', () => {
      for (const markup of [narrow, narrowZh]) {
        expect(markup).toMatch(/^<svg [^>]*viewBox="0 0 320 [\d.]+" width="320"/);
        for (const end of rightEnds(markup)) expect(end).toBeLessThanOrEqual(320);
        for (const m of markup.matchAll(/<rect class="(segment|bonus)" x="([\d.]+)"[^>]* width="([\d.]+)"/g))
          expect(Number(m[2]) + Number(m[3])).toBeLessThanOrEqual(320);
        for (const m of markup.matchAll(/font-size="([\d.]+)"/g)) expect(Number(m[1])).toBeGreaterThanOrEqual(12);
      }
      // The long names are all there, broken across lines.
      const all = texts(narrow).join('');
      expect(all).toContain('x'.repeat(200));
      expect(all).toContain('https://example.org/a/very/long/path/to/the/groups/own/page?with=a&amp;query=string');
      expect(rowsOf(narrow)).toHaveLength(7);
    });

    it('in the wide layout too, breaks a word too long for the name column rather than draw it across the rank', () => {
      const wide = rankingChart(long, { id: 't-rank-w', title: 'T', description: 'D', factorLabels: labels });
      const starts = [...wide.matchAll(/<text x="([\d.]+)" y="[\d.]+" text-anchor="end"[^>]*>([^<]*)<\/text>/g)].map(
        (m) => Number(m[1]) - labelWidth(m[2]!.replace(/&amp;/g, '&')),
      );
      expect(starts.length).toBeGreaterThan(10);
      for (const start of starts) expect(start).toBeGreaterThanOrEqual(0);
      expect(texts(wide).join('')).toContain('x'.repeat(200));
    });

    it('puts the rank and name above the bar, the total after it and the note on factors not rated below it', () => {
      const migrants = rowsOf(narrow)[2]!.body;
      const y = (re: RegExp) => Number(re.exec(migrants)?.[1]);
      const nameY = y(/<text x="32" y="([\d.]+)" text-anchor="start"[^>]*>Migrants/);
      const barY = y(/<rect class="segment" x="32" y="([\d.]+)"/);
      const noteY = y(/<text x="32" y="([\d.]+)"[^>]*>incomplete: 2 not rated/);
      expect(nameY).toBeLessThan(barY);
      expect(noteY).toBeGreaterThan(barY + 20);
      expect(texts(migrants)[0]).toBe('3');
      // The bars keep their proportions: Women's 14 units to Rural's 13.
      const bar = (body: string) => [...widths(body, 'segment'), ...widths(body, 'bonus')].reduce((a, b) => a + b, 0);
      const r = rowsOf(narrow);
      expect(bar(r[0]!.body) / bar(r[1]!.body)).toBeCloseTo(14 / 13, 2);
    });

    it('matches its golden SVG', async () => {
      await expect(narrow).toMatchFileSnapshot('./__snapshots__/ranking-narrow.svg');
    });
  });

  it('matches its golden SVG', async () => {
    await expect(svg).toMatchFileSnapshot('./__snapshots__/ranking.svg');
    await expect(zh).toMatchFileSnapshot('./__snapshots__/ranking-zh.svg');
  });
});
