/**
 * Every claim carries its paragraph (issue 27): what the site's own texts put in quotation marks stands
 * word for word in a paragraph they cite, in the same language; every sentence of a glossary definition
 * cites paragraphs that use the term; the English key messages are the English edition's own words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { citedParagraphs } from '../../src/lib/toolkit/check.ts';
import { sentences } from '../../src/lib/content/sentences.ts';
import { ROOT, readCollection, readReport, readToolkit } from '../helpers/content.ts';
import { footnoteSchema } from '../../src/schemas/footnotes.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { keyMessagesSchema } from '../../src/schemas/key-messages.ts';
import { fullWidthMarks } from '../helpers/punctuation.ts';

type Lang = 'zh' | 'en';
const LANGS: Lang[] = ['zh', 'en'];

const paragraphs = Object.fromEntries(
  LANGS.map((lang) => [lang, new Map(readReport(lang).flatMap((p) => p.outline.paragraphs.map((x) => [x.n, x.text.replace(/\[\^\d+\]/g, '')] as const)))]),
) as Record<Lang, Map<number, string>>;
const footnotes = Object.fromEntries(
  LANGS.map((lang) => [
    lang,
    new Map(readCollection(`content/footnotes/${lang}.yaml`, footnoteSchema).map((f) => [f.n, f.text.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')] as const)),
  ]),
) as Record<Lang, Map<number, string>>;
/** The five-factor box after ¶5 (its props in the report and the factors' words), which some texts quote. */
const box = Object.fromEntries(
  LANGS.map((lang) => {
    const background = readFileSync(join(ROOT, `content/report/${lang}/background.mdx`), 'utf8');
    const props = background.match(/<FactorBox[^>]*>/)![0];
    const factors: { [k: string]: unknown }[] = parse(readFileSync(join(ROOT, 'content/factors/factors.yaml'), 'utf8'));
    return [lang, [props, ...factors.flatMap((f) => strings(f, lang))].join('\n')];
  }),
) as Record<Lang, string>;

/** Every string of one language under a node: values of `{ zh, en }` pairs. */
function strings(node: unknown, lang: Lang): string[] {
  if (Array.isArray(node)) return node.flatMap((n) => strings(n, lang));
  if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.zh === 'string' && typeof o.en === 'string') return [o[lang] as string];
    return Object.values(o).flatMap((n) => strings(n, lang));
  }
  return [];
}

/** A text of the site in one language, with the paragraphs (and footnotes, or the box) it rests on. */
interface Unit {
  where: string;
  lang: Lang;
  text: string;
  cites: number[];
  notes?: number[] | undefined;
  box?: boolean;
  /** Titles of publications from outside the evaluation that the text names (a glossary term's origin). */
  titles?: string[];
}

/** Quotations in a text: “…”, 「…」 and "…"; outer quotes only (a quotation may quote). */
export function quotations(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/“((?:[^“”]|“[^“”]*”)+)”|「([^」]+)」|"([^"]+)"/g)) found.push((m[1] ?? m[2] ?? m[3])!);
  return found;
}

/**
 * Quotation marks that are not quotations of the evaluation: the tool's own labels and file format, and
 * templates the build fills. Each is named, so a new one has to be added here on purpose.
 */
const NOT_QUOTATIONS = new Set(['high', '高', 'consider', '考虑', 'lnob-prioritise']);
const isTemplate = (q: string) => /\{[a-zA-Z]+\}/.test(q);

function corpus(u: Unit): string[] {
  return [
    ...u.cites.map((n) => paragraphs[u.lang].get(n) ?? ''),
    ...(u.notes ?? []).map((n) => footnotes[u.lang].get(n) ?? ''),
    ...(u.box ? [box[u.lang]] : []),
    ...(u.titles ?? []),
  ];
}

/** The texts of content/ outside the report that rest on paragraphs, one unit per cited text. */
function units(): Unit[] {
  const out: Unit[] = [];
  const yaml = (path: string): Record<string, unknown>[] => parse(readFileSync(join(ROOT, path), 'utf8'));
  const nums = (v: unknown): number[] => (Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number') : typeof v === 'number' ? [v] : []);

  // Toolkit: each line with the <Cite /> it carries; a line without one (a workshop question, the title)
  // rests on the entry's sources.
  for (const lang of LANGS)
    for (const entry of readToolkit(lang)) {
      const lines = [entry.front.title, entry.front.summary, ...entry.body.split('\n')];
      for (const line of lines) {
        const own = citedParagraphs(line);
        out.push({ where: `${entry.path}: ${line.slice(0, 60)}`, lang, text: line, cites: own.length ? own : entry.front.sources });
      }
    }

  // Briefs: every text with its own `cite`.
  for (const lang of LANGS)
    for (const brief of yaml(`content/briefs/${lang}.yaml`)) {
      const walk = (node: unknown, path: string) => {
        if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${path}[${i}]`));
        else if (node && typeof node === 'object') {
          const o = node as Record<string, unknown>;
          if (typeof o.text === 'string') out.push({ where: `content/briefs/${lang}.yaml ${brief.id} ${path}`, lang, text: o.text, cites: nums(o.cite) });
          for (const [k, v] of Object.entries(o)) if (k !== 'text') walk(v, `${path}.${k}`);
        }
      };
      walk(brief, '');
    }

  // YAML collections of { zh, en } texts: the nearest `cite` / `paragraphs` / `paragraph` / `source` above a
  // text; a text with none above it rests on every paragraph its record names.
  const pairs = (path: string, extra: (record: Record<string, unknown>) => Partial<Unit> = () => ({})) => {
    for (const record of yaml(path)) {
      const all = new Set<number>();
      const gather = (node: unknown) => {
        if (Array.isArray(node)) node.forEach(gather);
        else if (node && typeof node === 'object')
          for (const [k, v] of Object.entries(node)) {
            if (['cite', 'paragraphs', 'paragraph'].includes(k)) nums(v).forEach((n) => all.add(n));
            gather(v);
          }
      };
      gather(record);
      const walk = (node: unknown, cites: number[] | undefined, notes: number[] | undefined, key: string) => {
        if (Array.isArray(node)) return node.forEach((n) => walk(n, cites, notes, key));
        if (!node || typeof node !== 'object') return;
        const o = node as Record<string, unknown>;
        const own = [...nums(o.cite), ...nums(o.paragraphs), ...nums(o.paragraph)];
        const source = o.source as { paragraph?: number; footnote?: number } | undefined;
        const here = own.length || source ? [...own, ...nums(source?.paragraph)] : cites;
        const hereNotes = source?.footnote ? [source.footnote] : notes;
        if ('zh' in o && 'en' in o) {
          // A text, or a template in plural forms (one / other …) in either language.
          for (const lang of LANGS)
            for (const text of typeof o[lang] === 'string' ? [o[lang] as string] : Object.values(o[lang] as object).map(String))
              out.push({ where: `${path} ${String(record.id)} ${key}`, lang, text, cites: here ?? [...all], notes: hereNotes, ...extra(record) });
          return;
        }
        for (const [k, v] of Object.entries(o)) if (!['forms', 'aliases', 'id'].includes(k)) walk(v, here, hereNotes, k);
      };
      walk(record, undefined, undefined, '');
    }
  };
  pairs('content/workshop/workshop.yaml');
  pairs('content/tool/tool.yaml');
  pairs('content/contexts/contexts.yaml');
  pairs('content/timeline/timeline.yaml');
  // A fact about the document that no paragraph states quotes its outside source (the full report's imprint).
  pairs('content/facts/facts.yaml', (r) => ({ titles: Object.values((r.source as { title?: Record<string, string> } | undefined)?.title ?? {}) }));
  pairs('content/figures/figures.yaml');
  pairs('content/groups/groups.yaml', () => ({ box: true }));

  // Glossary: each sentence of a definition with the paragraphs (and footnotes) it cites.
  for (const term of readCollection('content/glossary/terms.yaml', glossarySchema))
    for (const lang of LANGS)
      sentences(term.definition[lang], lang).forEach((text, i) => {
        const cites = term.cites[i] ?? [];
        out.push({
          where: `content/glossary/terms.yaml ${term.id} sentence ${i + 1}`,
          lang,
          text,
          titles: term.origin ? [term.origin.title[lang]] : [],
          cites: cites.filter((c): c is number => typeof c === 'number'),
          notes: cites.filter((c): c is string => typeof c === 'string').map((c) => Number(c.slice(2))),
        });
      });
  return out;
}

const all = units();

/** Each quotation that does not stand word for word in what its text cites. */
export function misquotations(list: readonly Unit[]): string[] {
  const problems: string[] = [];
  for (const u of list)
    for (const q of quotations(u.text)) {
      if (NOT_QUOTATIONS.has(q) || isTemplate(q)) continue;
      if (!corpus(u).some((text) => text.includes(q)))
        problems.push(`${u.where} (${u.lang}): “${q}” is not in ${u.cites.map((n) => `¶${n}`).join(', ') || 'anything it cites'}`);
    }
  return problems;
}

describe('quotations in the site’s texts stand word for word in a paragraph they cite', () => {
  it('there are texts of every kind, with quotations, in both languages', () => {
    const quoted = all.filter((u) => quotations(u.text).length > 0);
    for (const lang of LANGS) expect(quoted.filter((u) => u.lang === lang).length).toBeGreaterThan(50);
    for (const kind of ['toolkit', 'briefs', 'glossary', 'timeline', 'tool', 'groups', 'contexts'])
      expect(
        quoted.some((u) => u.where.includes(kind)),
        kind,
      ).toBe(true);
  });
  it('every quotation is verbatim (Chinese in the Chinese text, English in the English edition)', () => {
    expect(misquotations(all)).toEqual([]);
  });
  it('a quotation changed by one word, or cited to the wrong paragraph, fails', () => {
    const good: Unit = { where: 'fixture', lang: 'en', text: 'identified the “new poor” and groups left behind', cites: [19] };
    expect(misquotations([good])).toEqual([]);
    expect(misquotations([{ ...good, text: 'identified the “newly poor”' }])).toHaveLength(1);
    expect(misquotations([{ ...good, cites: [20] }])).toHaveLength(1);
    expect(misquotations([{ ...good, lang: 'zh', text: '发现了“新穷人”' }])).toHaveLength(1);
    expect(misquotations([{ ...good, lang: 'zh', text: '发现了“新贫困人口”' }])).toEqual([]);
  });
});

describe('glossary: every sentence of a definition cites paragraphs that use the term', () => {
  const terms = readCollection('content/glossary/terms.yaml', glossarySchema);
  const uses = (text: string, forms: readonly string[], lang: Lang) =>
    forms.some((f) => {
      if (lang === 'zh' || /^[A-Z0-9+-]+$/.test(f)) return text.includes(f);
      return new RegExp(`(^|[^A-Za-z])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i').test(text);
    });
  it.each(terms.map((t) => [t.id, t] as const))('%s', (_, term) => {
    for (const lang of LANGS) {
      const said = sentences(term.definition[lang], lang);
      expect(said.length, `${lang}: one list of citations per sentence`).toBe(term.cites.length);
    }
    expect(term.cites.flat(), 'the paragraph that defines or first uses the term is cited').toContain(term.paragraph);
    term.cites.forEach((list, i) => {
      if (list.length === 0) expect(term.origin, `sentence ${i + 1} cites nothing, so it rests on the origin`).toBeDefined();
      for (const c of list)
        for (const lang of LANGS) {
          const text = typeof c === 'number' ? paragraphs[lang].get(c)! : footnotes[lang].get(Number(c.slice(2)))!;
          expect(uses(text, [...term.forms[lang], ...(term.aliases?.[lang] ?? [])], lang), `${lang} ${typeof c === 'number' ? `¶${c}` : c} uses the term`).toBe(
            true,
          );
        }
    });
  });
});

describe('key messages are the English edition’s words, as the Chinese ones are the Chinese text’s', () => {
  const zh = readCollection('content/key-messages/zh.yaml', keyMessagesSchema);
  const en = readCollection('content/key-messages/en.yaml', keyMessagesSchema);
  it('the same paragraphs in the same order', () => {
    expect(en.map((m) => [m.order, m.paragraph])).toEqual(zh.map((m) => [m.order, m.paragraph]));
  });
  it.each(en.map((m) => [m.paragraph, m] as const))('the quote from ¶%i is verbatim', (_, m) => {
    expect(paragraphs.en.get(m.paragraph)).toContain(m.quote);
  });
});

describe('English content has no Chinese (full-width) punctuation', () => {
  const files = [
    ...readdirSync(join(ROOT, 'content/report/en')).map((f) => `content/report/en/${f}`),
    ...readdirSync(join(ROOT, 'content/toolkit/en')).map((f) => `content/toolkit/en/${f}`),
    ...readdirSync(join(ROOT, 'content/pages/en')).map((f) => `content/pages/en/${f}`),
    'content/footnotes/en.yaml',
    'content/key-messages/en.yaml',
    'content/briefs/en.yaml',
  ];
  const bilingual = [
    'glossary/terms.yaml',
    'groups/groups.yaml',
    'timeline/timeline.yaml',
    'factors/factors.yaml',
    'contexts/contexts.yaml',
    'tool/tool.yaml',
    'workshop/workshop.yaml',
    'figures/figures.yaml',
    'facts/facts.yaml',
    'themes/themes.yaml',
    'changelog/changelog.yaml',
  ];
  it.each(files)('%s', (file) => {
    // The English report's front matter and text; a comment line in YAML may name the Chinese words it is about.
    const text = readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .filter((l) => !l.trimStart().startsWith('#'))
      .join('\n');
    expect(fullWidthMarks(text)).toEqual([]);
  });
  it.each(bilingual)('the English texts of content/%s', (file) => {
    const english = strings(parse(readFileSync(join(ROOT, 'content', file), 'utf8')), 'en');
    expect(english.length).toBeGreaterThan(0);
    expect(english.flatMap(fullWidthMarks)).toEqual([]);
  });
  it('the UI strings of the English edition (src/i18n/en*.ts)', () => {
    for (const file of readdirSync(join(ROOT, 'src/i18n')).filter((f) => /^en.*\.ts$/.test(f)))
      expect(fullWidthMarks(readFileSync(join(ROOT, 'src/i18n', file), 'utf8')), file).toEqual([]);
  });
  it('finds a full-width colon, comma and parenthesis, and leaves curly quotes alone', () => {
    expect(fullWidthMarks('Consider：data，more（x）')).toHaveLength(4);
    expect(fullWidthMarks('“equality+” and UNDP’s')).toEqual([]);
  });
});
