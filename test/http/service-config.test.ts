// The service settings: defaults, every problem listed at once, and .env.example documenting each key.
import { readFileSync } from "node:fs";
import { parse } from "dotenv";
import { describe, expect, test } from "vitest";
import { parseServiceConfig, SERVICE_ENV_KEYS } from "../../src/http/service-config.ts";

const KEY = "a".repeat(64);

describe("parseServiceConfig", () => {
  test("defaults: gateway on, port 8080 on loopback, no endpoint, no Redis", () => {
    expect(parseServiceConfig({})).toEqual({ port: 8080, host: "127.0.0.1", gateway: true });
  });

  test("reads the endpoint, HTTP-only mode and Redis", () => {
    expect(
      parseServiceConfig({
        DISCORD_PUBLIC_KEY: ` ${KEY} `,
        PORT: "9000",
        HOST: "0.0.0.0",
        DISCORD_GATEWAY: "false",
        REDIS_URL: "redis://127.0.0.1:6379",
      }),
    ).toEqual({ publicKey: KEY, port: 9000, host: "0.0.0.0", gateway: false, redisUrl: "redis://127.0.0.1:6379" });
  });

  test("lists every problem in one message", () => {
    expect(() =>
      parseServiceConfig({
        DISCORD_PUBLIC_KEY: "not-a-key",
        PORT: "99999",
        DISCORD_GATEWAY: "maybe",
        REDIS_URL: "localhost",
      }),
    ).toThrow(
      /Public Key[\s\S]*PORT must be between[\s\S]*DISCORD_GATEWAY must be true or false[\s\S]*REDIS_URL must start/,
    );
  });

  test("HTTP only without a public key would receive nothing: refused with the reason", () => {
    expect(() => parseServiceConfig({ DISCORD_GATEWAY: "false" })).toThrow(
      /DISCORD_GATEWAY=false needs DISCORD_PUBLIC_KEY/,
    );
  });
});

test(".env.example documents every service key, and its values parse", () => {
  const example = readFileSync(".env.example", "utf8");
  const lines = example.split("\n");
  for (const key of SERVICE_ENV_KEYS) {
    const line = lines.findIndex((l) => l.startsWith(`${key}=`));
    expect(line, key).toBeGreaterThan(0);
    let above = line - 1;
    while (above > 0 && /^[A-Z_]+=/.test(lines[above]!)) above -= 1;
    expect(lines[above], key).toMatch(/^#/);
  }
  expect(() => parseServiceConfig(parse(example))).not.toThrow();
});
