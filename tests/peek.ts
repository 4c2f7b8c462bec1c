import { readReport, readCollection } from './helpers/content.ts';
import { glossarySchema } from '../src/schemas/glossary.ts';
import { z } from 'astro/zod';
import { sentences } from '../src/lib/content/sentences.ts';
const loose = glossarySchema.extend({ cites: z.any().optional() });
const para = (l: string) => new Map(readReport(l).flatMap((p) => p.outline.paragraphs.map((x) => [x.n, x.text] as const)));
const zh = para('zh'), en = para('en');
for (const t of readCollection('content/glossary/terms.yaml', loose)) {
  const has = (m: Map<number,string>, forms: string[], ci: boolean) => [...m].filter(([, s]) => forms.some((f) => ci ? s.toLowerCase().includes(f.toLowerCase()) : s.includes(f))).map(([n]) => n);
  const z1 = has(zh, t.forms.zh, false), e1 = has(en, t.forms.en, true);
  const both = z1.filter((n) => e1.includes(n));
  console.log(`${t.id} p=${t.paragraph} s=${sentences(t.definition.zh,'zh').length}/${sentences(t.definition.en,'en').length} both=[${both}] zhOnly=[${z1.filter(n=>!both.includes(n))}] enOnly=[${e1.filter(n=>!both.includes(n))}]`);
}
