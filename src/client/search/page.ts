/**
 * The search page: results as you type, filters, the query in the address (?q=…&part=…) so
 * results can be shared, bookmarked and restored with the back button, the count announced,
 * and a pointer to the other edition when the query is written in its script.
 */
import { otherEditionFor, readSearchState, searchQueryString, type SearchState } from '../../lib/search/query';
import type { Hit } from './engine';
import { loadEngine, type Engine } from './load-engine';
import { fill, format, readUiString } from '../../i18n/format';
import { quotedTerms } from '../../lib/search/readers-words';
import type { ResultCount } from '../../lib/search/verify';
import { titleNodes } from './title';

const form = document.getElementById('search-form') as HTMLFormElement | null;
const input = document.getElementById('search-input') as HTMLInputElement | null;
const status = document.getElementById('search-status');
const results = document.getElementById('search-results');
const other = document.getElementById('search-other');
const pageLang = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';

const suggestions = document.getElementById('search-suggest');
const says = document.getElementById('search-says');

/** "12 results", or "at least 12 results" while results below are unchecked. */
function countStatus(count: ResultCount): string {
  if (count.n === 0) return form?.dataset['none'] ?? '';
  return format(pageLang, readUiString(form?.dataset[count.atLeast ? 'countAtLeast' : 'count']), { n: count.n });
}

/** "The evaluation says “土著人民”": the text's own terms for a reader's word, each a link that searches it. */
function showSays(terms: readonly string[] | undefined, state: SearchState): void {
  if (!says) return;
  says.hidden = !terms || terms.length === 0;
  if (!terms || terms.length === 0) return says.replaceChildren();
  const [before = '', after = ''] = (says.dataset['template'] ?? '{terms}').split('{terms}');
  const list = quotedTerms(terms, pageLang);
  const parts: (string | Node)[] = [before];
  let at = 0;
  for (const term of terms) {
    const quoted = `“${term}”`;
    const i = list.indexOf(quoted, at);
    parts.push(list.slice(at, i));
    const link = document.createElement('a');
    link.href = `${location.pathname}${searchQueryString({ ...state, q: term })}`;
    link.textContent = quoted;
    parts.push(link);
    at = i + quoted.length;
  }
  parts.push(list.slice(at), after);
  says.replaceChildren(...parts);
}

function formState(): SearchState {
  return readSearchState(new URLSearchParams(new FormData(form ?? undefined) as unknown as Record<string, string>));
}

function fillForm(state: SearchState): void {
  if (!form || !input) return;
  input.value = state.q;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const chosen = state.filters[box.name] ?? [];
    // Addresses from before the filters carried ids name the label (?part=四. 结论): they still check the box.
    box.checked = chosen.includes(box.value) || chosen.includes(box.parentElement?.textContent?.trim() ?? '');
  }
  showChosen();
}

/** The filters stay folded (on a phone they are longer than the results); their summary says how many are chosen. */
const summary = form?.querySelector<HTMLElement>('.search-filters > summary');
const plain = summary?.textContent ?? '';
function showChosen(): void {
  if (!form || !summary) return;
  const n = form.querySelectorAll('.search-filters input:checked').length;
  summary.textContent = n > 0 ? fill(summary.dataset['chosen'] ?? plain, { n }) : plain;
}
form?.addEventListener('change', showChosen);

/** Results a page shows: each costs a fragment (about 1.3 KB), and the first page has the box's budget. */
const PAGE = 8;
const more = document.getElementById('search-more') as HTMLButtonElement | null;

function render(hits: Hit[], append = false): void {
  const items = hits.map((hit) => {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = hit.url;
    link.append(...titleNodes(hit.title, pageLang));
    const excerpt = document.createElement('p');
    excerpt.className = 'excerpt';
    excerpt.innerHTML = hit.excerpt; // Pagefind's excerpt of our own text, escaped, with <mark>.
    if (hit.bet) {
      // The best bet: the definition, whole, above the paragraphs, named as such.
      li.className = 'best-bet';
      const label = document.createElement('span');
      label.className = 'best-bet-label';
      label.textContent = results?.dataset['definition'] ?? '';
      li.append(label, link, excerpt);
      return li;
    }
    li.append(link, excerpt);
    return li;
  });
  if (append) results?.append(...items);
  else results?.replaceChildren(...items);
}

/** "Did you mean: disability?" links, each to the search for that word with the same filters. */
async function showSuggestions(state: SearchState, mine: number, suggest: Engine['suggest']): Promise<void> {
  const found = await suggest(state.q);
  if (mine !== generation || !suggestions || found.length === 0) return;
  const list = suggestions.querySelector('ul');
  list?.replaceChildren(
    ...found.map((s) => {
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.href = `${location.pathname}${searchQueryString({ ...state, q: s.q })}`;
      link.textContent = s.q;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        if (input) input.value = s.q;
        void run('push');
      });
      li.append(link);
      return li;
    }),
  );
  suggestions.hidden = false;
}

let showMore: (() => Promise<void>) | undefined;
more?.addEventListener('click', () => void showMore?.());

let generation = 0;
async function run(history: 'push' | 'replace' | 'none'): Promise<void> {
  if (!form || !status) return;
  const state = formState();
  const url = `${location.pathname}${searchQueryString(state)}`;
  if (history === 'push') window.history.pushState(null, '', url);
  if (history === 'replace') window.history.replaceState(null, '', url);
  const mine = ++generation;
  if (other) other.hidden = true;
  if (more) more.hidden = true;
  if (suggestions) suggestions.hidden = true;
  showSays(undefined, state);
  if (state.q === '') {
    render([]);
    status.textContent = form.dataset['empty'] ?? '';
    return;
  }
  status.textContent = form.dataset['loading'] ?? '';
  const { search, suggest, countInEdition } = await loadEngine(false);
  // The fragments of the results shown and no more: the first page costs about the header box's first search.
  const found = await search(state.q, state.filters, PAGE, false, 0);
  if (found === null || mine !== generation) return;
  let shown = 0;
  showSays(found.says, state);
  showMore = async () => {
    const next = shown === 0 ? found.first : await found.more(PAGE);
    if (mine !== generation) return;
    const firstNew = shown;
    render(next, shown > 0);
    shown += next.length;
    // While the count is a lower bound, more may follow; once it is exact, the button goes with the last result.
    if (more) more.hidden = next.length === 0 || (!found.count.atLeast && shown >= found.count.n);
    if (firstNew > 0) {
      results?.querySelectorAll('a')[firstNew]?.focus();
      status.textContent = countStatus(found.count);
    }
  };
  await showMore();
  status.textContent = countStatus(found.count);
  if (found.count.n === 0 && suggestions) void showSuggestions(state, mine, suggest);
  const edition = otherEditionFor(state.q, pageLang);
  if (edition && other) {
    const count = await countInEdition(state.q, edition);
    if (mine !== generation || count === 0) return;
    const link = other.querySelector('a');
    if (link) {
      link.href = `${form.dataset['otherSearch'] ?? ''}?q=${encodeURIComponent(state.q)}`;
      link.textContent = format(pageLang, readUiString(form.dataset['other']), { n: count });
    }
    other.hidden = false;
  }
}

if (form && input && results) {
  fillForm(readSearchState(new URLSearchParams(location.search)));
  void run('none');
  // Focus starts Pagefind (its WebAssembly and index entry), so typing waits for one chunk only.
  input.addEventListener(
    'focus',
    () =>
      void loadEngine(false)
        .then((e) => e.loadPagefind())
        .catch(() => undefined),
    { once: true },
  );
  input.addEventListener('input', () => void run('replace'));
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="checkbox"]')) void run('push');
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run('push');
  });
  window.addEventListener('popstate', () => {
    fillForm(readSearchState(new URLSearchParams(location.search)));
    void run('none');
  });
  // Arrow keys move from the box through the result links; Escape clears and returns to the box.
  form.addEventListener('keydown', (event) => {
    if (event.target === input && event.key === 'ArrowDown') {
      const first = results.querySelector('a');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.target === input && event.key === 'Escape') {
      input.value = '';
      void run('replace');
    }
  });
  results.addEventListener('keydown', (event) => {
    const links = [...results.querySelectorAll('a')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && index >= 0) {
      event.preventDefault();
      links[Math.min(index + 1, links.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && index >= 0) {
      event.preventDefault();
      (index === 0 ? input : links[index - 1])?.focus();
    } else if (event.key === 'Escape') {
      input.value = '';
      input.focus();
      void run('replace');
    }
  });
}
