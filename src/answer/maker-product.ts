// "What does Tarnby Foods make?" of "Frozen food maker Tarnby Foods said …": news writes what a
// firm makes or sells as a title before its name ("home appliance maker", "steel producer",
// "furniture retailer"), not in a sentence with the verb "make".
import type { AnalysedQuestion } from "../question/analyse-question.ts";
import type { KnowledgeIndex } from "../search/knowledge-index.ts";
import { toQuote } from "./quote.ts";
import type { Reply } from "./types.ts";

/** "What does X make?", "what do they produce?", "what does X sell?": group 1 is the firm asked about. */
const ASKS_PRODUCT = /^what\s+(?:does|did|do)\s+(.+?)\s+(?:make|makes|produce|manufacture|build|sell|supply)\s*\??$/i;
/** Nouns of making and selling that stand before a firm's name as its title: "frozen food maker". */
const MAKER_NOUN =
  "maker|makers|producer|producers|manufacturer|manufacturers|builder|builders|retailer|seller|supplier";

/**
 * The product title before the firm's name (up to three words before "maker" and its kin), or null
 * when the articles write none: "Frozen food maker Tarnby Foods" → "frozen food".
 */
export function makerProduct(index: KnowledgeIndex, q: AnalysedQuestion): Reply | null {
  const firm = ASKS_PRODUCT.exec(q.text.trim())?.[1];
  // (A firm's name, not a clause: "what did Ada want to build?" asks no firm's product.)
  if (!firm || /\bto\b/i.test(firm) || firm.split(/\s+/).length > 4) return null;
  // The firm's first name word, as the article capitalises it ("tarnby foods" → "Tarnby").
  const head = firm.replace(/^the\s+/i, "").split(/\s+/)[0]!;
  if (!head || /^(it|they|he|she|them|this|that)$/i.test(head)) return null;
  const written = head[0]!.toUpperCase() + head.slice(1);
  const title = new RegExp(
    `(?:^|[\\s,(“"])((?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+)\\s+(?:${MAKER_NOUN})\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}${written}\\b`,
    "iu",
  );
  for (const s of index.sentences) {
    // (A plain search first: the pattern is run only on sentences that name the firm.)
    if (!s.text.includes(written)) continue;
    const m = title.exec(s.text);
    // (Its words, not a determiner or a name: "the maker Tarnby", "Velt's maker …".)
    const words = m?.[1]
      ?.split(/\s+/)
      .filter((w) => !/^(the|a|an|its|their|and|of)$/i.test(w) && !/^\p{Lu}\p{Ll}*['’]s$/u.test(w));
    if (!m || !words?.length) continue;
    const product = words.join(" ");
    return {
      answered: true,
      answer: product.charAt(0).toLowerCase() + product.slice(1),
      quotes: [toQuote(s)],
      related: [],
    };
  }
  return null;
}
