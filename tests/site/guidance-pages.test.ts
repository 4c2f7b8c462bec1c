/**
 * The context guidance pages (reading and print editions) and the cross-references between the
 * report's conclusions and recommendations and the toolkit, checked against the content files.
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist.ts';
import { comparable, readReport, readToolkit, readCollection } from '../helpers/content.ts';
import { contextSchema } from '../../src/schemas/contexts.ts';
import { useTranslations, type UiKey } from '../../src/i18n/index.ts';
import { components } from '../../src/lib/vocabulary.ts';
import { liveLocales } from '../../src/lib/locales.ts';

const pages = new Map(builtPages().map((p) => [p.url, p]));
const page = (url: string) => {
  const found = pages.get(url);
  if (!found) throw new Error(`${url} was not built`);
  return found;
};
const contexts = readCollection('content/contexts/contexts.yaml', contextSchema);
const cases = liveLocales.flatMap((lang) => contexts.map((c) => [lang, c.id] as const));

describe.each(cases)('%s guidance for %s', (lang, id) => {
  const t = useTranslations(lang);
  const context = contexts.find((c) => c.id === id)!;
  const entries = readToolkit(lang).filter((e) => e.front.contexts.some((c) => c === id));
  const web = page(`/${lang}/contexts/${id}/`);
  const print = page(`/${lang}/contexts/${id}/print/`);

  it('has a cover with the title, the notice, the date and version, and links to its PDF and print edition', () => {
    const cover = web.root.querySelector('.cover');
    expect(cover?.querySelector('h1')?.text).toBe(context.name[lang]);
    expect(cover?.querySelector('.notice')?.text).toBe(t('contexts.notice'));
    expect(cover?.text).toMatch(/\d{4}-\d{2}-\d{2}/);
    const hrefs = cover?.querySelectorAll('a').map((a) => a.getAttribute('href')) ?? [];
    expect(hrefs).toContain(`/pdf/${lang}/${id}.pdf`);
    expect(hrefs).toContain(`/${lang}/contexts/${id}/print/`);
  });

  it('lists the five components in order, each with the entries for this context', () => {
    for (const edition of [web, print]) {
      const sections = edition.root.querySelectorAll('.guidance-component');
      expect(sections.map((s) => s.querySelector('h2')?.text)).toEqual(components.map((c) => t(`toolkit.component.${c}` as UiKey)));
      const shown = sections.flatMap((s, i) => s.querySelectorAll('.guidance-entry').map((a) => `${components[i]}/${a.id.replace(/^entry-/, '')}`));
      expect(shown.sort()).toEqual(entries.map((e) => `${e.front.component}/${e.id}`).sort());
      const contents = edition.root.querySelectorAll('.guidance-contents a').map((a) => a.getAttribute('href'));
      expect(contents.slice(0, 5)).toEqual(components.map((c) => `#component-${c}`));
    }
  });

  it('gives each entry heading one level below its entry, without repeated ids', () => {
    for (const edition of [web, print]) {
      const ids = edition.root.querySelectorAll('[id]').map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    const levels = print.root.querySelectorAll('.guidance-entry h4');
    expect(levels.length).toBe(entries.length * 4);
    expect(print.root.querySelectorAll('.guidance-entry h2, .guidance-entry h5').length).toBe(0);
  });

  it('links citations to the report on the web, and to the appendix in the print edition, which carries every entry whole', () => {
    const webCites = web.root.querySelectorAll('main a.cite-ref').map((a) => a.getAttribute('href') ?? '');
    expect(webCites.length).toBeGreaterThan(entries.length);
    for (const href of webCites) expect(href).toMatch(new RegExp(`^/${lang}/report/[a-z]+/#p\\d+$`));
    const printCites = print.root.querySelectorAll('.entry-body a.cite-ref').map((a) => a.getAttribute('href') ?? '');
    expect(printCites.length).toBeGreaterThan(entries.length * 2);
    for (const href of printCites) expect(href).toMatch(/^#appendix-p\d+$/);
    // On the reading page each entry is one link away, whole.
    const more = web.root.querySelectorAll('.guidance-entry .entry-more a').map((a) => a.getAttribute('href'));
    expect(more.sort()).toEqual(entries.map((e) => `/${lang}/toolkit/${e.id}/`).sort());
  });

  it('quotes in the print edition every paragraph it cites, word for word, and nothing else', () => {
    const cited = new Set([...context.paragraphs, ...entries.flatMap((e) => e.front.sources)]);
    const quoted = print.root.querySelectorAll('.appendix blockquote');
    expect(quoted.map((q) => Number(q.id.replace('appendix-p', ''))).sort((a, b) => a - b)).toEqual([...cited].sort((a, b) => a - b));
    const text = new Map(readReport(lang).flatMap((p) => p.outline.paragraphs.map((x) => [x.n, x.text.replace(/\[\^\d+\]/g, '')] as const)));
    for (const q of quoted) {
      const n = Number(q.id.replace('appendix-p', ''));
      const body = q.querySelector('p')?.text.replace(/^\s*¶\d+\s*/, '') ?? '';
      expect(comparable(body), `¶${n}`).toBe(comparable(text.get(n) ?? ''));
    }
    expect(web.root.querySelector('.appendix')).toBeNull();
  });
});

describe.each(liveLocales)('%s cross-references', (lang) => {
  const entries = readToolkit(lang);
  const recommendations = page(`/${lang}/report/recommendations/`);
  const conclusions = page(`/${lang}/report/conclusions/`);
  const after = (root: typeof recommendations.root, id: string) => {
    const heading = root.querySelector(`#${id}`);
    let next = heading?.nextElementSibling;
    while (next && !next.classList.contains('xref') && next.tagName !== 'H2') next = next.nextElementSibling;
    return next?.classList.contains('xref') ? next : undefined;
  };
  const linked = (aside: ReturnType<typeof after>) => aside?.querySelectorAll('p:first-of-type a').map((a) => a.getAttribute('href')) ?? [];

  it('each recommendation lists the entries that state they follow it', () => {
    for (let n = 1; n <= 6; n += 1) {
      const expected = entries.filter((e) => e.front.recommendations.includes(n)).map((e) => `/${lang}/toolkit/${e.id}/`);
      expect(linked(after(recommendations.root, `r${n}`)).sort(), `r${n}`).toEqual(expected.sort());
    }
  });

  it('each conclusion lists the entries that answer it, and (unfolded) the recommendations through them, marked as the site’s mapping', () => {
    const t = useTranslations(lang);
    for (let n = 1; n <= 5; n += 1) {
      const answering = entries.filter((e) => (e.front.conclusions ?? []).includes(n));
      const aside = after(conclusions.root, `c${n}`);
      expect(linked(aside).sort(), `c${n}`).toEqual(answering.map((e) => `/${lang}/toolkit/${e.id}/`).sort());
      if (answering.length === 0) continue;
      const recs = [...new Set(answering.flatMap((e) => e.front.recommendations))].sort((a, b) => a - b);
      // The recommendations stand outside the disclosure, before it (issue 25, phone branch).
      let unfolded = conclusions.root.querySelector(`#c${n}`)?.nextElementSibling;
      while (unfolded && !unfolded.classList.contains('xref-answers') && unfolded !== aside) unfolded = unfolded.nextElementSibling;
      expect(unfolded?.classList.contains('xref-answers')).toBe(true);
      expect(unfolded?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(recs.map((r) => `/${lang}/report/recommendations/#r${r}`));
      expect(unfolded?.querySelector('.editorial')?.text).toBe(t('xref.siteMapping'));
    }
  });

  it('each entry page shows its recommendations, conclusions and sources', () => {
    for (const e of entries) {
      const meta = page(`/${lang}/toolkit/${e.id}/`).root.querySelector('.entry-meta');
      const hrefs = meta?.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '') ?? [];
      for (const r of e.front.recommendations) expect(hrefs).toContain(`/${lang}/report/recommendations/#r${r}`);
      for (const c of e.front.conclusions ?? []) expect(hrefs).toContain(`/${lang}/report/conclusions/#c${c}`);
      expect(hrefs.filter((h) => /#p\d+$/.test(h)).map((h) => Number(h.split('#p')[1]))).toEqual(e.front.sources);
    }
  });
});
