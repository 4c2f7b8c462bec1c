/**
 * Filling interface strings, for pages and client scripts alike. A string may come in plural forms,
 * chosen with Intl.PluralRules for the count `n` (English "1 entry" / "2 entries"; Chinese has one form).
 */

/** A string whose wording depends on a count: the forms Intl.PluralRules names, `other` required. */
export interface PluralForms {
  readonly one?: string | undefined;
  readonly two?: string | undefined;
  readonly few?: string | undefined;
  readonly many?: string | undefined;
  readonly zero?: string | undefined;
  readonly other: string;
}
export type UiString = string | PluralForms;

const rules = new Map<string, Intl.PluralRules>();

/** The form of `value` for count `n` in language `lang` (a BCP 47 tag such as "en" or "zh-Hans"). */
export function pluralForm(lang: string, value: UiString, n: number | undefined): string {
  if (typeof value === 'string') return value;
  if (n === undefined || !Number.isFinite(n)) return value.other;
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  return value[rule.select(n)] ?? value.other;
}

/** `{name}` placeholders filled from `vars`; unknown names are left as they are, so a missing value shows. */
export function fill(template: string, vars: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A string handed to a client script in a data attribute (`uiData`): plain text, or its plural forms as JSON. */
export function readUiString(data: string | undefined): UiString {
  if (!data?.startsWith('{"')) return data ?? '';
  try {
    return JSON.parse(data) as PluralForms;
  } catch {
    return data;
  }
}

/** How a page hands a string to a client script: as it is, or its plural forms as JSON. */
export const uiData = (value: UiString): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** A string of the dictionary, in the form for `vars.n`, with its placeholders filled. */
export function format(lang: string, value: UiString, vars: Readonly<Record<string, string | number>> = {}): string {
  const n = vars['n'];
  return fill(pluralForm(lang, value, typeof n === 'number' ? n : n === undefined ? undefined : Number(n)), vars);
}
