import { detached } from '../detached';

/**
 * Values made from a text (a heading, a title, a phrase), kept by the text: a large page's rules ask
 * for the same few thousand texts on every keystroke. Keys, and string values, are detached copies:
 * a text is often a view into its page, which the memo must not keep alive. Past `limit` entries the
 * memo starts again, so it never grows with the pages seen.
 */
export class TextMemo<T> {
  readonly #values = new Map<string, T>();

  constructor(private readonly limit = 10_000) {}

  get(text: string, make: (text: string) => T): T {
    let value = this.#values.get(text);
    if (value === undefined) {
      if (this.#values.size >= this.limit) this.#values.clear();
      const made = make(text);
      value = (typeof made === 'string' ? detached(made) : made) as T;
      this.#values.set(detached(text), value);
    }
    return value;
  }
}

/** The memo an owner (a ladder, a word list) keeps: it goes when the owner goes. */
export function memoOf<K extends object, T>(memos: WeakMap<K, TextMemo<T>>, owner: K): TextMemo<T> {
  let memo = memos.get(owner);
  if (!memo) memos.set(owner, (memo = new TextMemo<T>()));
  return memo;
}
