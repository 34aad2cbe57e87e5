/** mulberry32: a small seeded PRNG so demo data is the same on every run. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const digits = (count: number): string => Array.from({ length: count }, () => String(int(0, 9))).join('');
  const id = (): string =>
    Array.from({ length: 17 }, () => pick([...'23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz'])).join('');
  return { next, int, pick, digits, id };
}

export type Random = ReturnType<typeof createRandom>;
