/**
 * Checks the links of built pages: every internal link and resource resolves to a file and
 * every #anchor to an id on its target; no resource comes from another origin; and a page in
 * one language links to the other language only through the language switch (hreflang).
 */
export interface PageForLinks {
  /** URL path of the page, with the base, e.g. `/lnob/zh/report/`. */
  url: string;
  /** Ids defined on the page. */
  ids: Set<string>;
  links: { tag: string; attr: string; value: string; hreflang?: string | undefined }[];
}

export interface LinkOptions {
  base: string;
  /** The deployment origin (SITE): absolute links to it count as internal. */
  site: string;
  languages: readonly string[];
  /** Paths (with base) that exist as files, e.g. CSS, icons, PDFs. */
  files: Set<string>;
}

const RESOURCE = new Set(['link', 'script', 'img', 'source', 'iframe', 'video', 'audio']);

export function checkLinks(pages: readonly PageForLinks[], options: LinkOptions): string[] {
  const problems: string[] = [];
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  const origin = new URL(options.site).origin;
  const langOf = (path: string) => {
    const rest = path.slice(options.base.length);
    const first = rest.split('/')[0] ?? '';
    return options.languages.includes(first) ? first : undefined;
  };

  for (const page of pages) {
    for (const link of page.links) {
      const where = `${page.url}: <${link.tag} ${link.attr}="${link.value}">`;
      if (/^(mailto:|tel:|data:)/.test(link.value)) continue;
      const target = new URL(link.value, `${origin}${page.url}`);
      if (target.origin !== origin) {
        if (RESOURCE.has(link.tag)) problems.push(`${where} loads from another origin`);
        continue;
      }
      const path = decodeURI(target.pathname);
      if (!path.startsWith(options.base)) {
        problems.push(`${where} is outside the base path ${options.base}`);
        continue;
      }
      const targetPage = byUrl.get(path) ?? byUrl.get(`${path}/`);
      if (!targetPage && !options.files.has(path)) {
        problems.push(`${where} points to nothing`);
        continue;
      }
      if (target.hash && targetPage) {
        const id = decodeURIComponent(target.hash.slice(1));
        if (!targetPage.ids.has(id)) problems.push(`${where} points to #${id}, which ${targetPage.url} does not have`);
      }
      const from = langOf(page.url);
      const to = langOf(path);
      if (from && to && from !== to && !link.hreflang) problems.push(`${where} links a ${from} page to a ${to} page outside the language switch`);
    }
  }
  return problems;
}
