// Birth and death dates written the encyclopaedia way, in brackets after a name (src/analysis/life-dates.ts).
import { describe, expect, it } from "vitest";
import { lifeDates } from "../../src/analysis/life-dates.ts";

describe("life dates in brackets after a name", () => {
  it.each([
    ["Ada Hale (3 May 1881 – 2 November 1952) was a composer.", { born: "3 May 1881", died: "2 November 1952" }],
    ["Karl Ost (1801–1872) was a painter.", { born: "1801", died: "1872" }],
    ["Lena Marsh (born 12 June 1970) is a singer.", { born: "12 June 1970" }],
    ["Ada Brek (née Hale; 3 May 1881 – 1952) was a poet.", { born: "3 May 1881", died: "1952" }],
    ["Oren of Tull (c. 1420 – 1480) was a mason.", { born: "c. 1420", died: "1480" }],
  ])("%s", (sentence, expected) => {
    expect(lifeDates(sentence)).toEqual(expected);
  });

  it.each([
    // A run of years that is no life: a series, a reign, a study.
    "The channel showed Harbour Lights (2006–2011) and The Quay (2007–2011).",
    "The Vennor study (2019) found no link.",
    "The bridge (built 1880–1885) is still in use.",
    "Paris (French pronunciation: [paʁi]) is the capital.",
    // One date without "born" could be any date.
    "Ada Hale (3 May 1881) was a composer.",
  ])("none in %s", (sentence) => {
    expect(lifeDates(sentence)).toBeUndefined();
  });
});
