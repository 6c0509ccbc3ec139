// The limits a self-hoster sets for /article add, read from the environment.
import { describe, expect, it } from "vitest";
import { AddLimitsError, addLimitsFromEnv, DEFAULT_ADD_LIMITS } from "../../src/registry/add-limits.ts";

describe("addLimitsFromEnv", () => {
  it("has safe defaults: 2 MB, 50 articles, 10 s, 5 redirects, public addresses only", () => {
    expect(addLimitsFromEnv({})).toEqual({
      maxBytes: 2 * 1048576,
      maxArticles: 50,
      timeoutMs: 10_000,
      maxRedirects: 5,
      allowPrivate: false,
    });
    expect(addLimitsFromEnv({ ARTICLE_MAX_MB: " ", ALLOW_PRIVATE_URLS: "" })).toEqual(DEFAULT_ADD_LIMITS);
  });

  it("reads every key", () => {
    expect(
      addLimitsFromEnv({
        ARTICLE_MAX_MB: "0.5",
        ARTICLES_PER_SERVER: "3",
        FETCH_TIMEOUT_SECONDS: "4",
        FETCH_MAX_REDIRECTS: "0",
        ALLOW_PRIVATE_URLS: "true",
      }),
    ).toEqual({ maxBytes: 524288, maxArticles: 3, timeoutMs: 4000, maxRedirects: 0, allowPrivate: true });
  });

  it("names every bad key in one error", () => {
    const bad = () =>
      addLimitsFromEnv({ ARTICLE_MAX_MB: "lots", ALLOW_PRIVATE_URLS: "maybe", FETCH_MAX_REDIRECTS: "-1" });
    expect(bad).toThrow(AddLimitsError);
    expect(bad).toThrow(/ARTICLE_MAX_MB must be a number from 0\.01 to 20 \(it is "lots"\)/);
    expect(bad).toThrow(/ALLOW_PRIVATE_URLS must be true or false/);
    expect(bad).toThrow(/FETCH_MAX_REDIRECTS/);
  });
});
