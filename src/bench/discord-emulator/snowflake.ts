// Discord ids: 64-bit snowflakes whose top 42 bits are milliseconds since the Discord epoch (2015).
// discord.js reads an interaction's creation time from its id, so ids must carry the real time.
export const DISCORD_EPOCH = 1420070400000n;

let increment = 0n;

export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}
