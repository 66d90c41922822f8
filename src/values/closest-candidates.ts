/**
 * The candidates most like what the user asked for, for "not found" errors: a typo in
 * `image.tga` or `ghcr.io/acme/apii` should point at the real key or image.
 */
export function closestCandidates(wanted: string, candidates: Iterable<string>, limit = 5): string[] {
  const unique = [...new Set(candidates)].filter((candidate) => candidate !== '');
  return unique
    .map((candidate) => ({
      candidate,
      distance: editDistance(wanted.toLowerCase(), candidate.toLowerCase()),
    }))
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] as number;
}
