// The limits on articles added from Discord, set by whoever hosts the bot in .env. Checked at
// start-up, so a typo gets one clear message naming the key.
export interface AddLimits {
  /** Largest file or page accepted, in bytes (ARTICLE_MAX_MB, default 2). */
  maxBytes: number;
  /** Articles one server may add (ARTICLES_PER_SERVER, default 50). */
  maxArticles: number;
  /** Time for a whole download, redirects included (FETCH_TIMEOUT_SECONDS, default 10). */
  timeoutMs: number;
  /** Redirects followed (FETCH_MAX_REDIRECTS, default 5). */
  maxRedirects: number;
  /** Lets URLs reach loopback and private addresses (ALLOW_PRIVATE_URLS=true): tests and local set-ups only. */
  allowPrivate: boolean;
}

export const DEFAULT_ADD_LIMITS: AddLimits = Object.freeze({
  maxBytes: 2 * 1024 * 1024,
  maxArticles: 50,
  timeoutMs: 10_000,
  maxRedirects: 5,
  allowPrivate: false,
});

export class AddLimitsError extends Error {}

/** Reads the limits from the environment; throws AddLimitsError naming every bad key. */
export function addLimitsFromEnv(env: NodeJS.ProcessEnv): AddLimits {
  const problems: string[] = [];
  const number = (key: string, fallback: number, min: number, max: number): number => {
    const raw = env[key]?.trim();
    if (!raw) return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min || value > max) {
      problems.push(`${key} must be a number from ${min} to ${max} (it is "${raw}").`);
      return fallback;
    }
    return value;
  };
  const flag = (key: string): boolean => {
    const raw = env[key]?.trim().toLowerCase();
    if (!raw) return false;
    if (["true", "1", "yes"].includes(raw)) return true;
    if (["false", "0", "no"].includes(raw)) return false;
    problems.push(`${key} must be true or false (it is "${env[key]}").`);
    return false;
  };
  const limits: AddLimits = {
    maxBytes: Math.round(number("ARTICLE_MAX_MB", DEFAULT_ADD_LIMITS.maxBytes / 1048576, 0.01, 20) * 1048576),
    maxArticles: Math.floor(number("ARTICLES_PER_SERVER", DEFAULT_ADD_LIMITS.maxArticles, 0, 10_000)),
    timeoutMs: Math.round(number("FETCH_TIMEOUT_SECONDS", DEFAULT_ADD_LIMITS.timeoutMs / 1000, 1, 120) * 1000),
    maxRedirects: Math.floor(number("FETCH_MAX_REDIRECTS", DEFAULT_ADD_LIMITS.maxRedirects, 0, 20)),
    allowPrivate: flag("ALLOW_PRIVATE_URLS"),
  };
  if (problems.length) throw new AddLimitsError(`The article limits need fixing:\n  - ${problems.join("\n  - ")}`);
  return limits;
}
