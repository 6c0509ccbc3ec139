// Lets an interaction that arrived over HTTP go through exactly the same handler as one from the gateway.
// The payload becomes the discord.js interaction object the gateway would have produced, and the
// handler's first response (reply, deferral or autocomplete choices, which discord.js would POST to
// /interactions/:id/:token/callback) is captured and becomes the HTTP response instead, as Discord
// expects from an Interactions Endpoint URL. Later calls (the edit after a deferral, follow-ups) go
// to Discord's webhook routes as usual, through the client's REST base URL.
import {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  Client,
  Options,
  type APIInteraction,
  type Interaction,
} from "discord.js";
import { INTENTS } from "../discord/bot.ts";
import { exemptInteractionWebhooks } from "../discord/interaction-webhooks.ts";

/** What Discord reads from the HTTP response: an interaction callback. */
export interface CallbackBody {
  type: number;
  data?: unknown;
}

const CALLBACK_ROUTE = /^\/interactions\/(\d+)\/[^/]+\/callback$/;
/** Discord drops an interaction not answered within 3 s; after that the HTTP request has no use. */
const ANSWER_WITHIN_MS = 3000;

type Handler = (interaction: Interaction) => Promise<void>;
type Respond = (body: CallbackBody) => Promise<void>;

/** A client that never logs in: it only turns payloads into objects and sends webhook calls. */
export function createHttpOnlyClient(apiUrl: string | undefined): Client {
  const client = new Client({
    intents: [...INTENTS],
    allowedMentions: { parse: [], repliedUser: false },
    // Each request brings its own user, member and channel; caching them would only grow memory.
    makeCache: Options.cacheWithLimits({ MessageManager: 0, UserManager: 0, GuildMemberManager: 0 }),
    rest: apiUrl ? { api: apiUrl } : {},
  });
  exemptInteractionWebhooks(client, apiUrl);
  return client;
}

export class InteractionBridge {
  private readonly pending = new Map<string, Respond>();

  constructor(
    readonly client: Client,
    private readonly handle: Handler,
  ) {
    const rest = client.rest;
    const post = rest.post.bind(rest);
    rest.post = async (route, options) => {
      const id = CALLBACK_ROUTE.exec(route)?.[1];
      const respond = id === undefined ? undefined : this.pending.get(id);
      if (!respond || id === undefined) return post(route, options);
      this.pending.delete(id);
      // Resolves once the response is written, so an edit never overtakes its own deferral.
      await respond(options?.body as CallbackBody);
      return undefined;
    };
  }

  /** Interactions that can be answered here: slash commands and their autocomplete. */
  static supports(payload: { type?: unknown; data?: unknown }): boolean {
    const kind = (payload.data as { type?: unknown } | undefined)?.type;
    return payload.type === 4 || (payload.type === 2 && kind === 1);
  }

  /**
   * Runs the handler on `payload` and resolves with its first response, or undefined when it gave
   * none in time. `respond` writes the HTTP response and resolves when it is sent.
   */
  run(payload: APIInteraction, respond: Respond): Promise<boolean> {
    const interaction = this.toInteraction(payload);
    return new Promise<boolean>((resolve) => {
      let settled = false;
      const finish = (answered: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.pending.delete(payload.id);
        resolve(answered);
      };
      this.pending.set(payload.id, async (body) => {
        finish(true);
        await respond(body);
      });
      const timer = setTimeout(() => finish(false), ANSWER_WITHIN_MS);
      this.handle(interaction).finally(() => finish(false));
    });
  }

  private toInteraction(payload: APIInteraction): Interaction {
    // Fields the gateway always carries; discord.js reads them without checking.
    // Entitlements are left out: discord.js files them under client.application, which needs a login.
    const data = { ...payload, entitlements: [] } as unknown as APIInteraction;
    // The constructors are internal to discord.js but are what its gateway action calls.
    const Kind = (payload.type === 4 ? AutocompleteInteraction : ChatInputCommandInteraction) as unknown as new (
      client: Client,
      data: APIInteraction,
    ) => Interaction;
    return new Kind(this.client, data);
  }
}
