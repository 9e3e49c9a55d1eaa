// The text-keyed cache: bounded by key characters; entries used twice outlive a stream of one-use entries.
import { describe, expect, it } from 'vitest';
import { TextKeyedCache } from '../src/bounded-cache.js';

describe('TextKeyedCache', () => {
  it('keeps an entry used twice while a stream of one-use entries passes through', () => {
    const cache = new TextKeyedCache<number>(100, 0.2);
    cache.set('another open draft', 1);
    expect(cache.get('another open draft')).toBe(1);
    // Typing elsewhere: a new version of a paragraph at every keystroke, each stored and never used again.
    for (let i = 0; i < 1000; i++) cache.set(`typed version ${i}`, i);
    expect(cache.get('another open draft')).toBe(1);
    expect(cache.get('typed version 999')).toBe(999);
    expect(cache.get('typed version 900')).toBeUndefined();
  });

  it('drops the least recently used protected entries past its budget', () => {
    const cache = new TextKeyedCache<string>(50, 0.2);
    const keys = ['aaaaaaaaaa', 'bbbbbbbbbb', 'cccccccccc', 'dddddddddd', 'eeeeeeeeee'];
    for (const k of keys) {
      cache.set(k, k);
      cache.get(k); // a second use: protected (40 characters of room)
    }
    expect(keys.map((k) => cache.get(k) !== undefined)).toEqual([false, true, true, true, true]);
  });

  it('replaces the value of a key it already holds, protected or not', () => {
    const cache = new TextKeyedCache<number>(100, 0.2);
    cache.set('draft.md', 1);
    cache.get('draft.md'); // now protected
    cache.set('draft.md', 2);
    expect(cache.get('draft.md')).toBe(2);
    cache.set('draft.md', 3);
    expect(cache.get('draft.md')).toBe(3);
  });
});
