// POST /interactions: Discord's Interactions Endpoint URL. The signature is checked before anything
// else is looked at; a request that fails it gets 401 and is otherwise ignored (Discord probes the
// endpoint with bad signatures and removes it if any gets through). PING gets PONG; slash commands
// and autocomplete go through the same handler as on the gateway, their first response being the
// HTTP response.
import type { ServerResponse } from "node:http";
import { performance } from "node:perf_hooks";
import type { APIInteraction } from "discord.js";
import type { Logger } from "../log.ts";
import type { Metrics } from "../metrics.ts";
import { InteractionBridge } from "./interaction-bridge.ts";
import type { SignatureVerifier } from "./verify-signature.ts";

export interface EndpointRequest {
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export type Endpoint = (request: EndpointRequest, res: ServerResponse) => Promise<void>;

function header(request: EndpointRequest, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === "string" ? value : undefined; // a repeated header is not a valid signature
}

/** Writes a JSON response and resolves once it has been handed to the socket. */
export function sendJson(res: ServerResponse, status: number, body: unknown): Promise<void> {
  const text = JSON.stringify(body);
  return new Promise((resolve) => {
    if (res.headersSent || res.destroyed) return resolve();
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
    res.end(text, () => resolve());
    res.once("close", () => resolve());
  });
}

export function createInteractionsEndpoint(options: {
  verifier: SignatureVerifier;
  bridge: InteractionBridge;
  metrics: Metrics;
  logger: Logger;
}): Endpoint {
  const { verifier, bridge, metrics, logger } = options;
  return async (request, res) => {
    const started = performance.now();
    const done = (result: string) => {
      metrics.httpInteractions.inc({ result });
      metrics.httpInteractionSeconds.observe((performance.now() - started) / 1000);
    };
    const valid = await verifier.verify(
      header(request, "x-signature-ed25519"),
      header(request, "x-signature-timestamp"),
      request.body,
    );
    if (!valid) {
      done("unauthorized");
      await sendJson(res, 401, { error: "invalid request signature" });
      return;
    }

    let payload: APIInteraction;
    try {
      payload = JSON.parse(request.body.toString("utf8")) as APIInteraction;
    } catch {
      done("bad_request");
      await sendJson(res, 400, { error: "the body is not JSON" });
      return;
    }
    if (typeof payload !== "object" || payload === null || typeof payload.type !== "number") {
      done("bad_request");
      await sendJson(res, 400, { error: "not an interaction" });
      return;
    }
    if (payload.type === 1) {
      done("pong");
      await sendJson(res, 200, { type: 1 });
      return;
    }
    if (!InteractionBridge.supports(payload)) {
      done("unsupported");
      logger.warn({ type: payload.type }, "interaction type this bot does not handle; answered 400");
      await sendJson(res, 400, { error: "this bot answers slash commands and autocomplete only" });
      return;
    }

    let firstType: number | undefined;
    let answered: boolean;
    try {
      answered = await bridge.run(payload, (callback) => {
        firstType = callback.type;
        return sendJson(res, 200, callback);
      });
    } catch (err) {
      // The payload was signed but discord.js could not read it (a field missing).
      done("bad_request");
      logger.warn({ err: { message: (err as Error).message } }, "signed interaction could not be read; answered 400");
      await sendJson(res, 400, { error: "malformed interaction" });
      return;
    }
    if (!answered) {
      done("failed");
      logger.error({ id: payload.id }, "interaction got no response within 3 s; answered 500");
      await sendJson(res, 500, { error: "no response" });
      return;
    }
    done(firstType === 5 ? "deferred" : "answered");
  };
}
