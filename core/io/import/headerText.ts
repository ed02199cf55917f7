/** Header text normalisation for synonym matching: lower case, no accents, single spaces. */
export function normalizeHeader(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[_\-./\\()[\]{}:;,'"°]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the normalised header equals a synonym or contains it as whole words. */
export function headerMatches(header: string, synonyms: readonly string[]): boolean {
  const h = ` ${normalizeHeader(header)} `;
  return synonyms.some((s) => h.includes(` ${normalizeHeader(s)} `));
}

/** Score of the best synonym match: 2 exact, 1 whole-word containment, 0 none. */
export function headerScore(header: string, synonyms: readonly string[]): number {
  const n = normalizeHeader(header);
  let best = 0;
  for (const s of synonyms) {
    const ns = normalizeHeader(s);
    if (n === ns) return 2;
    if (` ${n} `.includes(` ${ns} `)) best = 1;
  }
  return best;
}
