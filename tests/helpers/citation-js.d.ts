/** The part of citation-js the tests use (the packages ship no types). */
declare module '@citation-js/core' {
  export interface CslName {
    literal?: string;
    family?: string;
    given?: string;
  }
  export interface CslItem {
    [field: string]: unknown;
    type?: string;
    title?: string;
    author?: CslName[];
    translator?: CslName[];
    issued?: { 'date-parts'?: number[][] };
    note?: string;
    URL?: string;
    language?: string;
    publisher?: string;
  }
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    data: CslItem[];
  }
}
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
