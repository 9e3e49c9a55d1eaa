// A map from text to a computed value, bounded by the total length of its keys; the least recently used go first.

/**
 * Bounded by characters, not entries: an editor makes a new version of the paragraph being typed
 * at every keystroke, and a long paragraph's entry is large.
 */
export class TextKeyedCache<V> {
  private readonly entries = new Map<string, V>();
  private chars = 0;

  constructor(private readonly maxChars: number) {}

  /** The value stored for `key`, marked as just used. */
  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    // Map order is recency: re-inserting marks the entry as used, the oldest go first.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  /** Stores `value` (a new key) and returns it, dropping the least recently used past the budget. */
  set(key: string, value: V): V {
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
