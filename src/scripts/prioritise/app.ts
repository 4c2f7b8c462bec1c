/**
 * The prioritisation tool in the browser: wires the pure logic of src/lib/prioritise to the page.
 * State lives in an AnalysisStore (localStorage, or memory when storage fails); every edit replaces
 * the open analysis and re-renders what depends on it. Nothing is sent anywhere.
 */
import { importFile } from '../../lib/prioritise/import';
import { toCSV } from '../../lib/prioritise/csv';
import { toJSON } from '../../lib/prioritise/json';
import type { ImportError } from '../../lib/prioritise/errors';
import { matchingEntries, type ToolkitRef } from '../../lib/prioritise/match';
import {
  addGroup,
  customGroup,
  emptyAnalysis,
  FACTOR_IDS,
  groupFromTarget,
  isContextId,
  isTargetId,
  removeGroup,
  setHighThreshold,
  setRating,
  setWeight,
  type Analysis,
  type FactorId,
  type Group,
  type Level,
} from '../../lib/prioritise/model';
import { score, tagsFor, type ScoredGroup } from '../../lib/prioritise/score';
import { AnalysisStore, type StorageLike } from '../../lib/prioritise/store';
import { fileNameFor, importedName, localIsoDate } from '../../lib/prioritise/naming';
import { rankingChart } from '../../lib/charts/ranking';
import type { ToolString } from '../../lib/prioritise/strings';

interface Data {
  lang: 'zh' | 'en';
  factors: { id: FactorId; name: string }[];
  groups: { id: string; name: string }[];
  contexts: { id: string; name: string }[];
  entries: (ToolkitRef & { href: string; sourceHrefs: string[] })[];
  strings: Record<string, string>;
}

const root = document.querySelector<HTMLElement>('[data-tool]');
const dataBlock = document.getElementById('tool-data');
if (root && dataBlock) start(root, JSON.parse(dataBlock.textContent ?? '{}') as Data);

function start(root: HTMLElement, data: Data): void {
  const s = (key: ToolString, vars: Record<string, string | number> = {}) =>
    (data.strings[`tool.${key}`] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
  const list = (items: string[]) => items.join(data.lang === 'zh' ? '、' : ', ');
  const factorName = new Map(data.factors.map((f) => [f.id, f.name]));
  const targetName = new Map(data.groups.map((g) => [g.id, g.name]));
  const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  /** A table's caption: the heading right above it, which says it on screen, so visually hidden. */
  const caption = (heading: string) => h('caption', { class: 'visually-hidden' }, $(heading).textContent ?? '');

  /** An element with attributes and children; text is always set as text, never as markup. */
  function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean | undefined> = {}, ...children: (Node | string | undefined)[]): HTMLElementTagNameMap[K] {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === false) continue;
      e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children) if (c !== undefined) e.append(c);
    return e;
  }

  let storage: StorageLike | undefined;
  try {
    storage = window.localStorage;
  } catch {
    storage = undefined;
  }
  const store = new AnalysisStore(storage, s('untitled'));
  const current = () => store.current;

  function showStorage(): void {
    const parts = [store.mode === 'saved' ? s('saved') : s('memory')];
    if (store.skipped.length > 0) parts.push(s('skipped', { n: store.skipped.length }));
    $('tool-storage').textContent = parts.join(' ');
    $('tool-storage').classList.toggle('warning', store.mode === 'memory');
  }

  /** Every edit: replace the analysis, save, and re-render what depends on it. */
  function commit(next: Analysis, what: 'groups' | 'ratings' | 'settings' | 'all' = 'ratings'): void {
    const before = store.mode;
    store.update(next);
    if (store.mode !== before) showStorage();
    if (what === 'groups' || what === 'all') renderGroups();
    if (what === 'all') renderSettings();
    renderResults();
  }

  // --- analyses -------------------------------------------------------------------------------
  const select = $<HTMLSelectElement>('analysis-select');
  const nameInput = $<HTMLInputElement>('analysis-name');
  function renderAnalyses(): void {
    select.replaceChildren(...store.list().map(([id, name]) => h('option', { value: id, selected: id === store.openId }, name || s('untitled'))));
  }
  select.addEventListener('change', () => {
    store.open(select.value);
    renderAll();
  });
  nameInput.addEventListener('input', () => {
    commit({ ...current(), name: nameInput.value }, 'settings');
    const option = select.selectedOptions[0];
    if (option) option.textContent = nameInput.value || s('untitled');
  });
  $('analysis-new').addEventListener('click', () => {
    store.add(emptyAnalysis(s('untitled')));
    renderAll();
    nameInput.focus();
    nameInput.select();
  });
  $('analysis-reset').addEventListener('click', () => {
    if (!window.confirm(s('confirmReset', { name: current().name || s('untitled') }))) return;
    commit({ ...emptyAnalysis(current().name), context: current().context }, 'all');
  });
  $('analysis-delete').addEventListener('click', () => {
    if (!window.confirm(s('confirmDelete', { name: current().name || s('untitled') }))) return;
    store.remove(s('untitled'));
    renderAll();
    select.focus();
  });

  // --- settings: context, weights, threshold ----------------------------------------------------
  const context = $<HTMLSelectElement>('analysis-context');
  context.addEventListener('change', () => commit({ ...current(), context: isContextId(context.value) ? context.value : null }, 'settings'));
  for (const input of root.querySelectorAll<HTMLInputElement>('[data-weight]')) {
    input.addEventListener('change', () => {
      const factor = input.dataset['weight'] as FactorId;
      const value = Number.parseInt(input.value, 10);
      const next = setWeight(current(), factor, Number.isFinite(value) ? value : 0);
      input.value = String(next.weights[factor]);
      commit(next, 'settings');
    });
  }
  const threshold = $<HTMLSelectElement>('threshold');
  threshold.addEventListener('change', () => commit(setHighThreshold(current(), Number(threshold.value)), 'settings'));
  function renderSettings(): void {
    const a = current();
    nameInput.value = a.name;
    context.value = a.context ?? '';
    for (const input of root.querySelectorAll<HTMLInputElement>('[data-weight]')) input.value = String(a.weights[input.dataset['weight'] as FactorId]);
    threshold.value = String(a.highThreshold);
  }

  // --- groups ---------------------------------------------------------------------------------
  const targets = [...root.querySelectorAll<HTMLInputElement>('input[name="target"]')];
  for (const box of targets) {
    box.addEventListener('change', () => {
      if (!isTargetId(box.value)) return;
      const a = current();
      if (box.checked) commit(addGroup(a, groupFromTarget(box.value, targetName.get(box.value) ?? box.value)), 'groups');
      else commit(removeGroup(a, box.value), 'groups');
    });
  }
  const ownForm = $<HTMLFormElement>('own-group');
  const ownName = $<HTMLInputElement>('own-name');
  ownForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const name = ownName.value.trim();
    $('own-error').textContent = '';
    ownName.removeAttribute('aria-invalid');
    if (!name) {
      $('own-error').textContent = s('nameNeeded');
      ownName.setAttribute('aria-invalid', 'true');
      ownName.focus();
      return;
    }
    const a = current();
    const intersects = [...ownForm.querySelectorAll<HTMLInputElement>('input[name="intersects"]:checked')].map((b) => b.value);
    const group: Group = { ...customGroup(name, a.groups.map((g) => g.id)), intersects };
    commit(addGroup(a, group), 'groups');
    ownName.value = '';
    root.querySelector<HTMLSelectElement>(`#rating-${group.id}-${FACTOR_IDS[0]}`)?.focus();
  });

  const ratings = $('ratings');
  function renderGroups(): void {
    const a = current();
    const ids = new Set(a.groups.map((g) => g.id));
    for (const box of targets) box.checked = ids.has(box.value);
    $('own-intersects').replaceChildren(
      ...a.groups.map((g) => h('li', {}, h('label', {}, h('input', { type: 'checkbox', name: 'intersects', value: g.id }), ` ${g.name}`))),
    );
    if (a.groups.length === 0) {
      ratings.replaceChildren(h('p', { class: 'muted' }, s('ratingsEmpty')));
      return;
    }
    const head = h('tr', {}, h('th', { scope: 'col' }, s('worksheet.group')), ...data.factors.map((f) => h('th', { scope: 'col' }, f.name)), h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, s('remove'))));
    const rows = a.groups.map((g) => {
      const label = h('th', { scope: 'row', id: `group-${g.id}` }, g.name);
      if (g.intersects.length > 0) label.append(h('span', { class: 'intersects-note' }, s('intersectsLabel', { names: list(g.intersects.map((id) => a.groups.find((x) => x.id === id)?.name ?? id)) })));
      const cells = data.factors.map((f) => {
        const rating = g.ratings[f.id];
        const choice = h(
          'select',
          { id: `rating-${g.id}-${f.id}`, 'aria-label': `${g.name}: ${f.name}`, 'data-group': g.id, 'data-factor': f.id },
          h('option', { value: '', selected: rating.level === null }, '—'),
          ...([0, 1, 2, 3] as const).map((l) => h('option', { value: String(l), selected: rating.level === l, title: s(`level.${l}`) }, String(l))),
        );
        choice.addEventListener('change', () => commit(setRating(current(), g.id, f.id, { level: choice.value === '' ? null : (Number(choice.value) as Level) })));
        return h('td', {}, choice);
      });
      const remove = h('button', { type: 'button', class: 'remove', 'aria-label': s('removeGroup', { name: g.name }) }, s('remove'));
      remove.addEventListener('click', () => {
        const index = current().groups.findIndex((x) => x.id === g.id);
        commit(removeGroup(current(), g.id), 'groups');
        const buttons = ratings.querySelectorAll<HTMLButtonElement>('button.remove');
        (buttons[Math.min(index, buttons.length - 1)] ?? $('ratings-title')).focus();
      });
      return h('tr', {}, label, ...cells, h('td', {}, remove));
    });
    const evidence = a.groups.map((g) =>
      h(
        'details',
        { class: 'evidence' },
        h('summary', {}, s('evidenceFor', { name: g.name })),
        ...data.factors.map((f) => {
          const field = (kind: 'evidence' | 'source') => {
            const id = `${kind}-${g.id}-${f.id}`;
            const input = h('input', { id, type: 'text', maxlength: '2000', autocomplete: 'off', value: g.ratings[f.id][kind] });
            input.addEventListener('change', () => commit(setRating(current(), g.id, f.id, { [kind]: input.value })));
            return h('div', { class: 'field' }, h('label', { for: id }, `${f.name} · ${s(kind)}`), input);
          };
          return h('div', { class: 'evidence-pair' }, field('evidence'), field('source'));
        }),
      ),
    );
    $('ratings-title').setAttribute('tabindex', '-1');
    ratings.replaceChildren(
      h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'ratings-title' }, h('table', { class: 'ratings-table' }, caption('ratings-title'), h('thead', {}, head), h('tbody', {}, ...rows))),
      h('p', { class: 'muted scale-reminder' }, ([0, 1, 2, 3] as const).map((l) => s(`level.${l}`)).join(' · ')),
      ...evidence,
    );
  }

  // --- results --------------------------------------------------------------------------------
  function renderResults(): void {
    const a = current();
    const terms = data.factors.map((f) => `${a.weights[f.id]} × ${f.name}`).join(' + ');
    $('formula').textContent = s('formulaNow', { terms, threshold: a.highThreshold });
    const contextName = data.contexts.find((c) => c.id === a.context)?.name ?? s('contextNone');
    $('analysis-summary').textContent = `${a.name || s('untitled')} · ${s('context')}: ${contextName}`;
    const scored = score(a, { locale: data.lang });
    const results = $('results');
    const top = $('top');
    // Printing prints the paper worksheet while the analysis has no group, and the analysis once it has one.
    document.body.classList.toggle('tool-empty', a.groups.length === 0);
    renderPrintEvidence(a);
    if (scored.length === 0) {
      results.replaceChildren(h('p', { class: 'muted' }, s('ratingsEmpty')));
      top.replaceChildren(h('p', { class: 'muted' }, s('topNone')));
      return;
    }
    const head = h('tr', {}, h('th', { scope: 'col' }, s('rank')), h('th', { scope: 'col' }, s('worksheet.group')), ...data.factors.map((f) => h('th', { scope: 'col' }, f.name)), h('th', { scope: 'col' }, s('highCount')), h('th', { scope: 'col' }, s('total')), h('th', { scope: 'col' }, s('note')));
    const rows = scored.map((g) =>
      h(
        'tr',
        {},
        h('td', {}, g.rank === null ? s('level.none') : g.tied ? `${g.rank}=` : String(g.rank)),
        h('th', { scope: 'row' }, g.name),
        ...g.parts.map((p) => h('td', {}, p.level === null ? s('level.none') : `${p.level} × ${p.weight} = ${p.product}`)),
        h('td', {}, g.rank === null ? '—' : `+${g.high}`),
        h('td', {}, g.rank === null ? '—' : h('strong', {}, String(g.total))),
        h('td', {}, [g.rank !== null && g.missing.length > 0 ? s('missing', { factors: list(g.missing.map((f) => factorName.get(f) ?? f)) }) : '', g.tied ? s('tie') : ''].filter(Boolean).join(' ')),
      ),
    );
    const chart = h('div', { class: 'chart-scroll', tabindex: '0', role: 'region', 'aria-label': s('chartTitle') });
    const ranked = scored.flatMap((g) => (g.rank === null ? [] : [{ ...g, rank: g.rank, label: g.name }]));
    const unrated = scored.filter((g) => g.rank === null).map((g) => g.name);
    chart.innerHTML = rankingChart(
      ranked,
      { id: 'ranking-chart', title: s('chartTitle'), description: s('chartDesc'), factorLabels: Object.fromEntries(data.factors.map((f) => [f.id, f.name])), locale: data.lang },
    );
    const table = h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'results-title' }, h('table', { class: 'results-table' }, caption('results-title'), h('thead', {}, head), h('tbody', {}, ...rows)));
    results.replaceChildren(table, ...(ranked.length > 0 ? [chart] : []), ...(unrated.length > 0 ? [h('p', { class: 'unrated' }, s('unrated', { names: list(unrated) }))] : []));
    renderTop(a, scored);
  }

  function renderTop(a: Analysis, scored: ScoredGroup[]): void {
    const top = $('top');
    const rated = scored.filter((g) => g.rated > 0);
    const cut = rated.filter((g) => g.rank !== null && g.rank <= 3);
    if (cut.length === 0) {
      top.replaceChildren(h('p', { class: 'muted' }, s('topNone')));
      return;
    }
    top.replaceChildren(
      ...cut.map((g) => {
        const group = a.groups.find((x) => x.id === g.id);
        if (!group) return h('div');
        const tags = tagsFor(group, a);
        const names = tags.groups.map((id) => a.groups.find((x) => x.id === id)?.name ?? id);
        const lines = tags.factors.map((f) => [factorName.get(f) ?? f, ...names].join(' + '));
        const tagList = lines.length > 0 ? h('ul', { class: 'marker-tags' }, ...lines.map((l) => h('li', {}, h('code', {}, l)))) : h('p', { class: 'muted' }, s('noTags'));
        const copyStatus = h('span', { class: 'copy-status', role: 'status' });
        const copy = h('button', { type: 'button', class: 'copy-tags' }, s('copy'));
        copy.addEventListener('click', () => {
          navigator.clipboard?.writeText(lines.join('\n')).then(
            () => (copyStatus.textContent = s('copied')),
            () => (copyStatus.textContent = s('copyFailed')),
          ) ?? (copyStatus.textContent = s('copyFailed'));
        });
        const matches = matchingEntries(group, a, data.entries, 3);
        const guidance =
          matches.length > 0
            ? h(
                'ul',
                { class: 'guidance-list' },
                ...matches.map((m) => {
                  const entry = m.entry as Data['entries'][number];
                  const sources = h('span', { class: 'tags' }, ` ${s('rests')} `);
                  entry.sources.forEach((n, i) => {
                    if (i > 0) sources.append(' ');
                    sources.append(h('a', { href: entry.sourceHrefs[i] }, `¶${n}`));
                  });
                  return h('li', {}, h('a', { href: entry.href }, entry.title), sources);
                }),
              )
            : h('p', { class: 'muted' }, s('noGuidance'));
        return h(
          'article',
          { class: 'top-group', 'aria-labelledby': `top-${g.id}` },
          h('h4', { id: `top-${g.id}` }, `${g.tied ? `${g.rank}=` : g.rank}. ${g.name} (${s('total')} ${g.total})`),
          h('p', { class: 'xref-head' }, s('tags')),
          tagList,
          lines.length > 0 ? h('p', {}, copy, ' ', copyStatus) : undefined,
          h('p', { class: 'xref-head' }, s('guidance')),
          guidance,
        );
      }),
    );
  }

  // --- files ----------------------------------------------------------------------------------
  function download(text: string, name: string, type: string): void {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = h('a', { href: url, download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
  $('export-csv').addEventListener('click', () => download(toCSV(current()), fileNameFor(current(), 'csv'), 'text/csv;charset=utf-8'));
  $('export-json').addEventListener('click', () => download(toJSON(current()), fileNameFor(current(), 'json'), 'application/json'));
  $('print').addEventListener('click', () => window.print());

  const message = $('import-message');
  function describe(error: ImportError): HTMLElement {
    const where = [
      error.line !== undefined ? s('err.line', { n: error.line }) : '',
      error.column !== undefined ? s('err.column', { n: error.column }) : '',
      error.field ? s('err.field', { name: error.field }) : '',
    ].filter(Boolean);
    return h(
      'div',
      { class: 'import-error' },
      h('p', {}, h('strong', {}, s('err.title'))),
      h('p', {}, s(error.format === 'csv' && data.strings[`tool.err.csv.${error.code}`] ? `err.csv.${error.code}` : `err.${error.code}`, { value: error.value ?? '', field: error.field ?? '' })),
      where.length > 0 ? h('p', {}, `${s('err.at')} ${list(where)}`) : undefined,
      h('p', {}, s('err.unchanged')),
    );
  }
  const fileInput = $<HTMLInputElement>('import-file');
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    message.replaceChildren();
    $('import-status').textContent = '';
    // Reading more than the limit is pointless: importFile refuses anything over 1 MB by its size.
    const bytes = new Uint8Array(await file.slice(0, 1024 * 1024 + 1).arrayBuffer());
    const result = importFile(bytes, file.name, current());
    fileInput.value = '';
    if (!result.ok) {
      message.replaceChildren(describe(result.error));
      return;
    }
    const taken = store.list().map(([, name]) => name || s('untitled'));
    const name = importedName(result.analysis.name || s('untitled'), taken, localIsoDate(new Date()), s('importedName'));
    store.add({ ...result.analysis, name });
    renderAll();
    $('import-status').textContent = s('imported', { name });
  });

  /** For print: each group's ratings with their evidence and sources (on screen they are form fields). */
  function renderPrintEvidence(a: Analysis): void {
    const box = $('print-evidence');
    box.replaceChildren(
      ...a.groups.map((g) =>
        h(
          'table',
          { class: 'evidence-table' },
          h('caption', {}, g.name),
          h('thead', {}, h('tr', {}, ...[s('factor'), $('ratings-title').textContent ?? '', s('evidence'), s('source')].map((label) => h('th', { scope: 'col' }, label)))),
          h(
            'tbody',
            {},
            ...data.factors.map((f) => {
              const r = g.ratings[f.id];
              return h('tr', {}, h('th', { scope: 'row' }, f.name), h('td', {}, r.level === null ? s('level.none') : s(`level.${r.level}`)), h('td', {}, r.evidence), h('td', {}, r.source));
            }),
          ),
        ),
      ),
    );
  }

  /**
   * With the tool running, the tool comes first: the method folds below it (closed), the worksheet
   * follows. Moving the method into its fold happens before it is ever drawn in its new place, so it
   * does not count as a layout shift. Printing an empty analysis opens the fold (the worksheet needs the rule).
   */
  function foldMethod(): void {
    const method = document.getElementById('method');
    const heading = document.getElementById('method-title');
    if (!method || !heading || method.closest('details')) return;
    const fold = h('details', { class: 'method-fold' }, h('summary', {}, heading));
    method.before(fold);
    fold.append(method);
    let wasOpen = false;
    addEventListener('beforeprint', () => {
      wasOpen = fold.open;
      if (current().groups.length === 0) fold.open = true;
    });
    addEventListener('afterprint', () => (fold.open = wasOpen));
  }

  function renderAll(): void {
    showStorage();
    renderAnalyses();
    renderSettings();
    renderGroups();
    renderResults();
  }

  for (const hint of document.querySelectorAll<HTMLElement>('[data-needs-js]')) hint.hidden = true;
  root.hidden = false;
  foldMethod();
  document.body.classList.add('tool-ready');
  renderAll();
}
