// A Discord API (REST) and gateway (WebSocket) on 127.0.0.1, close enough to the real protocol that
// an unmodified discord.js client connects to it through `rest: { api }`. It records every REST
// request, dispatches events the way Discord does (sequence numbers, replay on RESUME) and can be
// told to misbehave: 429s, "Unknown interaction", gateway closes, RECONNECT, invalid sessions.
import { randomBytes, webcrypto } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { constants as zlibConstants, createDeflate, type Deflate } from "node:zlib";
import { WebSocket, WebSocketServer, type RawData } from "ws";
import * as fixtures from "./fixtures.ts";
import type { EmulatedChannel, EmulatedGuild, EmulatedUser, InteractionOption } from "./fixtures.ts";

/** An attachment as it appears in an interaction's `data.resolved.attachments`. */
export interface EmulatedAttachment {
  id: string;
  filename: string;
  size: number;
  url: string;
  proxy_url: string;
  content_type: string;
}
import { snowflake } from "./snowflake.ts";
import { validateChoices, validateCommands, validateMessage } from "./validate.ts";

type Json = Record<string, unknown>;

export const Op = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  VoiceStateUpdate: 4,
  Resume: 6,
  Reconnect: 7,
  RequestGuildMembers: 8,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
  RequestSoundboardSounds: 31,
} as const;

/** Intents Discord treats as privileged: GuildMembers, GuildPresences, MessageContent. */
export const PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15);
const ALL_INTENTS = (1 << 26) - 1;
const Intent = { GuildMessages: 1 << 9, DirectMessages: 1 << 12, MessageContent: 1 << 15 };

export interface EmulatorOptions {
  /** The bot token the emulator accepts (a fake one is made up by default). */
  token?: string;
  applicationId?: string;
  botUsername?: string;
  /** Guilds the bot is in; by default one guild with one text channel. */
  guilds?: { id?: string; name?: string; channels?: { id?: string; name?: string }[] }[];
  /** HELLO's heartbeat_interval; small so heartbeats happen during a test. */
  heartbeatIntervalMs?: number;
  /** How long an interaction may wait for its first response (Discord: 3 s). */
  interactionTimeoutMs?: number;
  /** Privileged intents "enabled in the Developer Portal"; identifying with others closes with 4014. */
  enabledPrivilegedIntents?: number;
  /** Called with a line for each REST request and gateway event, for debugging. */
  log?: (line: string) => void;
  /**
   * Shards recommended by GET /gateway/bot (default 1). Events then go to the shard Discord would
   * use: a guild's events to shard (guild_id >> 22) % shards, DMs to shard 0.
   */
  shards?: number;
}

export interface RecordedRequest {
  method: string;
  /** The raw path as requested, e.g. `/api/v10/webhooks/1/abc/messages/%40original`. */
  rawPath: string;
  /** The path after the API version, decoded, e.g. `/webhooks/1/abc/messages/@original`. */
  route: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  body: unknown;
  status: number;
  /** What the emulator answered (a created message, with its id), when it answered with a body. */
  response?: unknown;
  at: number;
  /** Set when the response was injected by a fault hook. */
  injected?: boolean;
}

export interface RequestMatch {
  method?: string;
  /** Matched against `route` (decoded path after the version). */
  route: RegExp | string;
}

interface InjectedResponse {
  match: RequestMatch;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  times: number;
}

export interface InteractionResponse {
  type: number;
  data?: Json;
  at: number;
}

/** The bot's visible answer to an interaction: from a type 4 response or the edit after a deferral. */
export interface InteractionReply {
  via: "callback" | "edit";
  data: Json;
  deferred: boolean;
  ephemeral: boolean;
  at: number;
}

interface InteractionState {
  id: string;
  token: string;
  payload: Json;
  sentAt: number;
  responses: InteractionResponse[];
  original?: Json;
  deferred: boolean;
  ephemeral: boolean;
  followUps: Json[];
  onResponse: Array<(r: InteractionResponse) => void>;
  onReply: Array<(r: InteractionReply) => void>;
  reply?: InteractionReply;
}

export interface SentInteraction {
  id: string;
  token: string;
  payload: Json;
  /** The first interaction response (the callback), as the emulator accepted it. */
  response: Promise<InteractionResponse>;
  /** The visible reply: callback type 4/7 data, or the PATCH of @original after a deferral (type 5). */
  reply: Promise<InteractionReply>;
  /** With an interactions endpoint: the bot's HTTP response to the signed POST. */
  http?: Promise<EndpointResponse>;
}

/** The bot's answer to a signed POST to its Interactions Endpoint URL. */
export interface EndpointResponse {
  status: number;
  body: unknown;
  /** Why Discord would not accept it as the interaction's response (e.g. too late, a bad message). */
  refused?: unknown;
}

interface Session {
  id: string;
  seq: number;
  intents: number;
  /** Dispatches kept for replay on RESUME. */
  events: { s: number; t: string; d: unknown }[];
  socket?: Connection;
  resumable: boolean;
  /** [shard id, shard count] from IDENTIFY. */
  shard: [number, number];
}

interface Connection {
  ws: WebSocket;
  session?: Session;
  identified: boolean;
  heartbeats: number;
  deflate?: Deflate;
  path: string;
  /** Set by halfOpen(): nothing more goes out or comes in. */
  silent?: boolean;
}

export interface GatewayEvent {
  direction: "in" | "out";
  op: number;
  t?: string | null;
  s?: number | null;
  d?: unknown;
  at: number;
}

export interface StoredCommand extends Json {
  id: string;
  name: string;
}

const API_VERSIONED = /^(?:\/api)?\/v(\d+)(\/.*)?$/;

export class DiscordEmulator {
  readonly token: string;
  readonly applicationId: string;
  readonly bot: EmulatedUser;
  readonly guilds: EmulatedGuild[];
  readonly requests: RecordedRequest[] = [];
  readonly gatewayEvents: GatewayEvent[] = [];
  /** Registered commands: key "global" or a guild id. */
  readonly commands = new Map<string, StoredCommand[]>();
  readonly heartbeatIntervalMs: number;
  readonly interactionTimeoutMs: number;
  identifies = 0;
  resumes = 0;
  heartbeats = 0;

  private server!: Server;
  private wss!: WebSocketServer;
  private port = 0;
  private readonly sockets = new Set<Socket>();
  private readonly connections = new Set<Connection>();
  private readonly sessions = new Map<string, Session>();
  private readonly interactions = new Map<string, InteractionState>();
  private readonly interactionsByToken = new Map<string, InteractionState>();
  private readonly dmChannels = new Map<string, EmulatedChannel>();
  /** Files users attached, served at their `url` as Discord's CDN serves them. */
  private readonly attachments = new Map<string, { bytes: Buffer; contentType: string }>();
  /** Attachment downloads, in order. */
  readonly attachmentRequests: string[] = [];
  private readonly injected: InjectedResponse[] = [];
  private readonly requestWaiters = new Set<{
    match: (r: RecordedRequest) => boolean;
    resolve: (r: RecordedRequest) => void;
  }>();
  private readonly gatewayWaiters = new Set<{
    match: (e: GatewayEvent) => boolean;
    resolve: (e: GatewayEvent) => void;
  }>();
  private readonly enabledPrivilegedIntents: number;
  private readonly log: (line: string) => void;
  private endpoint: { url: string; key: webcrypto.CryptoKey } | undefined;
  readonly shards: number;
  private closed = false;

  private constructor(options: EmulatorOptions) {
    this.applicationId = options.applicationId ?? snowflake();
    this.token = options.token ?? fakeToken(this.applicationId);
    this.bot = fixtures.user({ id: this.applicationId, username: options.botUsername ?? "ArticleBot", bot: true });
    const owner = fixtures.user();
    this.guilds = (options.guilds ?? [{}]).map((g) => {
      const id = g.id ?? snowflake();
      const channels = (g.channels ?? [{}]).map((c) =>
        fixtures.guildTextChannel(id, { ...(c.id ? { id: c.id } : {}), name: c.name ?? "general" }),
      );
      return { id, name: g.name ?? "Test Server", owner_id: owner.id, channels };
    });
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? 500;
    this.interactionTimeoutMs = options.interactionTimeoutMs ?? 3000;
    this.enabledPrivilegedIntents = options.enabledPrivilegedIntents ?? 0;
    this.log = options.log ?? (() => undefined);
    this.shards = options.shards ?? 1;
  }

  /** The shard Discord sends a guild's events to (DMs: no guild, shard 0). */
  static shardOf(guildId: string | undefined, shardCount: number): number {
    if (!guildId) return 0;
    return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
  }

  static async start(options: EmulatorOptions = {}): Promise<DiscordEmulator> {
    const emulator = new DiscordEmulator(options);
    await emulator.listen();
    return emulator;
  }

  /** What to put in DISCORD_API_URL: the REST base without the version, like https://discord.com/api. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  /** The first guild and its first text channel, for tests that need "a server". */
  get guild(): EmulatedGuild {
    return this.guilds[0]!;
  }

  get channel(): EmulatedChannel {
    return this.guild.channels[0]!;
  }

  private listen(): Promise<void> {
    this.server = createServer((req, res) => void this.handleHttp(req, res));
    this.server.keepAliveTimeout = 30_000;
    this.server.on("connection", (socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
    });
    this.wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
    this.server.on("upgrade", (req, socket, head) => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      if (url.pathname !== "/gateway" && url.pathname !== "/resume" && url.pathname !== "/") {
        socket.end("HTTP/1.1 404 Not Found\r\n\r\n");
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onGatewayConnection(ws, url));
    });
    return new Promise((resolve) =>
      this.server.listen(0, "127.0.0.1", () => {
        this.port = (this.server.address() as AddressInfo).port;
        resolve();
      }),
    );
  }

  /** Stops everything at once: open sockets are terminated, not drained. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const c of this.connections) c.ws.terminate();
    this.connections.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---------------------------------------------------------------- waiting and inspecting

  /** Resolves with the first recorded request (past or future) that matches. */
  waitForRequest(match: RequestMatch | ((r: RecordedRequest) => boolean), timeoutMs = 5000): Promise<RecordedRequest> {
    const test = typeof match === "function" ? match : (r: RecordedRequest) => matches(match, r);
    const found = this.requests.find(test);
    if (found) return Promise.resolve(found);
    return withTimeout(
      new Promise<RecordedRequest>((resolve) => {
        const waiter = {
          match: test,
          resolve: (r: RecordedRequest) => {
            this.requestWaiters.delete(waiter);
            resolve(r);
          },
        };
        this.requestWaiters.add(waiter);
      }),
      timeoutMs,
      `no request matching ${typeof match === "function" ? "the predicate" : `${match.method ?? "*"} ${match.route}`}`,
    );
  }

  /** Recorded requests matching, in order. */
  requestsTo(match: RequestMatch): RecordedRequest[] {
    return this.requests.filter((r) => matches(match, r));
  }

  /** Resolves with the next gateway event (from now on) that matches. */
  waitForGateway(
    match: (e: GatewayEvent) => boolean,
    timeoutMs = 5000,
    options: { includePast?: boolean } = {},
  ): Promise<GatewayEvent> {
    if (options.includePast) {
      const found = this.gatewayEvents.find(match);
      if (found) return Promise.resolve(found);
    }
    return withTimeout(
      new Promise<GatewayEvent>((resolve) => {
        const waiter = {
          match,
          resolve: (e: GatewayEvent) => {
            this.gatewayWaiters.delete(waiter);
            resolve(e);
          },
        };
        this.gatewayWaiters.add(waiter);
      }),
      timeoutMs,
      "no matching gateway event",
    );
  }

  /** Resolves once a session is ready (READY and the GUILD_CREATEs sent) or resumed. */
  waitForReady(timeoutMs = 5000): Promise<GatewayEvent> {
    return this.waitForGateway((e) => e.direction === "out" && (e.t === "READY" || e.t === "RESUMED"), timeoutMs, {
      includePast: true,
    });
  }

  /** Whether a client is connected and identified or resumed. */
  get connected(): boolean {
    return [...this.connections].some((c) => c.identified && c.ws.readyState === WebSocket.OPEN);
  }

  // ---------------------------------------------------------------- fault injection

  /** The next `times` requests matching get this response instead of the normal one. */
  injectResponse(
    match: RequestMatch,
    response: { status: number; body?: unknown; headers?: Record<string, string> },
    times = 1,
  ): void {
    this.injected.push({ match, ...response, times });
  }

  /** The next matching request gets 429 with Retry-After (seconds), like Discord's rate limiter. */
  rateLimitNext(match: RequestMatch, options: { retryAfter?: number; global?: boolean; times?: number } = {}): void {
    const retryAfter = options.retryAfter ?? 1;
    const global = options.global ?? false;
    this.injectResponse(
      match,
      {
        status: 429,
        body: { message: "You are being rate limited.", retry_after: retryAfter, global },
        headers: {
          "retry-after": String(Math.ceil(retryAfter)),
          "x-ratelimit-limit": "5",
          "x-ratelimit-remaining": "0",
          "x-ratelimit-reset": ((Date.now() + retryAfter * 1000) / 1000).toFixed(3),
          "x-ratelimit-reset-after": retryAfter.toFixed(3),
          "x-ratelimit-bucket": "emulated-bucket",
          "x-ratelimit-scope": global ? "global" : "user",
          ...(global ? { "x-ratelimit-global": "true" } : {}),
        },
      },
      options.times ?? 1,
    );
  }

  /** The next callback for this interaction (or any, without an id) gets 404 "Unknown interaction" (10062). */
  unknownInteractionNext(interactionId?: string): void {
    this.injectResponse(
      { method: "POST", route: new RegExp(`^/interactions/${interactionId ?? "\\d+"}/[^/]+/callback$`) },
      { status: 404, body: { message: "Unknown interaction", code: 10062 } },
    );
  }

  /** Closes every gateway connection with `code`; 4000 (unknown error) and most 4xxx codes are resumable. */
  closeGateway(code = 4000, reason = "Unknown error"): void {
    for (const c of this.connections) {
      if (c.session) c.session.socket = undefined;
      this.record({ direction: "out", op: -1, t: `CLOSE ${code}`, d: reason });
      c.ws.close(code, reason);
    }
  }

  /**
   * A half-open connection: the network silently drops everything, both ways, on every current
   * gateway connection. Nothing is sent any more (no heartbeat ACKs, no events), and nothing the
   * client sends is read, not even its close frame, so no close handshake can finish. Sessions stay
   * resumable, their events kept for replay, as on Discord.
   */
  halfOpen(): void {
    for (const c of this.connections) {
      c.silent = true;
      if (c.session) c.session.socket = undefined;
      this.record({ direction: "out", op: -1, t: "HALF-OPEN", d: null });
      (c.ws as unknown as { _socket?: Socket })._socket?.pause();
    }
  }

  /** Sends op 7 RECONNECT: the client should reconnect and resume. */
  sendReconnect(): void {
    for (const c of this.connections) this.send(c, { op: Op.Reconnect, d: null, s: null, t: null });
  }

  /** Forgets every session, so the next RESUME gets op 9 (not resumable) and the client identifies again. */
  invalidateSessions(): void {
    for (const s of this.sessions.values()) s.resumable = false;
  }

  // ---------------------------------------------------------------- gateway

  private onGatewayConnection(ws: WebSocket, url: URL): void {
    const connection: Connection = { ws, identified: false, heartbeats: 0, path: url.pathname };
    this.connections.add(connection);
    ws.on("close", (code) => {
      this.connections.delete(connection);
      const session = connection.session;
      if (session && session.socket === connection) {
        session.socket = undefined;
        // A client closing with 1000/1001 ends its session; any other code keeps it resumable.
        if (code === 1000 || code === 1001) session.resumable = false;
      }
      this.record({ direction: "in", op: -1, t: `CLOSED ${code}` });
    });
    ws.on("error", () => undefined);
    const version = url.searchParams.get("v");
    const encoding = url.searchParams.get("encoding") ?? "json";
    if (version && version !== "10") {
      ws.close(4012, "Invalid API version");
      return;
    }
    if (encoding !== "json") {
      ws.close(4002, "Error while decoding payload.");
      return;
    }
    if (url.searchParams.get("compress") === "zlib-stream")
      connection.deflate = createDeflate({ flush: zlibConstants.Z_SYNC_FLUSH });
    // Clients send JSON text; binary frames (ETF) are not supported and fail to decode like bad JSON.
    ws.on("message", (data) => this.onGatewayMessage(connection, data));
    this.send(connection, {
      op: Op.Hello,
      d: { heartbeat_interval: this.heartbeatIntervalMs, _trace: ['["discord-emulator"]'] },
      s: null,
      t: null,
    });
  }

  private send(connection: Connection, payload: { op: number; d: unknown; s: number | null; t: string | null }): void {
    if (connection.ws.readyState !== WebSocket.OPEN || connection.silent) return;
    this.record({ direction: "out", op: payload.op, t: payload.t, s: payload.s, d: payload.d });
    const text = JSON.stringify(payload);
    if (connection.deflate) {
      const deflate = connection.deflate;
      deflate.write(text);
      deflate.flush(zlibConstants.Z_SYNC_FLUSH, () => {
        const chunks: Buffer[] = [];
        let chunk: Buffer | null;
        while ((chunk = deflate.read() as Buffer | null) !== null) chunks.push(chunk);
        if (connection.ws.readyState === WebSocket.OPEN) connection.ws.send(Buffer.concat(chunks), { binary: true });
      });
      return;
    }
    // Text frames: discord.js treats binary frames as compressed.
    connection.ws.send(text, { binary: false });
  }

  private record(event: Omit<GatewayEvent, "at">): void {
    const full = { ...event, at: Date.now() };
    this.gatewayEvents.push(full);
    if (event.t !== undefined && event.t !== null)
      this.log(`gateway ${event.direction} op=${event.op} t=${event.t} s=${event.s ?? ""}`);
    for (const w of [...this.gatewayWaiters]) if (w.match(full)) w.resolve(full);
  }

  private onGatewayMessage(connection: Connection, data: RawData): void {
    if (connection.silent) return;
    let payload: { op?: unknown; d?: unknown };
    try {
      const text = Buffer.isBuffer(data)
        ? data.toString("utf8")
        : Array.isArray(data)
          ? Buffer.concat(data).toString("utf8")
          : Buffer.from(data).toString("utf8");
      payload = JSON.parse(text) as typeof payload;
    } catch {
      connection.ws.close(4002, "Error while decoding payload.");
      return;
    }
    if (typeof payload !== "object" || payload === null || typeof payload.op !== "number") {
      connection.ws.close(4002, "Error while decoding payload.");
      return;
    }
    this.record({
      direction: "in",
      op: payload.op,
      d:
        payload.op === Op.Identify || payload.op === Op.Resume
          ? { ...(payload.d as Json), token: "[token]" }
          : payload.d,
    });
    switch (payload.op) {
      case Op.Heartbeat:
        connection.heartbeats += 1;
        this.heartbeats += 1;
        this.send(connection, { op: Op.HeartbeatAck, d: null, s: null, t: null });
        return;
      case Op.Identify:
        this.onIdentify(connection, payload.d as Json);
        return;
      case Op.Resume:
        this.onResume(connection, payload.d as Json);
        return;
      case Op.PresenceUpdate:
      case Op.VoiceStateUpdate:
      case Op.RequestGuildMembers:
      case Op.RequestSoundboardSounds:
        if (!connection.identified) connection.ws.close(4003, "Not authenticated.");
        return;
      default:
        connection.ws.close(4001, "Unknown opcode.");
    }
  }

  private onIdentify(connection: Connection, d: Json | undefined): void {
    if (connection.identified) {
      connection.ws.close(4005, "Already authenticated.");
      return;
    }
    if (!d || d.token !== this.token) {
      connection.ws.close(4004, "Authentication failed.");
      return;
    }
    const intents = d.intents;
    if (typeof intents !== "number" || intents < 0 || (intents & ~ALL_INTENTS) !== 0) {
      connection.ws.close(4013, "Invalid intent(s).");
      return;
    }
    if ((intents & PRIVILEGED_INTENTS & ~this.enabledPrivilegedIntents) !== 0) {
      connection.ws.close(4014, "Disallowed intent(s).");
      return;
    }
    const shard = d.shard as [number, number] | undefined;
    if (shard && (shard[1] < 1 || shard[0] >= shard[1])) {
      connection.ws.close(4010, "Invalid shard.");
      return;
    }
    this.identifies += 1;
    const session: Session = {
      id: randomBytes(16).toString("hex"),
      seq: 0,
      intents,
      events: [],
      socket: connection,
      resumable: true,
      shard: shard ?? [0, 1],
    };
    const onShard = (g: EmulatedGuild) => DiscordEmulator.shardOf(g.id, session.shard[1]) === session.shard[0];
    this.sessions.set(session.id, session);
    connection.session = session;
    connection.identified = true;
    this.dispatchTo(session, "READY", {
      v: 10,
      user_settings: {},
      user: { ...this.bot, verified: true, mfa_enabled: false, flags: 0, email: null },
      guilds: this.guilds.filter(onShard).map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      session_type: "normal",
      resume_gateway_url: `ws://127.0.0.1:${this.port}/resume`,
      shard: shard ?? [0, 1],
      application: { id: this.applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      auth: {},
      _trace: ['["discord-emulator"]'],
    });
    // A guild listed as unavailable in READY must be followed by GUILD_CREATE.
    for (const g of this.guilds.filter(onShard))
      this.dispatchTo(session, "GUILD_CREATE", fixtures.guildCreate(g, this.bot));
  }

  private onResume(connection: Connection, d: Json | undefined): void {
    const session = typeof d?.session_id === "string" ? this.sessions.get(d.session_id) : undefined;
    if (d?.token !== this.token) {
      connection.ws.close(4004, "Authentication failed.");
      return;
    }
    const seq = typeof d.seq === "number" ? d.seq : -1;
    if (!session?.resumable || seq > session.seq || (session.socket && session.socket !== connection)) {
      // Real Discord waits a moment before op 9; the client then identifies from scratch.
      setTimeout(() => this.send(connection, { op: Op.InvalidSession, d: false, s: null, t: null }), 50);
      return;
    }
    this.resumes += 1;
    session.socket = connection;
    connection.session = session;
    connection.identified = true;
    for (const event of session.events) {
      if (event.s > seq) this.send(connection, { op: Op.Dispatch, t: event.t, s: event.s, d: event.d });
    }
    this.dispatchTo(session, "RESUMED", { _trace: ['["discord-emulator"]'] });
  }

  private dispatchTo(session: Session, t: string, d: unknown): void {
    session.seq += 1;
    const event = { s: session.seq, t, d };
    session.events.push(event);
    if (session.events.length > 2000) session.events.splice(0, session.events.length - 2000);
    if (session.socket) this.send(session.socket, { op: Op.Dispatch, t, s: session.seq, d });
  }

  /**
   * Sends a dispatch to every live session (buffered for replay while its socket is down). `d` may be
   * a function of the session, returning undefined to skip it (e.g. for lack of an intent).
   */
  dispatch(t: string, d: unknown | ((session: Session) => unknown)): void {
    for (const session of this.sessions.values()) {
      if (!session.resumable) continue;
      const data = typeof d === "function" ? (d as (s: Session) => unknown)(session) : d;
      if (data === undefined) continue;
      const guildId = (data as { guild_id?: unknown }).guild_id;
      if (
        DiscordEmulator.shardOf(typeof guildId === "string" ? guildId : undefined, session.shard[1]) !==
        session.shard[0]
      )
        continue;
      this.dispatchTo(session, t, data);
    }
  }

  // ---------------------------------------------------------------- scenario helpers

  /** A new (non-bot) user. */
  user(overrides: Partial<EmulatedUser> = {}): EmulatedUser {
    return fixtures.user(overrides);
  }

  /** The DM channel between the bot and `user` (created on first use, as Discord does). */
  dmChannel(user: EmulatedUser): EmulatedChannel {
    let channel = this.dmChannels.get(user.id);
    if (!channel) {
      channel = { id: snowflake(), type: 1, recipients: [user] };
      this.dmChannels.set(user.id, channel);
    }
    return channel;
  }

  /** Sends INTERACTION_CREATE for a slash command (type 2) or its autocomplete (type 4). */
  interaction(input: {
    type?: 2 | 4;
    command: string;
    options?: InteractionOption[];
    user?: EmulatedUser;
    /** Default: the first guild's first channel. Use `dmChannel(user)` for a DM. */
    channel?: EmulatedChannel;
    installation?: 0 | 1;
    /** Pretend the interaction was created this long ago (gateway lag); its 3 s run from creation. */
    createdAgoMs?: number;
    /** The member's permissions in the channel (a bitfield string); default: all of them. */
    permissions?: string;
    /** `data.resolved`, e.g. `{ attachments: { id: … } }`. */
    resolved?: Record<string, unknown>;
  }): SentInteraction {
    const user = input.user ?? this.user();
    const channel = input.channel ?? this.channel;
    const token = `aW50ZXJhY3Rpb246${randomBytes(24).toString("base64url")}`;
    const createdAt = Date.now() - (input.createdAgoMs ?? 0);
    const id = snowflake(createdAt);
    const registered = this.findCommand(input.command, channel.guild_id);
    const payload = fixtures.interaction({
      id,
      token,
      applicationId: this.applicationId,
      type: input.type ?? 2,
      commandId: registered?.command.id ?? snowflake(),
      commandName: input.command,
      ...(registered?.guildId ? { commandGuildId: registered.guildId } : {}),
      ...(input.options ? { options: input.options } : {}),
      user,
      channel,
      installation: input.installation ?? 0,
      ...(input.permissions !== undefined ? { permissions: input.permissions } : {}),
      ...(input.resolved ? { resolved: input.resolved } : {}),
    });
    const state: InteractionState = {
      id,
      token,
      payload,
      sentAt: createdAt,
      responses: [],
      deferred: false,
      ephemeral: false,
      followUps: [],
      onResponse: [],
      onReply: [],
    };
    this.interactions.set(id, state);
    this.interactionsByToken.set(token, state);
    const response = new Promise<InteractionResponse>((resolve) => state.onResponse.push(resolve));
    const reply = new Promise<InteractionReply>((resolve) => state.onReply.push(resolve));
    // Keep unobserved promises from counting as pending work anywhere.
    response.catch(() => undefined);
    reply.catch(() => undefined);
    if (this.endpoint) {
      const http = this.postToEndpoint(this.endpoint, id, token, payload);
      http.catch(() => undefined);
      return { id, token, payload, response, reply, http };
    }
    this.dispatch("INTERACTION_CREATE", payload);
    return { id, token, payload, response, reply };
  }

  /**
   * From now on, interactions are POSTed to `url` (the app's Interactions Endpoint URL) instead of
   * arriving over the gateway, signed with `key` (Ed25519): `X-Signature-Ed25519` over
   * `X-Signature-Timestamp` + body. The HTTP response is taken as the interaction's first response.
   */
  useInteractionsEndpoint(url: string, key: webcrypto.CryptoKey): void {
    this.endpoint = { url, key };
  }

  /** Signs and POSTs `body` to the endpoint as Discord does; returns the raw response. */
  async postSigned(endpoint: { url: string; key: webcrypto.CryptoKey }, body: string): Promise<Response> {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = await webcrypto.subtle.sign(
      { name: "Ed25519" },
      endpoint.key,
      new TextEncoder().encode(timestamp + body),
    );
    return fetch(endpoint.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "Discord-Interactions/1.0 (+https://discord.com)",
        "x-signature-ed25519": Buffer.from(signature).toString("hex"),
        "x-signature-timestamp": timestamp,
      },
      body,
    });
  }

  private async postToEndpoint(
    endpoint: { url: string; key: webcrypto.CryptoKey },
    id: string,
    token: string,
    payload: Json,
  ): Promise<EndpointResponse> {
    const response = await this.postSigned(endpoint, JSON.stringify(payload));
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: Discord treats it as a failed interaction
    }
    if (response.status !== 200 || typeof body !== "object" || body === null)
      return { status: response.status, body, refused: "not a 200 JSON response" };
    const result = this.interactionCallback(id, token, body as Json, false);
    if (result.status >= 300) return { status: response.status, body, refused: result.body };
    result.after?.();
    return { status: response.status, body };
  }

  /** `/name option:value …` as a user would send it. String, integer and boolean values supported. */
  slashCommand(
    command: string,
    values: Record<string, string | number | boolean> = {},
    options: {
      user?: EmulatedUser;
      channel?: EmulatedChannel;
      installation?: 0 | 1;
      createdAgoMs?: number;
      /** The member's permissions (a bitfield string); default: all. */
      permissions?: string;
    } = {},
  ): SentInteraction {
    return this.interaction({ ...options, type: 2, command, options: toOptions(values) });
  }

  /**
   * `/command subcommand option:value …`. An attachment option takes the object `attachment()`
   * returned; it is sent as Discord sends one: its id in the option, the file in `data.resolved`.
   */
  subcommand(
    command: string,
    subcommand: string,
    values: Record<string, string | number | boolean | EmulatedAttachment> = {},
    options: {
      user?: EmulatedUser;
      channel?: EmulatedChannel;
      installation?: 0 | 1;
      createdAgoMs?: number;
      permissions?: string;
    } = {},
  ): SentInteraction {
    const attachments: Record<string, EmulatedAttachment> = {};
    const plain: Record<string, string | number | boolean> = {};
    const files: InteractionOption[] = [];
    for (const [name, value] of Object.entries(values)) {
      if (typeof value === "object") {
        attachments[value.id] = value;
        files.push({ name, type: 11, value: value.id });
      } else plain[name] = value;
    }
    return this.interaction({
      ...options,
      type: 2,
      command,
      options: [{ name: subcommand, type: 1, options: [...toOptions(plain), ...files] }],
      ...(files.length ? { resolved: { attachments } } : {}),
    });
  }

  /** A file a user attaches to a command; the emulator serves it at the returned `url`. */
  attachment(
    filename: string,
    content: string | Uint8Array,
    contentType = "text/plain; charset=utf-8",
  ): EmulatedAttachment {
    const id = snowflake();
    const bytes = Buffer.from(content);
    this.attachments.set(id, { bytes, contentType });
    const url = `http://127.0.0.1:${this.port}/attachments/${this.channel.id}/${id}/${encodeURIComponent(filename)}`;
    return { id, filename, size: bytes.length, url, proxy_url: url, content_type: contentType };
  }

  /** Autocomplete inside a subcommand: `/command subcommand focused:typed…`. */
  subcommandAutocomplete(
    command: string,
    subcommand: string,
    focused: string,
    typed: string,
    options: { user?: EmulatedUser; channel?: EmulatedChannel; permissions?: string } = {},
  ): SentInteraction {
    const opts = [{ name: subcommand, type: 1, options: [{ name: focused, type: 3, value: typed, focused: true }] }];
    return this.interaction({ ...options, type: 4, command, options: opts });
  }

  /** Autocomplete while the user types `typed` into option `focused`. */
  autocomplete(
    command: string,
    focused: string,
    typed: string,
    others: Record<string, string | number | boolean> = {},
    options: { user?: EmulatedUser; channel?: EmulatedChannel; permissions?: string } = {},
  ): SentInteraction {
    const opts = [...toOptions(others), { name: focused, type: 3, value: typed, focused: true }];
    return this.interaction({ ...options, type: 4, command, options: opts });
  }

  /**
   * A user posts a message (MESSAGE_CREATE). Without the MessageContent intent a guild message
   * reaches the bot with empty content unless it mentions the bot, exactly as on Discord.
   */
  message(input: {
    author?: EmulatedUser;
    channel?: EmulatedChannel;
    content: string;
    mentions?: EmulatedUser[];
    mentionEveryone?: boolean;
    /** The id of the message this one is a Discord reply to. */
    replyTo?: string;
  }): Json {
    const author = input.author ?? this.user();
    const channel = input.channel ?? this.channel;
    const msg = fixtures.message({
      channel,
      author,
      content: input.content,
      ...(input.mentions ? { mentions: input.mentions } : {}),
      mentionEveryone: input.mentionEveryone ?? false,
      ...(input.replyTo
        ? {
            messageReference: {
              type: 0,
              channel_id: channel.id,
              ...(channel.guild_id ? { guild_id: channel.guild_id } : {}),
              message_id: input.replyTo,
            },
          }
        : {}),
    });
    this.dispatchMessage(msg, channel);
    return msg;
  }

  /** A mention of the bot as it appears in message content. */
  get botMention(): string {
    return `<@${this.bot.id}>`;
  }

  private dispatchMessage(msg: Json, channel: EmulatedChannel): void {
    const isDm = channel.type === 1;
    const payload: Json = { ...msg, channel_type: channel.type };
    const authorId = (msg.author as Json).id;
    const mentionsBot = ((msg.mentions as Json[] | undefined) ?? []).some((u) => u.id === this.bot.id);
    this.dispatch("MESSAGE_CREATE", (session: Session) => {
      if ((session.intents & (isDm ? Intent.DirectMessages : Intent.GuildMessages)) === 0) return undefined;
      // Without MessageContent a bot still gets the content of DMs, of messages that mention it and of its own.
      if (isDm || mentionsBot || authorId === this.bot.id || session.intents & Intent.MessageContent) return payload;
      return { ...payload, content: "", embeds: [], attachments: [], components: [] };
    });
  }

  private findCommand(
    name: string,
    guildId: string | undefined,
  ): { command: StoredCommand; guildId?: string } | undefined {
    if (guildId) {
      const inGuild = this.commands.get(guildId)?.find((c) => c.name === name);
      if (inGuild) return { command: inGuild, guildId };
    }
    const global = this.commands.get("global")?.find((c) => c.name === name);
    return global ? { command: global } : undefined;
  }

  // ---------------------------------------------------------------- REST

  private async handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    let body: unknown;
    if (raw) {
      const type = req.headers["content-type"] ?? "";
      if (type.startsWith("application/json")) {
        try {
          body = JSON.parse(raw);
        } catch {
          return this.respond(req, res, url, raw, { status: 400, body: { message: "400: Bad Request", code: 50109 } });
        }
      } else if (type.startsWith("multipart/form-data")) {
        body = parseMultipartPayload(raw, type);
      } else {
        body = raw;
      }
    }
    const file = /^\/attachments\/\d+\/(\d+)\/[^/]+$/.exec(url.pathname);
    if (file) {
      this.attachmentRequests.push(url.pathname);
      const found = this.attachments.get(file[1]!);
      if (!found) return void res.writeHead(404).end();
      return void res.writeHead(200, { "content-type": found.contentType }).end(found.bytes);
    }
    const versioned = API_VERSIONED.exec(url.pathname);
    if (!versioned)
      return this.respond(req, res, url, body, { status: 404, body: { message: "404: Not Found", code: 0 } });
    const route = decodeURIComponent(versioned[2] ?? "/");
    const method = (req.method ?? "GET").toUpperCase();

    const injected = this.injected.find((i) => i.times > 0 && matches(i.match, { method, route }));
    if (injected) {
      injected.times -= 1;
      if (injected.times === 0) this.injected.splice(this.injected.indexOf(injected), 1);
      return this.respond(
        req,
        res,
        url,
        body,
        { status: injected.status, body: injected.body, headers: injected.headers },
        true,
      );
    }
    let result: HttpResult;
    try {
      result = this.route(method, route, url.searchParams, req.headers, body);
    } catch (err) {
      result = { status: 500, body: { message: `500: emulator error: ${(err as Error).message}`, code: 0 } };
    }
    this.respond(req, res, url, body, result);
  }

  private respond(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    body: unknown,
    result: HttpResult,
    injected = false,
  ): void {
    const versioned = API_VERSIONED.exec(url.pathname);
    const route = versioned ? decodeURIComponent(versioned[2] ?? "/") : url.pathname;
    const record: RecordedRequest = {
      method: (req.method ?? "GET").toUpperCase(),
      rawPath: url.pathname,
      route,
      query: url.searchParams,
      headers: req.headers,
      body,
      status: result.status,
      ...(result.body !== undefined ? { response: result.body } : {}),
      at: Date.now(),
      ...(injected ? { injected: true } : {}),
    };
    this.requests.push(record);
    this.log(
      `${record.method} ${url.pathname.replace(/\/(interactions\/\d+|webhooks\/\d+)\/[^/]+/, "/$1/[token]")} → ${result.status}`,
    );
    const headers: Record<string, string> = {
      via: "1.1 discord-emulator",
      "x-ratelimit-limit": "50",
      "x-ratelimit-remaining": "49",
      "x-ratelimit-reset": ((Date.now() + 1000) / 1000).toFixed(3),
      "x-ratelimit-reset-after": "1.000",
      "x-ratelimit-bucket": bucketOf(route),
      ...result.headers,
    };
    if (result.status === 204 || result.body === undefined) {
      res.writeHead(result.status, headers);
      res.end();
    } else {
      res.writeHead(result.status, { ...headers, "content-type": "application/json" });
      res.end(JSON.stringify(result.body));
    }
    for (const w of [...this.requestWaiters]) if (w.match(record)) w.resolve(record);
    result.after?.();
  }

  private route(
    method: string,
    route: string,
    query: URLSearchParams,
    headers: IncomingMessage["headers"],
    body: unknown,
  ): HttpResult {
    const authorized = headers.authorization === `Bot ${this.token}`;
    const needAuth = (): HttpResult | undefined =>
      authorized ? undefined : { status: 401, body: { message: "401: Unauthorized", code: 0 } };
    const notAllowed: HttpResult = { status: 405, body: { message: "405: Method Not Allowed", code: 0 } };
    let m: RegExpExecArray | null;

    if (route === "/gateway") return method === "GET" ? ok({ url: this.gatewayUrl }) : notAllowed;
    if (route === "/gateway/bot") {
      if (method !== "GET") return notAllowed;
      return (
        needAuth() ??
        ok({
          url: this.gatewayUrl,
          shards: this.shards,
          session_start_limit: {
            total: 1000,
            remaining: 1000 - this.identifies,
            reset_after: 14_400_000,
            max_concurrency: 1,
          },
        })
      );
    }
    if (route === "/users/@me")
      return (
        needAuth() ??
        (method === "GET"
          ? ok({ ...this.bot, verified: true, mfa_enabled: false, flags: 0, locale: "en-US" })
          : notAllowed)
      );
    if (route === "/applications/@me" || route === "/oauth2/applications/@me") {
      return (
        needAuth() ??
        (method === "GET"
          ? ok({
              id: this.applicationId,
              name: this.bot.username,
              icon: null,
              description: "",
              bot_public: true,
              bot_require_code_grant: false,
              flags: 0,
              bot: this.bot,
              verify_key: "0".repeat(64),
            })
          : notAllowed)
      );
    }
    if (route === "/users/@me/channels") {
      if (method !== "POST") return notAllowed;
      const denied = needAuth();
      if (denied) return denied;
      const recipient = (body as Json | undefined)?.recipient_id;
      if (typeof recipient !== "string") return invalidBody("recipient_id");
      return ok(fixtures.channelObject(this.dmChannel(fixtures.user({ id: recipient }))));
    }

    if (
      (m = /^\/applications\/(\d+)\/commands$/.exec(route)) ||
      (m = /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/.exec(route))
    ) {
      const denied = needAuth();
      if (denied) return denied;
      if (m[1] !== this.applicationId) return { status: 403, body: { message: "Missing Access", code: 50001 } };
      const guildId = m[2];
      if (guildId && !this.guilds.some((g) => g.id === guildId))
        return { status: 403, body: { message: "Missing Access", code: 50001 } };
      const key = guildId ?? "global";
      if (method === "GET") return ok(this.commands.get(key) ?? []);
      if (method === "PUT") {
        const problem = validateCommands(body);
        if (problem) return problem;
        const stored = this.overwriteCommands(key, body as Json[], guildId);
        return ok(stored);
      }
      return notAllowed;
    }

    if ((m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(route))) {
      if (method !== "POST") return notAllowed;
      return this.interactionCallback(m[1]!, m[2]!, body as Json | undefined, query.get("with_response") === "true");
    }

    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/.exec(route))) {
      return this.webhook(method, m[1]!, m[2]!, m[3], body as Json | undefined, query);
    }

    if ((m = /^\/channels\/(\d+)\/messages$/.exec(route))) {
      if (method !== "POST") return notAllowed;
      return needAuth() ?? this.createChannelMessage(m[1]!, body as Json | undefined);
    }
    if ((m = /^\/channels\/(\d+)\/typing$/.exec(route))) {
      if (method !== "POST") return notAllowed;
      return needAuth() ?? (this.findChannel(m[1]!) ? { status: 204 } : unknownChannel());
    }
    if ((m = /^\/channels\/(\d+)$/.exec(route))) {
      if (method !== "GET") return notAllowed;
      const denied = needAuth();
      if (denied) return denied;
      const channel = this.findChannel(m[1]!);
      return channel ? ok(fixtures.channelObject(channel)) : unknownChannel();
    }
    return { status: 404, body: { message: "404: Not Found", code: 0 } };
  }

  private overwriteCommands(key: string, body: Json[], guildId: string | undefined): StoredCommand[] {
    const before = new Map((this.commands.get(key) ?? []).map((c) => [c.name, c]));
    const stored = body.map((c): StoredCommand => {
      const old = before.get(c.name as string);
      const definition = {
        type: (c.type as number | undefined) ?? 1,
        name: c.name as string,
        name_localizations: c.name_localizations ?? null,
        description: (c.description as string | undefined) ?? "",
        description_localizations: c.description_localizations ?? null,
        options: ((c.options as Json[] | undefined) ?? []).map((o) => ({ required: false, ...o })),
        default_member_permissions: c.default_member_permissions ?? null,
        nsfw: c.nsfw ?? false,
        contexts: c.contexts ?? null,
        integration_types: c.integration_types ?? [0],
      };
      const unchanged = old && JSON.stringify(stripIds(old)) === JSON.stringify(definition);
      return {
        id: old?.id ?? snowflake(),
        application_id: this.applicationId,
        version: unchanged ? (old.version as string) : snowflake(),
        ...(guildId ? { guild_id: guildId } : {}),
        ...definition,
      } as StoredCommand;
    });
    this.commands.set(key, stored);
    return stored;
  }

  private interactionCallback(id: string, token: string, body: Json | undefined, withResponse: boolean): HttpResult {
    const state = this.interactions.get(id);
    if (!state || state.token !== token) return { status: 404, body: { message: "Unknown interaction", code: 10062 } };
    if (state.responses.length > 0)
      return { status: 400, body: { message: "Interaction has already been acknowledged.", code: 40060 } };
    if (Date.now() - state.sentAt > this.interactionTimeoutMs)
      return { status: 404, body: { message: "Unknown interaction", code: 10062 } };
    const type = body?.type;
    const data = body?.data as Json | undefined;
    const interactionType = state.payload.type as number;
    if (typeof type !== "number") return invalidBody("type");
    if (interactionType === 4 && type !== 8)
      return invalidBody("type", "Interaction response type must be 8 for autocomplete");
    if (interactionType !== 4 && type === 8)
      return invalidBody("type", "Autocomplete results only answer autocomplete interactions");
    if (type === 8) {
      const problem = validateChoices(data);
      if (problem) return problem;
    } else if (type === 4 || type === 7) {
      const problem = validateMessage(data, { create: true, interaction: true });
      if (problem) return problem;
    } else if (type !== 5 && type !== 6 && type !== 9) {
      return invalidBody("type", "Value is not a valid enum value.");
    }
    const response: InteractionResponse = { type, ...(data ? { data } : {}), at: Date.now() };
    state.responses.push(response);
    const flags = typeof data?.flags === "number" ? data.flags : 0;
    state.ephemeral = (flags & 64) !== 0;
    let message: Json | undefined;
    if (type === 4) {
      message = this.webhookMessage(state, data ?? {});
      state.original = message;
    } else if (type === 5) {
      state.deferred = true;
      message = this.webhookMessage(state, { content: "", flags: flags | 128 }); // 128: loading
      state.original = message;
    }
    const after = () => {
      for (const cb of state.onResponse.splice(0)) cb(response);
      if (type === 4 || type === 7)
        this.settleReply(state, {
          via: "callback",
          data: data ?? {},
          deferred: false,
          ephemeral: state.ephemeral,
          at: response.at,
        });
      if (type === 8)
        this.settleReply(state, {
          via: "callback",
          data: data ?? {},
          deferred: false,
          ephemeral: false,
          at: response.at,
        });
    };
    if (!withResponse) return { status: 204, after };
    return {
      status: 200,
      after,
      body: {
        interaction: {
          id,
          type: interactionType,
          response_message_id: message?.id ?? null,
          response_message_loading: type === 5,
          response_message_ephemeral: state.ephemeral,
        },
        resource: { type, ...(message ? { message } : {}) },
      },
    };
  }

  private settleReply(state: InteractionState, reply: InteractionReply): void {
    if (state.reply) return;
    state.reply = reply;
    for (const cb of state.onReply.splice(0)) cb(reply);
  }

  private webhookMessage(state: InteractionState, data: Json): Json {
    const channel = (state.payload.channel as Json | undefined) ?? {};
    const user = ((state.payload.member as Json | undefined)?.user ?? state.payload.user) as Json;
    return fixtures.message({
      channel: {
        id: channel.id as string,
        type: channel.type as number,
        ...(typeof channel.guild_id === "string" ? { guild_id: channel.guild_id } : {}),
      },
      author: this.bot,
      content: (data.content as string | undefined) ?? "",
      embeds: (data.embeds as Json[] | undefined) ?? [],
      webhookId: this.applicationId,
      applicationId: this.applicationId,
      type: 20,
      flags: typeof data.flags === "number" ? data.flags : 0,
      interactionMetadata: {
        id: state.id,
        type: state.payload.type,
        user,
        authorizing_integration_owners: state.payload.authorizing_integration_owners,
        name: (state.payload.data as Json).name,
        command_type: 1,
      },
    });
  }

  private webhook(
    method: string,
    appId: string,
    token: string,
    messageId: string | undefined,
    body: Json | undefined,
    query: URLSearchParams,
  ): HttpResult {
    const state = this.interactionsByToken.get(token);
    if (appId !== this.applicationId || !state)
      return { status: 404, body: { message: "Unknown Webhook", code: 10015 } };
    if (messageId === undefined) {
      if (method !== "POST") return { status: 405, body: { message: "405: Method Not Allowed", code: 0 } };
      if (state.responses.length === 0) return { status: 404, body: { message: "Unknown Webhook", code: 10015 } };
      const problem = validateMessage(body, { create: true, interaction: true });
      if (problem) return problem;
      // After a deferral, the first follow-up replaces the "thinking…" message.
      if (state.deferred && !state.reply) return this.editOriginal(state, body ?? {});
      const message = this.webhookMessage(state, body ?? {});
      state.followUps.push(message);
      return query.get("wait") === "false" ? { status: 204 } : ok(message);
    }
    const isOriginal = messageId === "@original" || messageId === state.original?.id;
    const target = isOriginal ? state.original : state.followUps.find((f) => f.id === messageId);
    if (!target) return { status: 404, body: { message: "Unknown Message", code: 10008 } };
    if (method === "GET") return ok(target);
    if (method === "DELETE") return { status: 204 };
    if (method === "PATCH") {
      const problem = validateMessage(body, { create: false, interaction: true });
      if (problem) return problem;
      if (isOriginal) return this.editOriginal(state, body ?? {});
      Object.assign(target, pickMessageEdit(body ?? {}));
      return ok(target);
    }
    return { status: 405, body: { message: "405: Method Not Allowed", code: 0 } };
  }

  private editOriginal(state: InteractionState, body: Json): HttpResult {
    const original = state.original!;
    Object.assign(original, pickMessageEdit(body), { flags: ((original.flags as number) ?? 0) & ~128 });
    return {
      ...ok(original),
      after: () =>
        this.settleReply(state, {
          via: "edit",
          data: body,
          deferred: state.deferred,
          ephemeral: state.ephemeral,
          at: Date.now(),
        }),
    };
  }

  private findChannel(id: string): EmulatedChannel | undefined {
    for (const g of this.guilds) {
      const c = g.channels.find((ch) => ch.id === id);
      if (c) return c;
    }
    return [...this.dmChannels.values()].find((c) => c.id === id);
  }

  private createChannelMessage(channelId: string, body: Json | undefined): HttpResult {
    const channel = this.findChannel(channelId);
    if (!channel) return unknownChannel();
    const problem = validateMessage(body, { create: true, interaction: false });
    if (problem) return problem;
    const reference = body?.message_reference as Json | undefined;
    const message = fixtures.message({
      channel,
      author: this.bot,
      content: (body?.content as string | undefined) ?? "",
      embeds: (body?.embeds as Json[] | undefined) ?? [],
      ...(reference
        ? {
            messageReference: {
              type: 0,
              channel_id: channelId,
              ...(channel.guild_id ? { guild_id: channel.guild_id } : {}),
              message_id: reference.message_id,
            },
          }
        : {}),
      ...(typeof body?.nonce === "string" ? { nonce: body.nonce } : {}),
    });
    // Discord echoes a bot's own messages back to it through the gateway.
    return { ...ok(message), after: () => this.dispatchMessage(message, channel) };
  }
}

interface HttpResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Runs after the response is sent (events Discord would emit as a consequence). */
  after?: () => void;
}

function ok(body: unknown): HttpResult {
  return { status: 200, body };
}

function invalidBody(field: string, message = "This field is required"): HttpResult {
  return {
    status: 400,
    body: {
      message: "Invalid Form Body",
      code: 50035,
      errors: { [field]: { _errors: [{ code: "BASE_TYPE_REQUIRED", message }] } },
    },
  };
}

function unknownChannel(): HttpResult {
  return { status: 404, body: { message: "Unknown Channel", code: 10003 } };
}

function pickMessageEdit(body: Json): Json {
  const out: Json = {};
  for (const key of ["content", "embeds", "components", "attachments", "flags"]) if (key in body) out[key] = body[key];
  return out;
}

function stripIds(c: Json): Json {
  const { id: _id, application_id: _app, version: _v, guild_id: _g, ...rest } = c;
  return rest;
}

function matches(match: RequestMatch, r: { method: string; route: string }): boolean {
  if (match.method && match.method.toUpperCase() !== r.method) return false;
  return typeof match.route === "string" ? r.route === match.route : match.route.test(r.route);
}

function bucketOf(route: string): string {
  return Buffer.from(
    route.replace(/\d{16,}/g, ":id").replace(/\/(interactions\/:id|webhooks\/:id)\/[^/]+/, "/$1/:token"),
  )
    .toString("base64url")
    .slice(0, 24);
}

function toOptions(values: Record<string, string | number | boolean>): InteractionOption[] {
  return Object.entries(values).map(([name, value]) => ({
    name,
    value,
    type: typeof value === "boolean" ? 5 : typeof value === "number" ? (Number.isInteger(value) ? 4 : 10) : 3,
  }));
}

/** discord.js sends `payload_json` in multipart bodies when there are files. */
function parseMultipartPayload(raw: string, contentType: string): unknown {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  const sep = boundary?.[1] ?? boundary?.[2];
  if (!sep) return raw;
  for (const part of raw.split(`--${sep}`)) {
    if (/name="payload_json"/.test(part)) {
      const json = part.slice(part.indexOf("\r\n\r\n") + 4).replace(/\r\n$/, "");
      try {
        return JSON.parse(json);
      } catch {
        return raw;
      }
    }
  }
  return raw;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms: ${what}`)), ms);
    }),
  ]);
}

/** A made-up token in the real format: base64(user id).timestamp.hmac. */
export function fakeToken(userId: string): string {
  return `${Buffer.from(userId).toString("base64url")}.${randomBytes(4).toString("base64url").slice(0, 6)}.${randomBytes(27).toString("base64url")}`;
}
