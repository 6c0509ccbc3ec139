// Readiness: the engine must be built, and with the gateway, every shard connected.
import { EventEmitter } from "node:events";
import type { Client } from "discord.js";
import { expect, test } from "vitest";
import { Health } from "../../src/http/health.ts";

test("HTTP only: ready once the engine is built and warm", () => {
  const health = new Health();
  expect(health.report()).toEqual({ ready: false, engine: false });
  let warm = false;
  health.engineReady(() => warm);
  expect(health.report()).toEqual({ ready: false, engine: false });
  warm = true;
  expect(health.report()).toEqual({ ready: true, engine: true });
});

test("with the gateway: not ready until connected, unready while a shard reconnects, ready after it resumes", () => {
  const health = new Health();
  const client = new EventEmitter();
  health.watchGateway(client as unknown as Client);
  health.engineReady();
  expect(health.report()).toEqual({ ready: false, engine: true, gateway: "connecting" });
  client.emit("clientReady");
  client.emit("shardReady", 0);
  client.emit("shardReady", 1);
  expect(health.report()).toMatchObject({ ready: true, gateway: "connected" });
  client.emit("shardReconnecting", 1);
  expect(health.report()).toMatchObject({ ready: false, gateway: "connecting" });
  client.emit("shardResume", 1, 3);
  expect(health.report()).toMatchObject({ ready: true });
});
