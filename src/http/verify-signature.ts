// Discord signs every request to the Interactions Endpoint URL with the application's Ed25519 key:
// `X-Signature-Ed25519` (hex) over the bytes of `X-Signature-Timestamp` followed by the raw body. Node's
// own WebCrypto verifies it (Ed25519 is built into Node 20), so no extra package is needed.
import { webcrypto } from "node:crypto";

const HEX_KEY = /^[0-9a-f]{64}$/i;
const HEX_SIGNATURE = /^[0-9a-f]{128}$/i;

export class PublicKeyError extends Error {
  constructor() {
    super(
      "DISCORD_PUBLIC_KEY must be the application's Public Key: 64 hexadecimal characters from Developer Portal → General Information.",
    );
    this.name = "PublicKeyError";
  }
}

/** Checks request signatures against one public key. */
export interface SignatureVerifier {
  /** True only for a well-formed signature that matches; never throws. */
  verify(signature: string | undefined, timestamp: string | undefined, body: Uint8Array): Promise<boolean>;
}

/** Imports the hex public key once; throws PublicKeyError when it is not one. */
export async function createSignatureVerifier(publicKeyHex: string): Promise<SignatureVerifier> {
  const hex = publicKeyHex.trim();
  if (!HEX_KEY.test(hex)) throw new PublicKeyError();
  let key: webcrypto.CryptoKey;
  try {
    key = await webcrypto.subtle.importKey("raw", Buffer.from(hex, "hex"), { name: "Ed25519" }, false, ["verify"]);
  } catch {
    throw new PublicKeyError();
  }
  const encoder = new TextEncoder();
  return {
    async verify(signature, timestamp, body) {
      // Malformed headers are refused before any cryptography.
      if (!signature || !timestamp || !HEX_SIGNATURE.test(signature)) return false;
      const stamp = encoder.encode(timestamp);
      const signed = new Uint8Array(stamp.length + body.length);
      signed.set(stamp, 0);
      signed.set(body, stamp.length);
      try {
        return await webcrypto.subtle.verify({ name: "Ed25519" }, key, Buffer.from(signature, "hex"), signed);
      } catch {
        return false;
      }
    },
  };
}
