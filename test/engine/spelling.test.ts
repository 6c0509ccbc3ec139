// The typo corrector: a question word the articles never use, matched to the closest one they do.
import { describe, expect, it } from "vitest";
import { SpellingCorrector, withoutAccents } from "../../src/search/spelling.ts";
import { nearDictionaryWord } from "../../src/text/dictionary.ts";

describe("SpellingCorrector", () => {
  const corrector = new SpellingCorrector(new Set(["sørvang", "émilienne", "strike", "harbour", "ferry"]));

  it("matches a slip of the keys to the article's word", () => {
    expect(corrector.correct("harbuor")).toBe("harbour");
    expect(corrector.correct("strkie")).toBe("strike");
  });

  it("matches a word typed without the letters a plain keyboard lacks to the article's accented word", () => {
    expect(corrector.correct("sorvang")).toBe("sørvang");
    expect(corrector.correct("emilienne")).toBe("émilienne");
  });

  it("leaves a word close to none alone", () => {
    expect(corrector.correct("velkaro")).toBeNull();
  });
});

describe("withoutAccents", () => {
  it.each([
    ["sørvang", "sorvang"],
    ["émile", "emile"],
    ["æther", "aether"],
    ["straße", "strasse"],
    ["łódź", "lodz"],
    ["plain", "plain"],
  ])("%s → %s", (word, plain) => {
    expect(withoutAccents(word)).toBe(plain);
  });
});

describe("nearDictionaryWord", () => {
  it.each(["palce", "accomlish", "happenned"])("%s is a slip of the keys away from a word", (word) => {
    expect(nearDictionaryWord(word)).toBe(true);
  });
  it.each(["velkaro", "quendrith"])("%s is not", (word) => {
    expect(nearDictionaryWord(word)).toBe(false);
  });
});
