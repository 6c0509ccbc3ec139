// Every test file must belong to a vitest project: a folder the config does not include is never
// run, and its tests pass unseen.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import config from "../../vitest.config.ts";

describe("vitest projects", () => {
  it("include every test file", () => {
    const projects = (config.test?.projects ?? []) as { test?: { include?: string[] } }[];
    const folders = projects.flatMap((p) => p.test?.include ?? []).map((glob) => glob.split("/**")[0]!);
    const files = readdirSync("test", { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".test.ts"))
      .map((f) => `test/${f.replaceAll("\\", "/")}`);
    expect(files.length).toBeGreaterThan(10);
    const unrun = files.filter((f) => !folders.some((folder) => f.startsWith(`${folder}/`) || f === folder));
    expect(unrun).toEqual([]);
  });
});
