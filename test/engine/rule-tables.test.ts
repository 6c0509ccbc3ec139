// Every rule table's rows, run through the code that reads them: each row's made-up example must
// fire its rule (and a "must not" example must not). A word list holds words, never typed keys:
// each word stands in its example as written, and its key is what termKey() gives that word.
import { describe, expect, it } from "vitest";
import { EVENT_VERBS, isEventVerb } from "../../src/answer/choose-span.ts";
import { LIGHT_KEYS, LIGHT_WORDS } from "../../src/answer/evidence.ts";
import { tagSentence } from "../../src/text/tag-sentence.ts";
import { termKey, tokenize } from "../../src/text/tokens.ts";
import type { WordRow } from "../../src/text/word-rows.ts";

/** The row's word as it stands in its example, or a failure naming the row. */
function wordIn(row: WordRow) {
  const token = tokenize(row.example).find((t) => t.lower === row.word);
  expect(token, `"${row.word}" is not written in its example "${row.example}"`).toBeDefined();
  expect(token!.key).toBe(termKey(row.word));
  return token!;
}

describe("word lists hold words, not keys", () => {
  it.each(LIGHT_WORDS.map((r) => [r.word, r]))("light word “%s”: weighs less where it stands", (_, row) => {
    expect(LIGHT_KEYS.has(wordIn(row).key)).toBe(true);
  });

  it.each(EVENT_VERBS.map((r) => [r.word, r]))("event verb “%s”: read as a counted event", (_, row) => {
    wordIn(row);
    const term = tagSentence(row.example).find((t) => t.lower === row.word);
    expect(term && isEventVerb(term), `"${row.word}" is not an event verb in "${row.example}"`).toBe(true);
  });
});
