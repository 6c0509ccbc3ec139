// The bot's HTTP server: POST /interactions (when a public key is configured), GET /healthz for a
// load balancer or supervisor, GET /metrics for Prometheus. Nothing else is served.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../log.ts";
import type { Metrics } from "../metrics.ts";
import type { HealthReport } from "./health.ts";
import { type Endpoint, sendJson } from "./interactions-endpoint.ts";

/** Interactions are a few kilobytes; anything far larger is not from Discord. */
const MAX_BODY_BYTES = 1024 * 1024;

export interface HttpServerOptions {
  port: number;
  host: string;
  logger: Logger;
  metrics: Metrics;
  health: () => HealthReport;
  /** POST /interactions; unset = 404 there. */
  interactions?: Endpoint;
}

export interface RunningHttpServer {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLarge());
        req.resume(); // drain without keeping it
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const { logger, metrics } = options;
  const route = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/interactions" && options.interactions) {
      if (req.method !== "POST") return sendJson(res, 405, { error: "use POST" });
      let body: Buffer;
      try {
        body = await readBody(req);
      } catch (err) {
        if (err instanceof BodyTooLarge) return sendJson(res, 413, { error: "body too large" });
        return; // the client went away
      }
      return options.interactions({ headers: req.headers, body }, res);
    }
    if (path === "/healthz") {
      if (req.method !== "GET" && req.method !== "HEAD") return sendJson(res, 405, { error: "use GET" });
      const report = options.health();
      return sendJson(res, report.ready ? 200 : 503, report);
    }
    if (path === "/metrics") {
      if (req.method !== "GET") return sendJson(res, 405, { error: "use GET" });
      const text = await metrics.registry.metrics();
      res.writeHead(200, { "content-type": metrics.registry.contentType });
      res.end(text);
      return;
    }
    return sendJson(res, 404, { error: "not found" });
  };

  const server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      logger.error({ err: { message: (err as Error).message } }, "HTTP request failed");
      void sendJson(res, 500, { error: "internal error" });
    });
  });
  // Behind a load balancer connections are reused; keep them a little longer than common LB idle times.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    server,
    port,
    url: `http://${host}:${port}`,
    // Stops accepting, lets answers in progress finish (2 s at most), then drops what is left.
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 2000).unref();
      }),
  };
}
