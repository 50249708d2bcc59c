/**
 * Token buckets, one per key: each holds up to `burst` tokens and gains `perSecond` of them as
 * time passes; a call that finds a whole token takes it, otherwise it is refused. Time comes from
 * the injected clock, so tests and replays are exact. The kiosk's one limiter for what the public
 * may write (house rule 11): small, in memory, and bounded in keys.
 */
export interface BucketRule {
  /** Tokens a full bucket holds: how many calls may come at once. */
  readonly burst: number;
  /** Tokens regained per second: the sustained rate. */
  readonly perSecond: number;
}

interface Bucket { tokens: number; atMs: number }

export interface Buckets {
  /** True when the key's bucket holds a whole token now (nothing is taken). */
  has(key: string): boolean;
  /** Takes a token when there is one; false (and nothing taken) otherwise. */
  take(key: string): boolean;
  forget(key: string): void;
  readonly size: number;
}

export function createBuckets(rule: BucketRule, nowMs: () => number, maxKeys = 10_000): Buckets {
  // Insertion order is use order (a used key is moved to the end): the oldest unused key goes first.
  const buckets = new Map<string, Bucket>();

  function current(key: string): Bucket {
    const now = nowMs();
    let bucket = buckets.get(key);
    if (bucket) {
      buckets.delete(key);
      // A clock set backwards regains nothing, and never takes tokens away.
      bucket.tokens = Math.min(rule.burst, bucket.tokens + (Math.max(0, now - bucket.atMs) / 1000) * rule.perSecond);
      bucket.atMs = Math.max(bucket.atMs, now);
    } else {
      bucket = { tokens: rule.burst, atMs: now };
      // A forgotten key comes back with a full bucket: only keys nobody used for longest are dropped.
      if (buckets.size >= maxKeys) buckets.delete(buckets.keys().next().value!);
    }
    buckets.set(key, bucket);
    return bucket;
  }

  return {
    has: (key) => current(key).tokens >= 1,
    take(key) {
      const bucket = current(key);
      if (bucket.tokens < 1) return false;
      bucket.tokens -= 1;
      return true;
    },
    forget: (key) => { buckets.delete(key); },
    get size() { return buckets.size; },
  };
}
