/** Least-recently-used map from a block's source to its parsed tree, bounded by total source length. */
export class BlockTreeCache<T> {
  readonly #entries = new Map<string, T>();
  #chars = 0;

  constructor(readonly maxChars: number) {}

  get(source: string): T | undefined {
    const found = this.#entries.get(source);
    if (found !== undefined) {
      // Re-inserting moves the entry to the young end of the map's order.
      this.#entries.delete(source);
      this.#entries.set(source, found);
    }
    return found;
  }

  set(source: string, value: T): void {
    if (source.length > this.maxChars) return;
    if (!this.#entries.has(source)) this.#chars += source.length;
    this.#entries.set(source, value);
    for (const key of this.#entries.keys()) {
      if (this.#chars <= this.maxChars) break;
      this.#entries.delete(key);
      this.#chars -= key.length;
    }
  }

  clear(): void {
    this.#entries.clear();
    this.#chars = 0;
  }

  get size(): number {
    return this.#entries.size;
  }
}
