// Real parsers: Markdown (mdast), HTML (Readability over linkedom), YAML front matter and
// natural-language header dates. A quote must hold the text a reader sees, never markup.
import { describe, expect, it } from "vitest";
import type { Article } from "../../src/knowledge/article.ts";
import { parseArticle } from "../../src/knowledge/parse-article.ts";
import { parseDate } from "../../src/text/dates.ts";

/** Markup that must never appear in a sentence of a parsed article. */
const MARKUP = /\*\*|__|\]\(|<\/?[a-z][^>]*>|&(?:amp|lt|gt|quot|nbsp|#\d+);|^\s*(?:[-*+]|\d+\.)\s|^\s*#|\|/im;

function texts(article: Article): string[] {
  return article.sentences.map((s) => s.text);
}

function expectNoMarkup(article: Article): void {
  for (const s of article.sentences) expect(s.text, JSON.stringify(s.text)).not.toMatch(MARKUP);
}

const MARKDOWN = `---
title: "Lakeside library reopens after a year of repairs"
date: Thursday, October 26th, 2023
url: https://news.example.org/lakeside-library
---

The **Lakeside library** reopened on Monday after [a year of repairs](https://example.org/repairs "repairs").
Visitors queued from 7&nbsp;a.m. &amp; the doors opened at nine.

![The new reading room](https://example.org/room.jpg)

<img src="https://example.org/façade.jpg" alt="façade">

- The roof was *replaced* by Brightwell &amp; Sons.
- A café now sits beside the \`children's corner\`.

1. The first loan went to Mira Delacroix.

| Floor | Books |
| --- | --- |
| Ground | 12,000 |
| First | 8,500 |

\`\`\`js
const secret = "code is not prose";
\`\`\`

> "We missed this place," said the head librarian, <b>Tomas Ferreira</b>.

## Opening hours

The library opens <em>every day</em> except Sunday.
`;

describe("Markdown through mdast", () => {
  const a = parseArticle("library.md", MARKDOWN);

  it("reads the front matter with a YAML parser: title, a date in words and the source url", () => {
    expect(a.meta).toEqual({
      headline: "Lakeside library reopens after a year of repairs",
      date: "2023-10-26",
      source: "https://news.example.org/lakeside-library",
    });
  });

  it("keeps the words a reader sees and drops bold, links, images, inline HTML and entities", () => {
    expect(texts(a)).toContain("The Lakeside library reopened on Monday after a year of repairs.");
    expect(texts(a)).toContain("Visitors queued from 7 a.m. & the doors opened at nine.");
    expect(texts(a)).toContain("The roof was replaced by Brightwell & Sons.");
    expect(texts(a)).toContain("A café now sits beside the children's corner.");
    expect(texts(a)).toContain("The first loan went to Mira Delacroix.");
    expect(texts(a)).toContain('"We missed this place," said the head librarian, Tomas Ferreira.');
    expect(texts(a)).toContain("The library opens every day except Sunday.");
    expectNoMarkup(a);
  });

  it("reads each table row as 'Header: cell' and leaves out code and image alt text", () => {
    expect(texts(a)).toContain("Floor: Ground; Books: 12,000");
    expect(texts(a)).toContain("Floor: First; Books: 8,500");
    const all = texts(a).join("\n");
    expect(all).not.toMatch(/secret|reading room|façade|Opening hours/);
  });

  it("numbers paragraphs in reading order", () => {
    expect(a.paragraphs[0]!.map((s) => s.sentence)).toEqual([1, 2]);
    expect(a.paragraphs.flat().every((s, i, all) => i === 0 || s.paragraph >= all[i - 1]!.paragraph)).toBe(true);
  });

  it("a # title and header lines at the top still give headline, date and source", () => {
    const b = parseArticle(
      "ferry.md",
      "# Ferry service resumes\n\nDate: 26/10/2023\nSource: https://news.example.org/ferry\n\nThe ferry sailed at dawn.\n",
    );
    expect(b.meta).toEqual({
      headline: "Ferry service resumes",
      date: "2023-10-26",
      source: "https://news.example.org/ferry",
    });
    expect(b.paragraphs.flat().map((s) => s.text)).toEqual(["The ferry sailed at dawn."]);
  });
});

const HTML = `<!doctype html>
<html><head>
  <title>Orchard harvest breaks record | The Valley Courier</title>
  <meta property="og:title" content="Orchard harvest breaks record">
  <meta property="article:published_time" content="2024-09-02T08:30:00+02:00">
  <link rel="canonical" href="https://courier.example.com/orchard-harvest">
  <script>document.write("<p>Injected by a script.</p>"); var tracker = 1;</script>
  <style>p { color: red }</style>
</head><body>
  <nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/weather">Weather and more menu links</a></nav>
  <header><div class="logo">The Valley Courier</div></header>
  <main><article>
    <h1>Orchard harvest breaks record</h1>
    <p>The Hollins orchard picked <strong>412 tonnes</strong> of apples this season, the most since records began in 1962.</p>
    <p>Growers credited a warm spring &amp; a wet summer. Pickers worked in two shifts from August until late September, said the orchard's manager, Ines Varga.</p>
    <p>Most of the crop goes to a cider press in the next valley, which doubled its orders this year.
       <img src="tractor.jpg" alt="A tractor in the rows"></p>
    <ul><li>Prices rose by 8 per cent on last year.</li></ul>
    <script>console.log("not article text")</script>
  </article></main>
  <aside><p>Subscribe to our newsletter for more stories like this one every week.</p></aside>
  <footer><p>© 2024 The Valley Courier. All rights reserved.</p></footer>
</body></html>`;

describe("HTML through Readability", () => {
  const a = parseArticle("orchard.html", HTML);

  it("takes headline, date and canonical link from the page", () => {
    expect(a.meta).toEqual({
      headline: "Orchard harvest breaks record",
      date: "2024-09-02",
      source: "https://courier.example.com/orchard-harvest",
    });
  });

  it("keeps the article's paragraphs as a reader sees them", () => {
    expect(texts(a)).toContain(
      "The Hollins orchard picked 412 tonnes of apples this season, the most since records began in 1962.",
    );
    expect(texts(a)).toContain("Growers credited a warm spring & a wet summer.");
    expect(texts(a)).toContain(
      "Most of the crop goes to a cider press in the next valley, which doubled its orders this year.",
    );
    expect(texts(a)).toContain("Prices rose by 8 per cent on last year.");
    expectNoMarkup(a);
  });

  it("leaves out scripts, styles, navigation and page furniture", () => {
    const all = texts(a).join("\n");
    expect(all).not.toMatch(/Injected|tracker|console\.log|color: red|Home|Weather|newsletter|All rights reserved/);
  });

  it("reads a fragment without <html>, and a short page Readability would not call an article", () => {
    const fragment = parseArticle(
      "tram.html",
      "<h1>Tram line extended</h1><p>The council voted to extend the tram line.</p>",
    );
    expect(fragment.meta.headline).toBe("Tram line extended");
    expect(fragment.paragraphs.flat().map((s) => s.text)).toEqual(["The council voted to extend the tram line."]);
    expect(
      parseArticle("plain.html", "Just words. No tags.")
        .paragraphs.flat()
        .map((s) => s.text),
    ).toEqual(["Just words.", "No tags."]);
    expect(parseArticle("empty.html", "").paragraphs).toEqual([]);
  });

  it("finds no article in a page without one", () => {
    const empty = parseArticle(
      "menu.html",
      "<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>",
    );
    expect(empty.paragraphs).toEqual([]);
  });
});

describe("plain text", () => {
  it("reads YAML front matter, with a quoted title holding a colon", () => {
    const a = parseArticle(
      "mill.txt",
      '---\ntitle: "Mill closes: 40 jobs lost"\nsource: https://news.example.org/mill\ndate: 2022-01-04\n---\nThe mill closed on Tuesday.\n',
    );
    expect(a.meta).toEqual({
      headline: "Mill closes: 40 jobs lost",
      date: "2022-01-04",
      source: "https://news.example.org/mill",
    });
  });

  it("ignores a source that is not a web link", () => {
    const a = parseArticle("x.txt", "---\ntitle: X\nurl: javascript:alert(1)\n---\nA sentence.\n");
    expect(a.meta.source).toBeUndefined();
  });

  it("reads a dateline written in words under the header", () => {
    const a = parseArticle(
      "fair.txt",
      "Headline: County fair opens\nThursday, October 26th, 2023\n\nThe fair opened.\n",
    );
    expect(a.meta).toEqual({ headline: "County fair opens", date: "2023-10-26" });
    expect(a.paragraphs.flat().map((s) => s.text)).toEqual(["The fair opened."]);
  });
});

describe("header dates", () => {
  it.each([
    ["Thursday, October 26th, 2023", "2023-10-26"],
    ["26/10/2023", "2023-10-26"],
    ["October 26, 2023", "2023-10-26"],
    ["26 October 2023", "2023-10-26"],
    ["2023-10-26T10:00:00Z", "2023-10-26"],
    ["Oct. 26, 2023, 10:30 a.m.", "2023-10-26"],
  ])("reads %s", (written, iso) => {
    expect(parseDate(written)).toBe(iso);
  });

  it.each(["3 days ago", "Monday", "2023", "October 2023", "a sentence with no date"])(
    "refuses %s, which is not a full date",
    (written) => {
      expect(parseDate(written)).toBeUndefined();
    },
  );
});

describe("hostile input", () => {
  /** A made-up generator of markup soup, the same every run (no backticks: code shows tags literally). */
  function* soups(count: number): Generator<string> {
    const parts = [
      "<",
      ">",
      "</p>",
      "<p>",
      "**",
      "[",
      "](",
      ")",
      "---\n",
      "\n\n",
      "# ",
      "|",
      "&amp;",
      "&#0;",
      "<script>",
      "\u0000",
      "é",
      " ",
      "A.",
      "1/2/2023",
      "title: x\n",
      "<!--",
      "-->",
      "<![CDATA[",
      "\r\n",
    ];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let i = 0; i < count; i++) {
      let s = "";
      for (let n = next() % 60; n > 0; n--) s += parts[next() % parts.length];
      yield s;
    }
  }

  it("never throws on markup soup, and no Markdown or HTML sentence keeps a tag", () => {
    let sentences = 0;
    for (const soup of soups(120)) {
      expect(() => parseArticle("x.txt", soup)).not.toThrow();
      for (const file of ["x.md", "x.html"]) {
        for (const s of parseArticle(file, soup).paragraphs.flat()) {
          sentences++;
          // A tag as a browser reads one; "<title: x" is literal text a reader sees.
          expect(s.text).not.toMatch(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/i);
        }
      }
    }
    expect(sentences).toBeGreaterThan(40); // the soup really produced text to check
  }, 30_000); // each HTML soup is two DOMs and a Readability pass
});
