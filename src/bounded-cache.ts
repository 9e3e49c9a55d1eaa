// A map from text to a computed value, bounded by the total length of its keys (a segmented LRU).

/**
 * Bounded by characters, not entries: an editor makes a new version of the paragraph being typed
 * at every keystroke, and a long paragraph's entry is large. Those versions are each used once,
 * so a new entry waits in a small probation segment and only a second use moves it to the
 * protected one: typing never pushes out the paragraphs that every re-lint reuses, and the
 * versions it leaves behind are dropped soon, which keeps the heap small.
 */
export class TextKeyedCache<V> {
  private readonly probation: Segment<V>;
  private readonly protectedSegment: Segment<V>;

  constructor(maxChars: number, probationShare = 0.2) {
    this.probation = new Segment<V>(Math.round(maxChars * probationShare));
    this.protectedSegment = new Segment<V>(maxChars - this.probation.maxChars);
  }

  /** The value stored for `key`, marked as just used. */
  get(key: string): V | undefined {
    const kept = this.protectedSegment.take(key);
    if (kept !== undefined) return this.protectedSegment.put(key, kept);
    const second = this.probation.take(key);
    return second === undefined ? undefined : this.protectedSegment.put(key, second);
  }

  /** Stores `value` under `key` (replacing any value it had) and returns it. */
  set(key: string, value: V): V {
    this.protectedSegment.take(key);
    this.probation.take(key);
    return this.probation.put(key, value);
  }
}

/** One LRU segment: Map order is recency, the oldest go first once the budget is passed. */
class Segment<V> {
  private readonly entries = new Map<string, V>();
  private chars = 0;

  constructor(readonly maxChars: number) {}

  take(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.chars -= key.length;
    }
    return value;
  }

  put(key: string, value: V): V {
    this.entries.set(key, value);
    this.chars += key.length;
    for (const oldest of this.entries.keys()) {
      if (this.chars <= this.maxChars || oldest === key) break;
      this.entries.delete(oldest);
      this.chars -= oldest.length;
    }
    return value;
  }
}
