/**
 * Toolkit filters: without JavaScript every entry is listed under its component; with it, the
 * selects filter instantly, the choice is kept in the address (?component=c&context=ldc-fragile)
 * and the number of entries shown is announced.
 */
const form = document.getElementById('toolkit-filters') as HTMLFormElement | null;
const count = document.getElementById('toolkit-count');
const names = ['component', 'stage', 'context', 'factor', 'group'] as const;

function apply(): void {
  if (!form) return;
  const chosen = Object.fromEntries(names.map((n) => [n, (form.elements.namedItem(n) as HTMLSelectElement | null)?.value ?? '']));
  let shown = 0;
  for (const item of document.querySelectorAll<HTMLLIElement>('.entry-list > li')) {
    const match = names.every((n) => !chosen[n] || (item.dataset[n] ?? '').split(' ').includes(chosen[n] ?? ''));
    item.hidden = !match;
    if (match) shown += 1;
  }
  for (const section of document.querySelectorAll<HTMLElement>('.toolkit-component')) {
    section.hidden = section.querySelectorAll('.entry-list > li:not([hidden])').length === 0;
  }
  if (count) count.textContent = (form.dataset['shown'] ?? '').replace('{n}', String(shown));
  const params = new URLSearchParams();
  for (const n of names) if (chosen[n]) params.set(n, chosen[n] ?? '');
  const query = params.toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
}

if (form) {
  const params = new URLSearchParams(location.search);
  for (const n of names) {
    const select = form.elements.namedItem(n) as HTMLSelectElement | null;
    const value = params.get(n);
    if (select && value && [...select.options].some((o) => o.value === value)) select.value = value;
  }
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}
