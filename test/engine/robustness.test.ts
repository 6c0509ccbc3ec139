// Property-style robustness: thousands of random and hostile strings from a seeded PRNG. `ask`
// never throws, always returns a well-formed Answer whose quotes are verbatim article sentences,
// and declines when the string has no real words (or only words in scripts the article doesn't use).
import { describe, expect, it } from "vitest";
import { loadEngine } from "../../src/answer/engine.ts";
import type { Answer } from "../../src/answer/types.ts";
import { SEED_DIR, expectWellFormedAnswer } from "./helpers.ts";

/** mulberry32: small, fast, seeded; the same seed gives the same strings on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = 20231026;
const COUNT = 3000;

// Pieces with no real words in them.
const WORDLESS = [
  "",
  " ",
  "   ",
  "\t",
  "\n",
  "\r\n",
  "\u00a0",
  "\u2028",
  "\u3000",
  "\u200b",
  "\u200c",
  "\u200d",
  "\u2060",
  "\ufeff",
  "\u202e",
  "\u202d",
  "\u200f",
  "\u0000",
  "\u0001",
  "\u0007",
  "\u007f",
  "\u0085",
  "\b",
  "🙂",
  "😀😀😀",
  "👩‍👩‍👧‍👦",
  "🏳️‍🌈",
  "🇺🇦",
  "👍🏽",
  "❤️",
  "🔥",
  "\uD83D",
  "\uDE00",
  "\uD800",
  "\uDFFF",
  "?",
  "!",
  "...",
  "?!",
  "¿",
  "¡",
  "—",
  "–",
  "-",
  "“",
  "”",
  "'",
  '"',
  "«»",
  "()",
  "[]",
  "{}",
  "<>",
  "/",
  "\\",
  "|",
  "&",
  "%",
  "$",
  "^",
  "~",
  "+",
  "=",
  ";",
  ":",
  ",",
  "**",
  "__",
  "~~",
  "`",
  "```",
  "> ",
  "# ",
  "||",
  "* * *",
  "---",
  "[]()",
  "\u0301",
  "\u0336",
  "@everyone",
  "@here",
  "<@123456789012345678>",
  "<@!123456789012345678>",
  "<@&987654321>",
  "<#123456789>",
];
// Words in scripts the seed article does not use.
const FOREIGN = [
  "кто",
  "посетил",
  "Москву",
  "сколько",
  "заложников",
  "谁",
  "访问了",
  "莫斯科",
  "人质",
  "有多少",
  "誰が",
  "訪問",
  "した",
  "누가",
  "방문했나",
  "من",
  "زار",
  "موسكو",
  "מי",
  "ביקר",
  "במוסקבה",
  "ใคร",
  "ไป",
  "कौन",
  "गया",
  "ποιος",
  "επισκέφθηκε",
  "Ὀδυσσεύς",
];
const HOSTILE = [
  "'; DROP TABLE articles; --",
  "1 OR 1=1",
  '" OR ""="',
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "&amp;&lt;&gt;",
  "<b>who</b>",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a hostile string that must stay literal
  "${process.exit(1)}",
  "{{constructor.constructor('return 1')()}}",
  "%s%s%s%n",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
  ".*",
  "(a+)+$",
  "[",
  "(",
  "\\",
  "\\d+",
  "^$",
  "NaN",
  "Infinity",
  "-0",
  "1e309",
  "undefined",
  "null",
  "true",
  "[click](https://example.com)",
  "https://discord.gg/xyz",
  "||spoiler||",
  "> quoted",
  "# Heading",
  "```js\nconsole.log(1)\n```",
];
const ENGLISH = [
  "who",
  "what",
  "when",
  "where",
  "why",
  "how",
  "many",
  "much",
  "is",
  "did",
  "the",
  "a",
  "visited",
  "Moscow",
  "Hamas",
  "hostages",
  "Putin",
  "Zakharova",
  "Qatar",
  "224",
  "killed",
  "released",
  "Paris",
  "spokesperson",
  "ministry",
  "tell",
  "me",
  "about",
  "article",
  "of",
  "in",
  "?",
];

type Kind = "wordless" | "foreign" | "mixed";

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function randomCodePoints(rand: () => number, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) {
    const r = rand();
    // Mostly the BMP (including lone surrogates), sometimes astral planes.
    const cp = r < 0.8 ? Math.floor(rand() * 0x10000) : Math.floor(rand() * 0x10ffff);
    s += cp <= 0xffff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
  }
  return s;
}

function generate(rand: () => number, i: number): { q: string; kind: Kind } {
  const n = 1 + Math.floor(rand() * 8);
  const join = (parts: string[]) => parts.join(pick(rand, [" ", "", "  ", "\t", "\u200b", "\n"]));
  switch (i % 10) {
    case 0:
      return { q: join(Array.from({ length: n }, () => pick(rand, WORDLESS))), kind: "wordless" };
    case 1:
      return { q: join(Array.from({ length: n }, () => pick(rand, [...WORDLESS, ...FOREIGN]))), kind: "foreign" };
    case 2:
      return { q: randomCodePoints(rand, Math.floor(rand() * 200)), kind: "mixed" };
    case 3: // very long strings: 10,000 characters, or one very long word
      return rand() < 0.5
        ? { q: randomCodePoints(rand, 10_000), kind: "mixed" }
        : {
            q: pick(rand, ["a", "x", "hostage", "Moscow", "🙂", " "]).repeat(1 + Math.floor(rand() * 10_000)),
            kind: "mixed",
          };
    case 4:
      return { q: join(Array.from({ length: n }, () => pick(rand, HOSTILE))), kind: "mixed" };
    case 5: // a real question wrapped in hostile noise
      return {
        q: `${pick(rand, [...WORDLESS, ...HOSTILE])} ${join(Array.from({ length: n }, () => pick(rand, ENGLISH)))} ${pick(rand, WORDLESS)}`,
        kind: "mixed",
      };
    case 6: // English-ish word salad
      return { q: Array.from({ length: n }, () => pick(rand, ENGLISH)).join(" "), kind: "mixed" };
    case 7: // printable ASCII noise
      return {
        q: Array.from({ length: Math.floor(rand() * 120) }, () =>
          String.fromCharCode(32 + Math.floor(rand() * 95)),
        ).join(""),
        kind: "mixed",
      };
    case 8: // Unicode look-alikes and normalisation traps
      return {
        q: pick(rand, [
          "ｗｈｏ ｖｉｓｉｔｅｄ Ｍｏｓｃｏｗ？",
          "who visite\u0301d Moscow?",
          "WHO VISITED MOSCOW",
          "ʷʰᵒ ᵛⁱˢⁱᵗᵉᵈ",
          "wHo\u00a0ViSiTeD\u2028mOsCoW",
          "Who visited Moscow?".split("").join("\u200b"),
          "\u202ewho visited Moscow?",
        ]),
        kind: "mixed",
      };
    default:
      return {
        q: join(Array.from({ length: n }, () => pick(rand, [...WORDLESS, ...FOREIGN, ...HOSTILE, ...ENGLISH]))),
        kind: "mixed",
      };
  }
}

const MENTION = /@everyone|@here|<@[!&]?\d+>|<#\d+>/;

describe("ask on random and hostile strings", () => {
  const engine = loadEngine(SEED_DIR);

  it(`${COUNT} seeded strings (seed ${SEED}): never throws, always well formed, declines wordless input`, () => {
    const rand = prng(SEED);
    const failures: string[] = [];
    let answered = 0;
    for (let i = 0; i < COUNT; i++) {
      const { q, kind } = generate(rand, i);
      const label = `#${i} ${kind} ${JSON.stringify(q.slice(0, 80))}${q.length > 80 ? `…(${q.length} chars)` : ""}`;
      let a: Answer;
      try {
        a = engine.ask(q);
      } catch (err) {
        failures.push(`${label}: threw ${(err as Error).stack?.split("\n").slice(0, 3).join(" | ")}`);
        continue;
      }
      try {
        expectWellFormedAnswer(a, engine.articles, label);
        expect(a.answer.length, `${label}: answer is ${a.answer.length} characters`).toBeLessThanOrEqual(1000);
        expect(MENTION.test(a.answer), `${label}: answer carries a mention: ${a.answer}`).toBe(false);
        if (kind !== "mixed")
          expect(a.answered, `${label}: should decline, answered ${JSON.stringify(a.answer)}`).toBe(false);
        // The JSON the CLI prints must be valid and round-trip.
        expect(() => JSON.parse(JSON.stringify(a))).not.toThrow();
      } catch (err) {
        failures.push((err as Error).message.split("\n")[0]!);
      }
      if (a.answered) answered++;
    }
    expect(failures.slice(0, 25), `${failures.length} of ${COUNT} strings failed`).toEqual([]);
    // Sanity: the generator does produce real questions that get answered.
    expect(answered).toBeGreaterThan(0);
  }, 60_000);

  it.each([
    ["empty", ""],
    ["whitespace", " \t\n\u00a0\u3000 "],
    ["only punctuation", "?!?...;;"],
    ["only emoji", "🙂🙂🔥👩‍👩‍👧‍👦"],
    ["only control characters", "\u0000\u0001\u001b\u007f"],
    ["only zero-width characters", "\u200b\u200c\u200d\ufeff"],
    ["@everyone", "@everyone"],
    ["a user mention", "<@123456789012345678>"],
    ["a role mention and @here", "<@&123> @here"],
    ["Markdown marks", "**__~~``||> # "],
    ["lone surrogates", "\uD800\uDFFF\uD83D"],
  ])("declines %s", (_name, q) => {
    const a = engine.ask(q);
    expectWellFormedAnswer(a, engine.articles, JSON.stringify(q));
    expect(a.answered).toBe(false);
  });

  it("still answers a real question wrapped in Discord and Markdown noise", () => {
    const a = engine.ask("<@123456789012345678> **who** visited __Moscow__?\u200b @everyone");
    expectWellFormedAnswer(a, engine.articles);
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Hamas/);
  });
});
