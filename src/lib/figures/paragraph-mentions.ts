/** Which paragraphs mention something, given the forms the text writes it with. */
import { countMentions } from './mentions.ts';

export interface NumberedText {
  n: number;
  text: string;
}

export function paragraphsMentioning(paragraphs: readonly NumberedText[], forms: readonly string[] | undefined, lang: 'zh' | 'en'): number[] {
  if (!forms || forms.length === 0) return [];
  return paragraphs.filter((p) => countMentions(p.text.replace(/\[\^\d+\]/g, ''), forms, lang) > 0).map((p) => p.n);
}
