/**
 * The numbers a paragraph states, for checking a translation keeps every one of them.
 * Chinese forms are first written the way English writes them: "20 世纪 90 年代" is the 1990s,
 * "9 月" is September, "1 000" is 1000; in English "1,000" is 1000.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function normaliseChineseNumbers(text: string): string {
  return text
    .replace(/(\d{2})\s*世纪\s*(\d)0\s*年代/g, (_, c: string, d: string) => `${Number(c) - 1}${d}0s`)
    .replace(/(\d)\s(?=\d{3}(?!\d))/g, '$1')
    .replace(/(?<!\d)(\d{1,2})\s*月/g, (whole, m: string) => MONTHS[Number(m) - 1] ?? whole);
}

export function normaliseEnglishNumbers(text: string): string {
  return text.replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
}

/** Digit runs and month names of a text, each once. */
export function statedNumbers(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/\d+/g)) found.add(m[0]);
  for (const month of MONTHS) if (text.includes(month)) found.add(month);
  return [...found];
}

/** The numbers of the Chinese text that the English text does not state. */
export function missingNumbers(zh: string, en: string): string[] {
  const english = normaliseEnglishNumbers(en);
  const have = new Set(statedNumbers(english));
  return statedNumbers(normaliseChineseNumbers(zh)).filter((n) => !have.has(n));
}
