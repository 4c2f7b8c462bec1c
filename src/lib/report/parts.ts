/** The six parts of the evaluation, in reading order, and what holds the paragraphs. */
export const parts = ['background', 'about', 'findings', 'conclusions', 'recommendations', 'lessons'] as const;
export type Part = (typeof parts)[number];

/** The evaluation has paragraphs 1–57 and footnotes 1–10. */
export const PARAGRAPH_COUNT = 57;
export const FOOTNOTE_COUNT = 10;

export function isParagraphNumber(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= PARAGRAPH_COUNT;
}
