// Made-up articles and a temporary knowledge folder laid out as the bot expects: everyone's articles
// at the top, each server's own under guilds/<server id>/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const GUILD_A = "111111111111111111";
export const GUILD_B = "222222222222222222";

/** Everyone's article. */
export const SHARED_ARTICLE = `---
title: Harbour bridge repainted in green
date: 2024-05-02
url: https://news.example.org/harbour-bridge
---

The harbour bridge was repainted in green over six weeks. Painters from Castellan Coatings finished the work on Friday.
`;

/** Server A's own article. */
export const GUILD_A_ARTICLE = `# Glassworks hires 40 apprentices

Date: 26/10/2023

The Vellmar glassworks hired 40 apprentices this autumn. The apprentices will learn glassblowing from master Oriel Tancredi.
`;

/** Server B's own article. */
export const GUILD_B_ARTICLE = `---
title: Observatory spots a new comet
date: 2025-01-09
source: https://news.example.org/comet
---

The Quillon observatory spotted a new comet on Tuesday. Astronomer Petra Linnqvist named it after her grandmother.
`;

export interface TempFolder {
  dir: string;
  write(file: string, text: string | Uint8Array): void;
  remove(file: string): void;
  cleanup(): void;
}

export function tempFolder(files: Record<string, string | Uint8Array> = {}): TempFolder {
  const dir = mkdtempSync(join(tmpdir(), "qa-knowledge-test-"));
  const folder: TempFolder = {
    dir,
    write(file, text) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    },
    remove(file) {
      rmSync(join(dir, file), { force: true });
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
  for (const [file, text] of Object.entries(files)) folder.write(file, text);
  return folder;
}

/** The three articles: one for everyone, one for each server. */
export function threeScopes(): TempFolder {
  return tempFolder({
    "bridge.md": SHARED_ARTICLE,
    [`guilds/${GUILD_A}/glassworks.md`]: GUILD_A_ARTICLE,
    [`guilds/${GUILD_B}/comet.md`]: GUILD_B_ARTICLE,
  });
}
