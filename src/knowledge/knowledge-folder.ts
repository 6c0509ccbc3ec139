// The knowledge folder as it stands on disk, kept up to date by rescanning: which article files
// exist, which changed since the last scan (by size and modification time), and the parsed article
// of each. A file that stops parsing keeps its last good version, so a bad edit never takes an
// article away; the problem is reported instead.
import { statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { setImmediate as yieldToOthers } from "node:timers/promises";
import type { Article } from "./article.ts";
import { GUILDS_FOLDER, type KnowledgeProblem, listArticleFiles, readArticle } from "./load-knowledge.ts";

/** The articles everyone sees (the folder outside `guilds/`). */
export const SHARED = "shared";

/** A server id as Discord writes it (a snowflake). */
const GUILD_ID = /^\d{15,25}$/;

export function isGuildId(value: string): boolean {
  return GUILD_ID.test(value);
}

/** Whose article a file (relative to the knowledge folder) is: SHARED, a server id, or undefined (ignored). */
export function scopeOfFile(file: string): string | undefined {
  const parts = file.split(/[\\/]/);
  if (parts[0] !== GUILDS_FOLDER) return SHARED;
  return parts.length >= 3 && isGuildId(parts[1]!) ? parts[1] : undefined;
}

/** The folder of one server's own articles, relative to the knowledge folder. */
export function guildFolder(guildId: string): string {
  if (!isGuildId(guildId)) throw new Error(`not a server id: ${guildId}`);
  return join(GUILDS_FOLDER, guildId);
}

interface Entry {
  stamp: string;
  /** The version served: the latest that parsed. */
  article?: Article;
  /** Why the latest version on disk cannot be used. */
  problem?: string;
}

export interface FolderChanges {
  added: string[];
  changed: string[];
  removed: string[];
  /** Files whose new version could not be used; `kept` when the previous version is still served. */
  failed: (KnowledgeProblem & { kept: boolean })[];
}

export const NO_CHANGES: FolderChanges = Object.freeze({ added: [], changed: [], removed: [], failed: [] });

export function changedFiles(changes: FolderChanges): string[] {
  return [...changes.added, ...changes.changed, ...changes.removed, ...changes.failed.map((f) => f.file)];
}

export class KnowledgeFolder {
  private readonly entries = new Map<string, Entry>();
  /** Servers with at least one article of their own. */
  private owners = new Set<string>();

  constructor(readonly dir: string) {}

  /**
   * Reads what changed on disk since the last scan. Parsing yields to other work between files, so
   * questions keep being answered (from the articles as they were) while a large change is read.
   */
  async rescan(): Promise<FolderChanges> {
    const changes: FolderChanges = { added: [], changed: [], removed: [], failed: [] };
    const seen = new Set<string>();
    for (const path of listArticleFiles(this.dir)) {
      const file = relative(this.dir, path).split(sep).join("/");
      if (!scopeOfFile(file)) continue;
      seen.add(file);
      const stamp = stampOf(path);
      if (!stamp) continue; // removed while we looked; the next scan sees it gone
      const before = this.entries.get(file);
      if (before?.stamp === stamp) continue;
      await yieldToOthers();
      const read = readArticle(path, file);
      if ("article" in read) {
        this.entries.set(file, { stamp, article: read.article });
        (before?.article ? changes.changed : changes.added).push(file);
      } else {
        this.entries.set(file, {
          stamp,
          ...(before?.article ? { article: before.article } : {}),
          problem: read.reason,
        });
        changes.failed.push({ file, reason: read.reason, kept: before?.article !== undefined });
      }
    }
    for (const file of [...this.entries.keys()]) {
      if (seen.has(file)) continue;
      const gone = this.entries.get(file)!;
      this.entries.delete(file);
      if (gone.article) changes.removed.push(file);
    }
    this.owners = new Set([...this.entries].filter(([, e]) => e.article).map(([file]) => scopeOfFile(file)!));
    return changes;
  }

  /** The articles served in `scope`: everyone's, plus the server's own when scope is a server id. */
  articles(scope: string = SHARED): Article[] {
    const out: Article[] = [];
    for (const [file, entry] of [...this.entries].sort(([a], [b]) => a.localeCompare(b))) {
      const owner = scopeOfFile(file);
      if (entry.article && (owner === SHARED || owner === scope)) out.push(entry.article);
    }
    return out;
  }

  /** Whether a server has articles of its own (otherwise it sees exactly what everyone sees). */
  hasOwnArticles(guildId: string): boolean {
    return this.owners.has(guildId);
  }

  /** Servers that have articles of their own. */
  guildsWithArticles(): string[] {
    return [...this.owners].filter((owner) => owner !== SHARED);
  }

  /** Only the server's own articles (what it may remove). */
  ownArticles(guildId: string): Article[] {
    return this.articles(guildId).filter((a) => scopeOfFile(a.file) === guildId);
  }

  /** Files in this scope that cannot be used as they stand (a previous version may still be served). */
  problems(scope: string = SHARED): KnowledgeProblem[] {
    const out: KnowledgeProblem[] = [];
    for (const [file, entry] of this.entries) {
      const owner = scopeOfFile(file);
      if (!entry.problem || (owner !== SHARED && owner !== scope)) continue;
      out.push({
        file,
        reason: entry.article ? `${entry.problem} (its previous version is still served)` : entry.problem,
      });
    }
    return out.sort((a, b) => a.file.localeCompare(b.file));
  }

  /** The absolute path of a file given relative to the folder. */
  pathOf(file: string): string {
    return join(this.dir, file);
  }
}

/** Size, modification and change time: what tells a rewritten file from the one already read. */
function stampOf(path: string): string | undefined {
  try {
    const s = statSync(path);
    return `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;
  } catch {
    return undefined;
  }
}
