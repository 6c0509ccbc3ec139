// (being written) The terminal chat, used when no Discord token is configured.
import type { Engine } from "../answer/engine.ts";
export async function runChat(_engine: Engine): Promise<void> {}
