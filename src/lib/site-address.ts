/**
 * The site's public address. A build publishes absolute addresses (canonical links, citations,
 * printed links, the PDFs' links) only when SITE says where the site will live: an address that
 * only works on the machine that built it must never reach a reader. Without SITE, citations and
 * printouts carry no address and pages no canonical link (README, "Deployment").
 */
import { withBase } from './urls.ts';

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/i;

/** SITE as the build takes it: undefined when unset or empty; an error for an address no reader can reach. */
export function siteFromEnv(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`SITE="${text}" is not an absolute address: write it as https://example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE="${text}" must start with https:// (or http://)`);
  if (LOOPBACK.test(url.hostname) || url.hostname.endsWith('.localhost')) {
    throw new Error(`SITE="${text}" only works on the machine that builds the site: leave SITE unset for a local build, or give the public address`);
  }
  return url.origin;
}

/** BASE as the build takes it: always starts and ends with "/". */
export function baseFromEnv(value: string | undefined): string {
  const text = value?.trim() || '/';
  return `/${text.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/** The public address of a site path ("/en/p/12/"), or undefined when the build has no SITE. */
export function publicUrl(site: URL | string | undefined, base: string, path: string): string | undefined {
  return site === undefined ? undefined : new URL(withBase(base, path), site).href;
}
