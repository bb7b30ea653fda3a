/** A phrase as the tokeniser splits it: words on spaces, elided words after their apostrophe; lower-case unless `fold` is false. */
export function phraseParts(phrase: string, fold = true): string[] {
  return (fold ? phrase.toLowerCase() : phrase)
    .replace(/’/g, "'")
    .split(' ')
    .flatMap((word) => {
      const apostrophe = word.indexOf("'");
      return apostrophe > 0 && apostrophe < word.length - 1 ? [word.slice(0, apostrophe + 1), word.slice(apostrophe + 1)] : [word];
    })
    .filter(Boolean);
}

interface TrieNode<V> {
  readonly next: Map<string, TrieNode<V>>;
  /** The value of the phrase that ends here, if one does. */
  value?: V;
}

/**
 * Matches phrases from a list against a token sequence, longest first, in time linear in
 * the phrase length: a trie keyed by folded token text. Each phrase carries a value (what
 * it means); a phrase listed twice keeps its last value.
 */
export class PhraseMatcher<V = string> {
  private readonly root: TrieNode<V> = { next: new Map() };

  constructor(entries: Iterable<readonly [phrase: string, value: V]>) {
    for (const [phrase, value] of entries) {
      let node = this.root;
      for (const part of phraseParts(phrase)) {
        let child = node.next.get(part);
        if (!child) node.next.set(part, (child = { next: new Map() }));
        node = child;
      }
      node.value = value;
    }
  }

  /** The longest phrase starting at token i, as its value and the index after it; `word(j)` gives token j folded. */
  /** The value of a phrase written as one word (« capital »), if listed. */
  valueOf(word: string): V | undefined {
    return this.matchAt(() => word, 0, 1)?.value;
  }

  matchAt(word: (j: number) => string, i: number, limit: number): { value: V; end: number } | null {
    let node: TrieNode<V> | undefined = this.root;
    let best: { value: V; end: number } | null = null;
    for (let j = i; j < limit && node; j++) {
      node = node.next.get(word(j));
      if (!node) break;
      if (node.value !== undefined) best = { value: node.value, end: j + 1 };
    }
    return best;
  }
}
