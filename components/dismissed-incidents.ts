/**
 * Feed-failure notices the reader dismissed, by incident (one feed's one failing stretch),
 * kept in this page origin's localStorage: a new failure later is a new incident and shows.
 */
const KEY = 'quorum:dismissed-incidents';
const KEEP = 200;

export function dismissedIncidents(): Set<string> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return new Set(Array.isArray(stored) ? stored.filter((entry): entry is string => typeof entry === 'string') : []);
  } catch {
    return new Set();
  }
}

export function dismissIncident(key: string): void {
  try {
    localStorage.setItem(KEY, JSON.stringify([...dismissedIncidents(), key].slice(-KEEP)));
  } catch {
    // Storage unavailable: the notice comes back next time, which is no harm.
  }
}
