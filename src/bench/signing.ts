// Ed25519 request signing as Discord does it, for the bench and the tests: a key pair made on the spot,
// and signed POSTs to an interactions endpoint.
import { webcrypto } from "node:crypto";

export interface TestKeys {
  privateKey: webcrypto.CryptoKey;
  /** Hex, as DISCORD_PUBLIC_KEY takes it. */
  publicKeyHex: string;
}

export async function generateKeys(): Promise<TestKeys> {
  const pair = (await webcrypto.subtle.generateKey({ name: "Ed25519" }, true, [
    "sign",
    "verify",
  ])) as webcrypto.CryptoKeyPair;
  const raw = await webcrypto.subtle.exportKey("raw", pair.publicKey);
  return { privateKey: pair.privateKey, publicKeyHex: Buffer.from(raw).toString("hex") };
}

/** The hex signature of timestamp + body. */
export async function sign(key: webcrypto.CryptoKey, timestamp: string, body: string | Uint8Array): Promise<string> {
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
  const message = Buffer.concat([Buffer.from(timestamp, "utf8"), Buffer.from(bytes)]);
  return Buffer.from(await webcrypto.subtle.sign({ name: "Ed25519" }, key, message)).toString("hex");
}

/** POSTs `body` with exactly the headers given (signature headers included or not). */
export async function post(
  url: string,
  headers: Record<string, string>,
  body: string | Uint8Array,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: body as unknown as BodyInit,
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) };
  } catch {
    return { status: response.status, body: text };
  }
}

export async function signedPost(
  url: string,
  key: webcrypto.CryptoKey,
  body: string,
): Promise<{ status: number; body: unknown }> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  return post(
    url,
    { "x-signature-ed25519": await sign(key, timestamp, body), "x-signature-timestamp": timestamp },
    body,
  );
}
