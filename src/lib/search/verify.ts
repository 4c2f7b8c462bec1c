/**
 * Which of Pagefind's results a reader is shown. Pagefind matches stems and, for a word it does not
 * know, the longest indexed word it begins with ("d" for "disabilty"), so each result is checked
 * against the query by its fragment before it is shown. Every fragment is a download, so results
 * are checked in order and only as many as the list needs; the count says when it is a lower bound.
 */

/** Checks a batch of results: for each, its hit when it holds the query, else null. */
export type Check<R, H> = (batch: readonly R[]) => Promise<readonly (H | null)[]>;

export interface Holding<H> {
  /** The first results that hold the query, in order. */
  hits: H[];
  /** How many results were checked to find them. */
  checked: number;
  /** Whether a checked result did not hold the query. */
  sawMiss: boolean;
}

/**
 * The first `want` results that hold the query, checking from `from` in batches of exactly as many
 * as are still missing, and never more than `cap` results in all (each costs a fragment).
 */
export async function firstHolding<R, H>(
  ranked: readonly R[],
  check: Check<R, H>,
  want: number,
  cap = Number.POSITIVE_INFINITY,
  from = 0,
): Promise<Holding<H>> {
  const hits: H[] = [];
  let at = from;
  let sawMiss = false;
  while (hits.length < want && at < ranked.length && at - from < cap) {
    const size = Math.min(want - hits.length, ranked.length - at, cap - (at - from));
    const batch = ranked.slice(at, at + size);
    const answers = await check(batch);
    at += batch.length;
    for (const answer of answers) {
      if (answer === null) sawMiss = true;
      else hits.push(answer);
    }
  }
  return { hits, checked: at - from, sawMiss };
}

export interface ResultCount {
  n: number;
  /** True when results were left unchecked after one that did not hold the query: at least `n`. */
  atLeast: boolean;
}

/**
 * How many results to announce. When every checked result held the query, Pagefind's count stands
 * (the unchecked ones rank below results that match, and match the same words). When one did not
 * and some are unchecked, only those found are counted, as a lower bound.
 */
export function resultCount(total: number, holding: Holding<unknown>): ResultCount {
  if (!holding.sawMiss) return { n: total, atLeast: false };
  return { n: holding.hits.length, atLeast: holding.checked < total };
}

/** A count as a reader reads it: "3" or, for a lower bound, "3+". */
export const countText = (count: ResultCount): string => (count.atLeast ? `${count.n}+` : String(count.n));
