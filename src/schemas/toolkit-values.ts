/** The toolkit's fixed values (shared by the schema and the pages, which cannot import astro:content schemas). */
export const components = ['a', 'b', 'c', 'd', 'e'] as const;
export const stages = ['examine', 'empower', 'enact'] as const;
