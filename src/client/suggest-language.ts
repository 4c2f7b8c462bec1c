/**
 * On the language choice page: marks the edition that matches the browser's language.
 * It only suggests; it never redirects.
 */
const wanted = (navigator.languages ?? [navigator.language]).map((l) => l.toLowerCase());
const links = [...document.querySelectorAll<HTMLAnchorElement>('.lang-choice a[data-lang]')];
const match = wanted.map((w) => links.find((a) => w.startsWith(a.dataset['lang'] ?? '-'))).find((a): a is HTMLAnchorElement => a !== undefined);
const note = document.getElementById('suggestion');
if (match && note) {
  match.classList.add('suggested');
  match.setAttribute('aria-describedby', 'suggestion');
  const code = match.dataset['lang'] === 'zh' ? 'zh' : 'en';
  note.textContent = `${match.textContent}: ${note.dataset[code] ?? ''}`;
  note.lang = code === 'zh' ? 'zh-Hans' : 'en';
  note.hidden = false;
}
