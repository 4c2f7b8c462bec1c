/**
 * The header search box as a combobox (ARIA Authoring Practices, list autocomplete): results as
 * you type, arrows to move, Enter to open, Escape to close then clear, "/" to focus. Nothing of
 * the search engine loads until the box is focused or typed in. The box is `type="text"`, as
 * ARIA in HTML allows `role="combobox"` there (not on `type="search"`, which may only be a
 * searchbox); the form around it is the search landmark.
 */
import { loadEngine, type Engine } from './load-engine';
import { tooShort } from '../../lib/search/too-short';

/** Results the box lists: each costs a fragment, and the first query has a budget (issue 15). */
const BOX_RESULTS = 4;

const form = document.querySelector<HTMLFormElement>('form[data-search-box]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const list = form?.querySelector<HTMLUListElement>('[role="listbox"]');

if (form && input && list) {
  let engine: Promise<Engine> | undefined;
  let urls: string[] = [];
  let active = -1;
  const load = () => (engine ??= loadEngine());
  // Focus starts the whole engine (Pagefind's WebAssembly and index entry too), so the first
  // keystroke waits for one index chunk only.
  const warm = () =>
    void load()
      .then((e) => e.loadPagefind())
      .catch(() => undefined);
  const announce = (text: string) => {
    const live = document.getElementById('live');
    if (live) live.textContent = text;
  };

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);

  const setActive = (index: number) => {
    active = index;
    list.querySelectorAll('[role="option"]').forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `${list.id}-${index}`);
    else input.removeAttribute('aria-activedescendant');
    list.querySelector(`#${list.id}-${index}`)?.scrollIntoView({ block: 'nearest' });
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };
  /** A result opens its page; a "Did you mean" word replaces the query and searches again. */
  const choose = (li: HTMLElement, url: string) => {
    const word = li.dataset['suggestion'];
    if (word === undefined) return location.assign(url);
    input.value = word;
    input.focus();
    void update();
  };
  // Titles mark their other-language part (./title.ts), with code that comes with the engine, not with every page.
  let titles: Pick<Engine, 'titleNodes'> | undefined;
  const option = (index: number, url: string, title: string, excerpt?: string, label?: string) => {
    const li = document.createElement('li');
    li.id = `${list.id}-${index}`;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    if (label !== undefined) {
      // The best bet: a definition, named as such, before the paragraphs.
      li.className = 'best-bet';
      const tag = document.createElement('span');
      tag.className = 'best-bet-label';
      tag.textContent = label;
      li.append(tag);
    }
    const strong = document.createElement('span');
    strong.className = 'suggestion-title';
    if (titles) strong.append(...titles.titleNodes(title, document.documentElement.lang.startsWith('zh') ? 'zh' : 'en'));
    else strong.textContent = title;
    li.append(strong);
    if (excerpt !== undefined) {
      const text = document.createElement('span');
      text.className = 'suggestion-excerpt';
      text.innerHTML = excerpt; // Pagefind's excerpt: our own indexed text, escaped, with <mark>.
      li.append(text);
    }
    li.addEventListener('mousedown', (event) => event.preventDefault());
    li.addEventListener('click', () => choose(li, url));
    urls[index] = url;
    li.dataset['url'] = url;
    return li;
  };

  const dataset = input.dataset;
  const update = async () => {
    const q = input.value.trim();
    if (q === '') return close();
    // One Latin letter or one Chinese character is a prefix on the way to a word: searching it
    // would fetch index chunks the finished word does not need.
    if (tooShort(q)) return close();
    const engine = await load();
    titles = engine;
    const { search, suggest, countLabel } = engine;
    const result = await search(q, {}, BOX_RESULTS, false);
    if (result === null || input.value.trim() !== q) return;
    // Nothing among the results checked, but some unchecked: check them all before saying "No results".
    if (result.first.length === 0 && result.count.atLeast) await result.makeExact();
    const hits = result.first;
    const none = hits.length === 0;
    const suggestions = none ? await suggest(q) : [];
    if (input.value.trim() !== q) return;
    urls = [];
    const items = hits.map((hit, i) => option(i, hit.url, hit.title, hit.excerpt, hit.bet ? dataset['definition'] : undefined));
    // A reader's word: "The evaluation says “土著人民”", after the definition (if any); choosing it searches that term.
    const says = result.says?.[0];
    if (says !== undefined && !none) {
      const item = option(items.length, '', (dataset['says'] ?? '{terms}').replace('{terms}', `“${says}”`));
      item.dataset['suggestion'] = says;
      item.classList.add('says');
      items.splice(hits[0]?.bet ? 1 : 0, 0, item);
      urls = items.map((li) => li.dataset['url'] ?? '');
      items.forEach((li, i) => (li.id = `${list.id}-${i}`));
    }
    for (const s of suggestions) {
      const item = option(items.length, '', s.label);
      item.dataset['suggestion'] = s.q;
      items.push(item);
    }
    // "See all results" only when there are some: a link to an empty results page helps nobody.
    if (!none) {
      const all = new URL(form.action);
      all.searchParams.set('q', q);
      items.push(option(items.length, all.href, `${dataset['all'] ?? ''} (${countLabel(result.count)})`));
    }
    if (items.length === 0) {
      close();
      return announce(dataset['none'] ?? '');
    }
    list.replaceChildren(...items);
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setActive(-1);
    announce(none ? (dataset['none'] ?? '') : countLabel(result.count, dataset['count']));
  };

  input.addEventListener('focus', warm, { once: true });
  input.addEventListener('input', () => void update());
  input.addEventListener('blur', () => window.setTimeout(close, 150));
  input.addEventListener('keydown', (event) => {
    const count = list.hidden ? 0 : urls.length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      setActive((active + 1) % count);
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      setActive(active <= 0 ? count - 1 : active - 1);
    } else if (event.key === 'Enter' && active >= 0 && urls[active] !== undefined) {
      event.preventDefault();
      const li = list.querySelector<HTMLElement>(`#${list.id}-${active}`);
      if (li) choose(li, urls[active] ?? '');
    } else if (event.key === 'Escape') {
      if (!list.hidden) close();
      else input.value = '';
    }
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
    }
  });
}
