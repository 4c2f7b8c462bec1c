/**
 * A function computed once per key: later calls with the same key get the first call's result (for a
 * promise, the same promise, so calls made while it is pending wait for the one computation).
 */
export function onePerKey<K, V>(compute: (key: K) => V): (key: K) => V {
  const results = new Map<K, V>();
  return (key) => {
    if (!results.has(key)) results.set(key, compute(key));
    return results.get(key) as V;
  };
}
