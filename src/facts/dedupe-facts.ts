// One fact said once: "the Harbour Guild — mentioned — …" and "Harbour Guild — mentioned — …" are the
// same fact, and "Velt — out in — 2019" adds nothing to "Velt — dropped out in — 2019" from the same sentence.
import type { Fact } from "./fact.ts";

/** Lower case, straight quotes, no leading article, single spaces: "The Harbour Guild’s" → "harbour guild's". */
export function factPhraseKey(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(the|a|an) /, "");
}

/** True when the words of `inner` occur, whole and in order, inside `outer`. */
const containsWords = (outer: string, inner: string) => ` ${outer} `.includes(` ${inner} `);

/**
 * Drops repeated facts: the same subject, predicate and object (ignoring case and a leading article),
 * and a fact whose subject, predicate and object each lie inside those of another fact from the same
 * sentence. Keeps the first of equals and the fuller of nested ones, in the original order.
 */
export function dedupeFacts(facts: readonly Fact[]): Fact[] {
  const keyed = facts.map((f) => {
    const parts = [factPhraseKey(f.subject), factPhraseKey(f.predicate), factPhraseKey(f.object)] as const;
    return { fact: f, parts, id: `${f.kind === "meta" ? "meta" : "fact"}|${parts.join("|")}` };
  });
  // Nested facts come from one sentence: compare each only with the others of its sentence.
  const bySentence = new Map<number, (typeof keyed)[number][]>();
  for (const k of keyed) {
    if (k.fact.kind === "meta") continue;
    const group = bySentence.get(k.fact.sentence);
    if (group) group.push(k);
    else bySentence.set(k.fact.sentence, [k]);
  }
  const seen = new Set<string>();
  return keyed
    .filter((entry) => {
      const { fact, parts, id } = entry;
      if (seen.has(id)) return false;
      if (fact.kind === "meta") {
        seen.add(id);
        return true;
      }
      const inside = bySentence
        .get(fact.sentence)!
        .some(
          (other) =>
            other !== entry && other.id !== id && other.parts.every((part, k) => containsWords(part, parts[k]!)),
        );
      if (!inside) seen.add(id);
      return !inside;
    })
    .map(({ fact }) => fact);
}
