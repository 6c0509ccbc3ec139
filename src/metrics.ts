// The bot's Prometheus metrics (prom-client), served at GET /metrics. One registry per running bot,
// so tests can start several side by side without their counts mixing.
import { type Client, Events, RESTEvents } from "discord.js";
import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";
import type { Engine } from "./answer/engine.ts";
import type { QuestionCooldown } from "./discord/cooldown.ts";

export interface Metrics {
  registry: Registry;
  /** Questions the engine answered, by outcome: answer, passage (related passages only), declined. */
  questions: Counter<"outcome">;
  /** Time the engine took per question. */
  questionSeconds: Histogram;
  /** Interactions received over HTTP, by how they ended (answered, deferred, rejected, failed, ...). */
  httpInteractions: Counter<"result">;
  /** Time from an HTTP interaction's arrival to its HTTP response. */
  httpInteractionSeconds: Histogram;
  gatewayReconnects: Counter;
  /** 429s from Discord ("response") and waits discord.js chose before hitting the limit ("wait"). */
  rateLimits: Counter<"kind">;
  cooldownRefusals: Counter;
}

export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    questions: new Counter({
      name: "bot_questions_total",
      help: "Questions answered by the engine, by outcome (answer, passage, declined).",
      labelNames: ["outcome"],
      registers,
    }),
    questionSeconds: new Histogram({
      name: "bot_question_duration_seconds",
      help: "Time the engine took to answer a question.",
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    }),
    httpInteractions: new Counter({
      name: "bot_http_interactions_total",
      help: "Requests to POST /interactions, by result (answered, deferred, pong, unauthorized, bad_request, failed).",
      labelNames: ["result"],
      registers,
    }),
    httpInteractionSeconds: new Histogram({
      name: "bot_http_interaction_duration_seconds",
      help: "Time from a signed interaction's arrival to its HTTP response.",
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    }),
    gatewayReconnects: new Counter({
      name: "bot_gateway_reconnects_total",
      help: "Times a gateway shard lost its connection and reconnected.",
      registers,
    }),
    rateLimits: new Counter({
      name: "bot_rate_limits_total",
      help: "Rate limits met: 429 responses from Discord (response) and waits before the limit (wait).",
      labelNames: ["kind"],
      registers,
    }),
    cooldownRefusals: new Counter({
      name: "bot_cooldown_refusals_total",
      help: "Questions refused by the per-user cooldown.",
      registers,
    }),
  };
}

/** The same engine, counting every question's outcome and time on the way through. */
export function measuredEngine(engine: Engine, metrics: Metrics): Engine {
  return {
    ...engine,
    articles: engine.articles,
    problems: engine.problems,
    ask(question, context) {
      const answer = engine.ask(question, context);
      metrics.questions.inc({ outcome: answer.outcome });
      metrics.questionSeconds.observe(answer.ms / 1000);
      return answer;
    },
  };
}

/** The same cooldown, counting refusals. */
export function countedCooldown(cooldown: QuestionCooldown, metrics: Metrics): QuestionCooldown {
  return {
    get enabled() {
      return cooldown.enabled;
    },
    async take(userId) {
      const verdict = await cooldown.take(userId);
      if (verdict !== "ok") metrics.cooldownRefusals.inc();
      return verdict;
    },
    retryAfterSeconds: (userId) => cooldown.retryAfterSeconds(userId),
  };
}

/** Counts a client's gateway reconnects and the rate limits its REST calls meet. */
export function watchClientMetrics(client: Client, metrics: Metrics): void {
  client.on(Events.ShardReconnecting, () => metrics.gatewayReconnects.inc());
  client.rest.on(RESTEvents.Response, (_request, response) => {
    if (response.status === 429) metrics.rateLimits.inc({ kind: "response" });
  });
  client.rest.on(RESTEvents.RateLimited, () => metrics.rateLimits.inc({ kind: "wait" }));
}
