/**
 * Toolkit filters: without JavaScript every entry is listed under its component and the form stands
 * disabled in its place (so enabling it moves nothing: no layout shift); with it, the selects filter
 * instantly, the choice is kept in the address (?component=c&context=ldc-fragile), the number of
 * entries shown is announced, and each option says how many entries it would show given the other
 * choices — an option that would show none is disabled, so no choice leads to an empty list.
 */
import { FILTER_NAMES, matchesChoice, optionCounts, type Choice, type Facets } from '../lib/toolkit/filters';
import { fill, format, readUiString } from '../i18n/format';

const form = document.getElementById('toolkit-filters') as HTMLFormElement | null;
const count = document.getElementById('toolkit-count');
const items = [...document.querySelectorAll<HTMLLIElement>('.entry-list > li')];
const facets: Facets[] = items.map(
  (item) => Object.fromEntries(FILTER_NAMES.map((n) => [n, (item.dataset[n] ?? '').split(' ').filter(Boolean)])) as unknown as Facets,
);
const select = (name: string) => form?.elements.namedItem(name) as HTMLSelectElement | null;

function apply(): void {
  if (!form) return;
  const chosen: Choice = Object.fromEntries(FILTER_NAMES.map((n) => [n, select(n)?.value ?? '']));
  let shown = 0;
  items.forEach((item, i) => {
    const match = matchesChoice(facets[i]!, chosen);
    item.hidden = !match;
    if (match) shown += 1;
  });
  for (const section of document.querySelectorAll<HTMLElement>('.toolkit-component')) {
    section.hidden = section.querySelectorAll('.entry-list > li:not([hidden])').length === 0;
  }
  const template = form.dataset['option'] ?? '{label} ({n})';
  for (const name of FILTER_NAMES) {
    const choice = select(name);
    if (!choice) continue;
    const counts = optionCounts(facets, name, chosen);
    const any = facets.filter((f) => matchesChoice(f, chosen, name)).length;
    for (const option of choice.options) {
      const n = option.value === '' ? any : (counts.get(option.value) ?? 0);
      option.textContent = fill(template, { label: option.dataset['label'] ?? '', n });
      option.disabled = n === 0 && !option.selected;
    }
  }
  if (count) count.textContent = format(document.documentElement.lang, readUiString(form.dataset['shown']), { n: shown });
  const params = new URLSearchParams();
  for (const n of FILTER_NAMES) if (chosen[n]) params.set(n, chosen[n] ?? '');
  const query = params.toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
}

if (form) {
  const params = new URLSearchParams(location.search);
  for (const n of FILTER_NAMES) {
    const choice = select(n);
    const value = params.get(n);
    if (choice && value && [...choice.options].some((o) => o.value === value)) choice.value = value;
  }
  form.querySelector('fieldset')?.removeAttribute('disabled');
  const legend = form.querySelector('legend');
  if (legend && form.dataset['legend']) legend.textContent = form.dataset['legend'];
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}
