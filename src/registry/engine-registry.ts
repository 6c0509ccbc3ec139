// One engine per knowledge scope: everyone's articles (DMs, the terminal), and each server's own
// articles on top of those, seen in that server only. Engines are built when a scope is first
// asked, cached, and rebuilt off the question path when files change: the new engine is swapped in
// at once, and a question already running finishes on the engine it started with.
import { setImmediate as yieldToOthers } from "node:timers/promises";
import { createEngine, type Engine, type EngineOptions } from "../answer/engine.ts";
import type { Fact } from "../answer/types.ts";
import { loadOrExtractFacts } from "../facts/facts-file.ts";
import type { Article } from "../knowledge/article.ts";
import {
  changedFiles,
  type FolderChanges,
  isGuildId,
  KnowledgeFolder,
  NO_CHANGES,
  SHARED,
  scopeOfFile,
} from "../knowledge/knowledge-folder.ts";
import { assertKnowledgeDir } from "../knowledge/load-knowledge.ts";
import type { Logger } from "../log.ts";

export interface RegistryOptions {
  engine?: Pick<EngineOptions, "useFactsFiles" | "eager">;
  logger?: Logger;
}

export interface ReloadReport extends FolderChanges {
  at: Date;
}

interface ScopeEngines {
  engine: Engine;
  /** Engines over one article each, for questions about a chosen article; built on first use. */
  byArticle: Map<string, Engine>;
}

/** Changes kept for /reload to report what the watcher already picked up. */
const HISTORY = 20;

export class EngineRegistry {
  readonly folder: KnowledgeFolder;
  private readonly scopes = new Map<string, ScopeEngines>();
  /** Facts of each parsed article, shared by every engine that serves it. */
  private readonly facts = new WeakMap<Article, Fact[]>();
  /** Each engine gets its own copy of an article (the index numbers its sentences); this maps copies back. */
  private readonly originals = new WeakMap<Article, Article>();
  private tail: Promise<unknown> = Promise.resolve();
  private pending?: Promise<ReloadReport>;
  readonly history: ReloadReport[] = [];

  private constructor(
    readonly dir: string,
    private readonly options: RegistryOptions,
  ) {
    this.folder = new KnowledgeFolder(dir);
  }

  /** Reads the knowledge folder. Throws KnowledgeError when it is missing. */
  static async open(dir: string, options: RegistryOptions = {}): Promise<EngineRegistry> {
    assertKnowledgeDir(dir);
    const registry = new EngineRegistry(dir, options);
    const first = await registry.folder.rescan();
    for (const failed of first.failed)
      options.logger?.warn({ file: failed.file, reason: failed.reason }, "skipped a file in the knowledge folder");
    return registry;
  }

  /** The scope a server (or a DM, with no server) asks in. */
  scopeOf(guildId?: string | null): string {
    return guildId && isGuildId(guildId) && this.folder.hasOwnArticles(guildId) ? guildId : SHARED;
  }

  /** The engine for a server's questions, or everyone's in a DM. Never sees another server's articles. */
  engineFor(guildId?: string | null): Engine {
    return this.scopeEngines(this.scopeOf(guildId)).engine;
  }

  /** An engine over one article of the scope, or undefined when the scope has no such article. */
  articleEngine(guildId: string | null | undefined, file: string): Engine | undefined {
    const scope = this.scopeEngines(this.scopeOf(guildId));
    let engine = scope.byArticle.get(file);
    if (!engine) {
      const article = scope.engine.articles.find((a) => a.file === file);
      if (!article) return undefined;
      engine = this.build([this.originals.get(article) ?? article], []);
      scope.byArticle.set(file, engine);
    }
    return engine;
  }

  /**
   * Builds, a scope at a time between other work, the engine of every server that has articles of
   * its own and none yet, so that no first question in a server waits for its engine to be built.
   */
  async prebuild(): Promise<void> {
    for (const guild of this.folder.guildsWithArticles()) {
      await yieldToOthers();
      if (!this.scopes.has(guild) && this.folder.hasOwnArticles(guild)) this.scopes.set(guild, this.buildScope(guild));
    }
  }

  /** The scopes whose engines are built (SHARED or server ids). */
  builtScopes(): string[] {
    return [...this.scopes.keys()];
  }

  /** A server's own articles: the ones its admins may remove. */
  ownArticles(guildId: string): Article[] {
    return this.folder.ownArticles(guildId);
  }

  /**
   * Reads what changed on disk and rebuilds the engines of the scopes it touches. Calls made while one
   * runs share the next run, so a burst of file events costs one rebuild.
   */
  refresh(): Promise<ReloadReport> {
    if (this.pending) return this.pending;
    const run = this.tail.then(() => {
      this.pending = undefined;
      return this.rebuild();
    });
    this.pending = run;
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** The part of a report a server may see: everyone's files and its own, never another server's. */
  visibleTo(report: FolderChanges, guildId?: string | null): FolderChanges {
    const mine = (file: string) => {
      const owner = scopeOfFile(file);
      return owner === SHARED || (guildId !== undefined && guildId !== null && owner === guildId);
    };
    return {
      added: report.added.filter(mine),
      changed: report.changed.filter(mine),
      removed: report.removed.filter(mine),
      failed: report.failed.filter((f) => mine(f.file)),
    };
  }

  private async rebuild(): Promise<ReloadReport> {
    const changes = await this.folder.rescan();
    const report: ReloadReport = { ...changes, at: new Date() };
    const files = changedFiles(changes);
    if (files.length === 0) return { ...NO_CHANGES, at: report.at };
    const log = this.options.logger;
    for (const failed of changes.failed)
      log?.warn(
        { file: failed.file, reason: failed.reason, keptPreviousVersion: failed.kept },
        "a changed knowledge file could not be used",
      );
    if (changes.added.length + changes.changed.length + changes.removed.length > 0)
      log?.info(
        { added: changes.added, changed: changes.changed, removed: changes.removed },
        "knowledge changed; rebuilding",
      );
    const touched = new Set(files.map(scopeOfFile));
    // Built scopes the change concerns, and servers that just got their first article of their own.
    const newlyOwned = [...touched].filter((s): s is string => !!s && s !== SHARED && this.folder.hasOwnArticles(s));
    for (const scope of new Set([...this.scopes.keys(), ...newlyOwned])) {
      if (!touched.has(SHARED) && !touched.has(scope)) continue;
      await yieldToOthers();
      // A server whose last own article went away now sees what everyone sees.
      if (scope !== SHARED && !this.folder.hasOwnArticles(scope)) this.scopes.delete(scope);
      else this.scopes.set(scope, this.buildScope(scope));
    }
    this.history.push(report);
    if (this.history.length > HISTORY) this.history.shift();
    return report;
  }

  private scopeEngines(scope: string): ScopeEngines {
    let engines = this.scopes.get(scope);
    if (!engines) {
      engines = this.buildScope(scope);
      this.scopes.set(scope, engines);
    }
    return engines;
  }

  private buildScope(scope: string): ScopeEngines {
    return { engine: this.build(this.folder.articles(scope), this.folder.problems(scope)), byArticle: new Map() };
  }

  private build(articles: Article[], problems: ReturnType<KnowledgeFolder["problems"]>): Engine {
    const copies = articles.map((a) => {
      const copy = copyArticle(a);
      this.originals.set(copy, a);
      return copy;
    });
    return createEngine(
      { dir: this.dir, articles: copies, problems },
      {
        ...this.options.engine,
        factsOf: (copy) => {
          const original = this.originals.get(copy) ?? copy;
          let facts = this.facts.get(original);
          if (!facts) {
            facts = loadOrExtractFacts(this.dir, original, this.options.engine?.useFactsFiles ?? true);
            this.facts.set(original, facts);
          }
          return facts;
        },
      },
    );
  }
}

/** A copy whose sentences an index may number without touching another engine's. */
function copyArticle(article: Article): Article {
  const header = article.sentences.filter((s) => s.part !== "body").map((s) => ({ ...s }));
  const paragraphs = article.paragraphs.map((p) => p.map((s) => ({ ...s })));
  return { ...article, paragraphs, sentences: [...header, ...paragraphs.flat()] };
}
