// The per-user cooldown shared by every process through Redis (REDIS_URL), so N replicas behind a
// load balancer still allow each user `limit` questions per window, not N times that. The counting is
// rate-limiter-flexible's (one atomic Redis script per question, a fixed window per user). When Redis
// cannot be reached the bot keeps answering with the in-memory cooldown and says so in the log once,
// and once more when Redis is back.
import { Redis } from "ioredis";
import { RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import type { Logger } from "../log.ts";
import { Cooldown, type CooldownVerdict, type QuestionCooldown } from "./cooldown.ts";

export interface RedisCooldownOptions {
  url: string;
  limit: number;
  windowMs: number;
  logger: Logger;
  /** Keys are `<prefix>:<user id>`; bots sharing one Redis need different prefixes. */
  keyPrefix?: string;
}

export class RedisCooldown implements QuestionCooldown {
  readonly redis: Redis;
  private readonly limiter: RateLimiterRedis;
  private readonly fallback: Cooldown;
  private readonly logger: Logger;
  private usingFallback = false;

  constructor(options: RedisCooldownOptions) {
    this.logger = options.logger;
    this.fallback = new Cooldown(options.limit, options.windowMs);
    this.redis = new Redis(options.url, {
      // Fail at once while disconnected instead of queueing: a question must not wait for Redis.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
      lazyConnect: false,
      retryStrategy: (times) => Math.min(times * 200, 2000),
    });
    // ioredis emits an error per failed reconnect; the fallback notice below is the one log line.
    this.redis.on("error", () => undefined);
    this.redis.on("ready", () => {
      if (!this.usingFallback) return;
      this.usingFallback = false;
      this.logger.info("Redis is reachable again; the cooldown is shared again");
    });
    this.limiter = new RateLimiterRedis({
      storeClient: this.redis,
      points: options.limit,
      duration: Math.max(1, Math.ceil(options.windowMs / 1000)),
      keyPrefix: options.keyPrefix ?? "article-qa-bot:cooldown",
      rejectIfRedisNotReady: true,
    });
  }

  get enabled(): boolean {
    return this.fallback.enabled;
  }

  async take(userId: string): Promise<CooldownVerdict> {
    if (!this.enabled) return "ok";
    try {
      await this.limiter.consume(userId);
      return "ok";
    } catch (err) {
      if (err instanceof RateLimiterRes) {
        // The first question over the limit in a window gets the notice; the rest are ignored.
        return err.consumedPoints === this.limiter.points + 1 ? "notify" : "silent";
      }
      this.fellBack(err);
      return this.fallback.take(userId);
    }
  }

  async retryAfterSeconds(userId: string): Promise<number> {
    if (!this.enabled) return 0;
    try {
      const state = await this.limiter.get(userId);
      return state ? Math.max(0, Math.ceil(state.msBeforeNext / 1000)) : 0;
    } catch (err) {
      this.fellBack(err);
      return this.fallback.retryAfterSeconds(userId);
    }
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }

  private fellBack(err: unknown): void {
    if (this.usingFallback) return;
    this.usingFallback = true;
    this.logger.warn(
      { err: { message: err instanceof Error ? err.message : String(err) } },
      "Redis is unreachable; the cooldown is per process until it is back",
    );
  }
}
