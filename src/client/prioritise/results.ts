/**
 * The open analysis's results: the formula with its weights, the scores table, the ranking chart,
 * the groups left unrated, the top groups (top.ts) and, for print, each group's ratings with their
 * evidence (on screen those are form fields).
 */
import { rankingChart } from '../../lib/charts/ranking';
import type { Analysis } from '../../lib/prioritise/model';
import { score, type ScoredGroup } from '../../lib/prioritise/score';
import type { Tool } from './context';
import { $, caption, h, muted } from './dom';
import { topGroups } from './top';

/** Returns what draws the results of the open analysis. */
export function resultsView(tool: Tool): { render(): void } {
  const { data, s, current, list } = tool;
  const results = $('results');
  const top = $('top');
  // On a narrow screen (media.css's --narrow) the chart is drawn for the phone's column, names above their bars.
  const narrow = window.matchMedia('(max-width: 47.99rem)');
  narrow.addEventListener('change', () => render());

  function table(scored: ScoredGroup[]): HTMLElement {
    const head = h(
      'tr',
      {},
      h('th', { scope: 'col' }, s('rank')),
      h('th', { scope: 'col' }, s('worksheet.group')),
      ...data.factors.map((f) => h('th', { scope: 'col' }, f.name)),
      h('th', { scope: 'col' }, s('highCount')),
      h('th', { scope: 'col' }, s('total')),
      h('th', { scope: 'col' }, s('note')),
    );
    const rows = scored.map((g) =>
      h(
        'tr',
        {},
        // data-label names each cell's column where the table is laid out per group (narrow screens: tool.css).
        h('td', { 'data-label': s('rank') }, g.rank === null ? s('level.none') : g.tied ? `${g.rank}=` : String(g.rank)),
        h('th', { scope: 'row' }, g.name),
        ...g.parts.map((p) =>
          h('td', { 'data-label': tool.factorName(p.factor) }, p.level === null ? s('level.none') : `${p.level} × ${p.weight} = ${p.product}`),
        ),
        h('td', { 'data-label': s('highCount') }, g.rank === null ? '—' : `+${g.high}`),
        h('td', { 'data-label': s('total') }, g.rank === null ? '—' : h('strong', {}, String(g.total))),
        h(
          'td',
          { 'data-label': s('note') },
          [g.rank !== null && g.missing.length > 0 ? s('missing', { factors: list(g.missing.map(tool.factorName)) }) : '', g.tied ? s('tie') : '']
            .filter(Boolean)
            .join(' · '),
        ),
      ),
    );
    return h(
      'div',
      { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'results-title' },
      h('table', { class: 'results-table' }, caption('results-title'), h('thead', {}, head), h('tbody', {}, ...rows)),
    );
  }

  /** For print: each group's ratings with their evidence and sources. */
  function printEvidence(a: Analysis): void {
    $('print-evidence').replaceChildren(
      ...a.groups.map((g) =>
        h(
          'table',
          { class: 'evidence-table' },
          h('caption', {}, g.name),
          h(
            'thead',
            {},
            h('tr', {}, ...[s('factor'), $('ratings-title').textContent ?? '', s('evidence'), s('source')].map((label) => h('th', { scope: 'col' }, label))),
          ),
          h(
            'tbody',
            {},
            ...data.factors.map((f) => {
              const r = g.ratings[f.id];
              return h(
                'tr',
                {},
                h('th', { scope: 'row' }, f.name),
                h('td', {}, r.level === null ? s('level.none') : s(`level.${r.level}`)),
                h('td', {}, r.evidence),
                h('td', {}, r.source),
              );
            }),
          ),
        ),
      ),
    );
  }

  function render(): void {
    const a = current();
    const terms = data.factors.map((f) => `${a.weights[f.id]} × ${f.name}`).join(' + ');
    $('formula').textContent = s('formulaNow', { terms, threshold: a.highThreshold });
    const contextName = data.contexts.find((c) => c.id === a.context)?.name ?? s('contextNone');
    $('analysis-summary').textContent = `${a.name || s('untitled')} · ${s('context')}: ${contextName}`;
    const scored = score(a, { locale: data.lang });
    // Printing prints the paper worksheet while the analysis has no group, and the analysis once it has one.
    document.body.classList.toggle('tool-empty', a.groups.length === 0);
    printEvidence(a);
    if (scored.length === 0) {
      results.replaceChildren(muted(s('ratingsEmpty')));
      top.replaceChildren(muted(s('topNone')));
      return;
    }
    const stacked = narrow.matches;
    const chart = h('div', { class: stacked ? 'chart-scroll stacked' : 'chart-scroll', tabindex: '0', role: 'region', 'aria-label': s('chartTitle') });
    const ranked = scored.flatMap((g) => (g.rank === null ? [] : [{ ...g, rank: g.rank, label: g.name }]));
    const unrated = scored.filter((g) => g.rank === null).map((g) => g.name);
    chart.innerHTML = rankingChart(ranked, {
      id: 'ranking-chart',
      title: s('chartTitle'),
      description: s('chartDesc'),
      factorLabels: Object.fromEntries(data.factors.map((f) => [f.id, f.name])),
      locale: data.lang,
      layout: stacked ? 'stacked' : 'rows',
    });
    results.replaceChildren(
      table(scored),
      ...(ranked.length > 0 ? [chart] : []),
      ...(unrated.length > 0 ? [h('p', { class: 'unrated' }, s('unrated', { names: list(unrated) }))] : []),
    );
    top.replaceChildren(...topGroups(tool, a, scored));
  }

  return { render };
}
