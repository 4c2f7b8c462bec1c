/**
 * The citation of one paragraph, as "Cite" shows and copies it: the document (the summary that went to
 * the Executive Board), the paragraph number (the document's own, the same in every language version),
 * for English that the text is this site's translation, and the permalink when the build knows the
 * site's public address. Without one, the citation carries no address rather than a local one; in
 * Chinese (GB/T 7714) an online resource is also marked "[R/OL]" rather than "[R]".
 */
type Translate = (key: 'cite.text' | 'cite.textOnline', vars: Record<string, string | number>) => string;

export function paragraphCitation(t: Translate, n: number, url: string | undefined): string {
  return url ? t('cite.textOnline', { n, url }) : t('cite.text', { n });
}
