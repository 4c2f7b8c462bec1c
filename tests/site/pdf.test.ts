/** The context PDFs made by src/build/pdf.ts during the build: present, A4, tagged, outlined, numbered, fonts embedded. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCollection } from '../helpers/content.ts';
import { contextSchema } from '../../src/schemas/contexts.ts';
import { DIST } from '../helpers/dist.ts';
import { useTranslations, type UiKey } from '../../src/i18n/index.ts';
import { components } from '../../src/lib/vocabulary.ts';
import { liveLocales } from '../../src/lib/locales.ts';

const contexts = readCollection('content/contexts/contexts.yaml', contextSchema);
const cases = liveLocales.flatMap((lang) => contexts.map((c) => [lang, c.id, c.name[lang] ?? ''] as const));
const text = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
/** pdftotext breaks lines where the page does; compare without whitespace. */
const flat = (s: string) => s.replace(/\s+/g, '');

describe('context PDFs', () => {
  it('there is one per context and language', () => {
    expect(cases.length).toBe(contexts.length * liveLocales.length);
    expect(contexts.length).toBeGreaterThanOrEqual(3);
  });

  it.each(cases)('%s/%s.pdf: A4, ≥ 2 pages, tagged, with an outline', (lang, id) => {
    const file = join(DIST, 'pdf', lang, `${id}.pdf`);
    expect(existsSync(file), file).toBe(true);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(2);
    expect(info).toMatch(/Tagged:\s+yes/);
    // A4 is 595 × 842 points; pdfinfo names the paper size when it recognises it.
    expect(info).toMatch(/Page size:.*\(A4\)/);
    expect(readFileSync(file).includes('/Outlines')).toBe(true);
  });

  it.each(cases)('%s/%s.pdf holds the context title, every component heading and "page n of N"', (lang, id, title) => {
    const t = useTranslations(lang);
    const body = text(join(DIST, 'pdf', lang, `${id}.pdf`));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(DIST, 'pdf', lang, `${id}.pdf`)], { encoding: 'utf8' }))?.[1]);
    expect(title).not.toBe('');
    expect(flat(body)).toContain(flat(title));
    for (const c of components) expect(flat(body)).toContain(flat(t(`toolkit.component.${c}` as UiKey)));
    expect(flat(body)).toContain(flat(t('contexts.notice')));
    const footer = lang === 'zh' ? `第${pages}页，共${pages}页` : `Page${pages}of${pages}`;
    expect(flat(body)).toContain(footer);
  });

  it.each(cases)('%s/%s.pdf embeds every font, a CJK one for Chinese', (lang, id) => {
    const fonts = execFileSync('pdffonts', [join(DIST, 'pdf', lang, `${id}.pdf`)], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    // Columns: name, type, encoding, emb, sub, uni, object id; "emb" is the fourth from the end.
    for (const line of fonts) expect(line.trim().split(/\s+/).at(-5), line).toBe('yes');
    if (lang === 'zh') expect(fonts.some((l) => /WenQuanYi|Noto\S*CJK|Source\S*Han|Droid\S*Fallback/i.test(l))).toBe(true);
  });
});
