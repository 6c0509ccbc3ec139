// Payload builders shaped like what Discord sends (API v10). discord.js is strict about some fields;
// the comments say which ones it needs.
import { snowflake } from "./snowflake.ts";

type Json = Record<string, unknown>;

/** All text permissions, as a permission-bitfield string (what `permissions` fields hold). */
export const MEMBER_PERMISSIONS = "2251799813685247";

export interface EmulatedUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: string | null;
  bot?: boolean;
  system?: boolean;
  public_flags?: number;
}

export function user(overrides: Partial<EmulatedUser> = {}): EmulatedUser {
  const id = overrides.id ?? snowflake();
  return {
    id,
    username: `user${id.slice(-5)}`,
    global_name: null,
    discriminator: "0",
    avatar: null,
    public_flags: 0,
    ...overrides,
  };
}

export interface EmulatedChannel {
  id: string;
  type: number;
  name?: string;
  guild_id?: string;
  recipients?: EmulatedUser[];
}

export interface EmulatedGuild {
  id: string;
  name: string;
  owner_id: string;
  channels: EmulatedChannel[];
}

export function guildTextChannel(guildId: string, overrides: Partial<EmulatedChannel> = {}): EmulatedChannel {
  return { id: snowflake(), type: 0, name: "general", guild_id: guildId, ...overrides };
}

/** A channel object as it appears inside GUILD_CREATE (no guild_id there) or elsewhere. */
export function channelObject(channel: EmulatedChannel, options: { inGuildCreate?: boolean } = {}): Json {
  if (channel.type === 1) {
    return { id: channel.id, type: 1, flags: 0, last_message_id: null, recipients: channel.recipients ?? [] };
  }
  return {
    id: channel.id,
    type: channel.type,
    name: channel.name ?? "general",
    position: 0,
    flags: 0,
    parent_id: null,
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    permission_overwrites: [],
    ...(options.inGuildCreate ? {} : { guild_id: channel.guild_id }),
  };
}

export function everyoneRole(guildId: string): Json {
  return {
    id: guildId,
    name: "@everyone",
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: 0,
    permissions: "1071698660929",
    managed: false,
    mentionable: false,
    flags: 0,
  };
}

export function member(
  u: EmulatedUser | undefined,
  options: { joinedAt?: string; withPermissions?: boolean; permissions?: string } = {},
): Json {
  return {
    ...(u ? { user: u } : {}),
    nick: null,
    avatar: null,
    banner: null,
    roles: [],
    joined_at: options.joinedAt ?? new Date(0).toISOString(),
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
    unusual_dm_activity_until: null,
    ...(options.withPermissions ? { permissions: options.permissions ?? MEMBER_PERMISSIONS } : {}),
  };
}

/** GUILD_CREATE data: a full, available guild with its channels and the bot as a member. */
export function guildCreate(guild: EmulatedGuild, bot: EmulatedUser): Json {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    icon_hash: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.owner_id,
    region: null,
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    verification_level: 0,
    default_message_notifications: 1,
    explicit_content_filter: 0,
    roles: [everyoneRole(guild.id)],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    max_members: 500000,
    vanity_url_code: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: "en-US",
    nsfw_level: 0,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    // GUILD_CREATE-only fields
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [member(bot)],
    channels: guild.channels.map((c) => channelObject(c, { inGuildCreate: true })),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    lazy: true,
  };
}

export interface MessageInput {
  id?: string;
  channel: EmulatedChannel;
  author: EmulatedUser;
  content: string;
  /** Users mentioned (as `<@id>` in the content); Discord lists them in `mentions`. */
  mentions?: EmulatedUser[];
  mentionEveryone?: boolean;
  embeds?: Json[];
  messageReference?: Json;
  webhookId?: string;
  applicationId?: string;
  interactionMetadata?: Json;
  type?: number;
  flags?: number;
  nonce?: string;
}

/** A message object as REST returns it and MESSAGE_CREATE carries it. */
export function message(input: MessageInput): Json {
  const inGuild = input.channel.guild_id !== undefined;
  return {
    id: input.id ?? snowflake(),
    type: input.type ?? (input.messageReference ? 19 : 0),
    channel_id: input.channel.id,
    ...(inGuild
      ? { guild_id: input.channel.guild_id, member: member(undefined, { joinedAt: new Date(0).toISOString() }) }
      : {}),
    author: input.author,
    content: input.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: input.mentionEveryone ?? false,
    mentions: (input.mentions ?? []).map((u) => (inGuild ? { ...u, member: member(undefined) } : u)),
    mention_roles: [],
    mention_channels: [],
    attachments: [],
    embeds: input.embeds ?? [],
    reactions: [],
    pinned: false,
    flags: input.flags ?? 0,
    components: [],
    ...(input.nonce ? { nonce: input.nonce } : {}),
    ...(input.webhookId ? { webhook_id: input.webhookId } : {}),
    ...(input.applicationId ? { application_id: input.applicationId } : {}),
    ...(input.interactionMetadata ? { interaction_metadata: input.interactionMetadata } : {}),
    ...(input.messageReference ? { message_reference: input.messageReference } : {}),
  };
}

export interface InteractionOption {
  name: string;
  type: number;
  value?: string | number | boolean;
  focused?: boolean;
  options?: InteractionOption[];
}

export interface InteractionInput {
  applicationId: string;
  /** 2 = application command, 4 = autocomplete. */
  type: 2 | 4;
  commandId: string;
  commandName: string;
  options?: InteractionOption[];
  user: EmulatedUser;
  channel: EmulatedChannel;
  /** 0 guild install, 1 user install: which installation the interaction comes through. */
  installation?: 0 | 1;
  /** Set when the command is registered to this guild only. */
  commandGuildId?: string;
  /** The member's permissions (default: all). */
  permissions?: string;
  /** `data.resolved` (attachments, users…). */
  resolved?: Json;
  id?: string;
  token?: string;
}

/**
 * INTERACTION_CREATE data. discord.js needs `type`, `data.type`, `entitlements` and
 * `authorizing_integration_owners`; a guild interaction needs `member.user`; the channel is read
 * from `channel.id`.
 */
export function interaction(input: InteractionInput): Json {
  const inGuild = input.channel.guild_id !== undefined;
  const installation = input.installation ?? 0;
  const context = inGuild ? 0 : input.channel.type === 1 ? 1 : 2;
  const owners: Json = installation === 1 ? { "1": input.user.id } : { "0": inGuild ? input.channel.guild_id : "0" };
  return {
    id: input.id ?? snowflake(),
    application_id: input.applicationId,
    type: input.type,
    token: input.token,
    version: 1,
    data: {
      id: input.commandId,
      name: input.commandName,
      type: 1,
      ...(input.options ? { options: input.options } : {}),
      ...(input.resolved ? { resolved: input.resolved } : {}),
      ...(input.commandGuildId ? { guild_id: input.commandGuildId } : {}),
    },
    ...(inGuild
      ? {
          guild_id: input.channel.guild_id,
          guild: { id: input.channel.guild_id, locale: "en-US", features: [] },
          member: member(input.user, {
            withPermissions: true,
            ...(input.permissions !== undefined ? { permissions: input.permissions } : {}),
          }),
          guild_locale: "en-US",
        }
      : { user: input.user }),
    channel_id: input.channel.id,
    channel: { ...channelObject(input.channel), ...(inGuild ? { permissions: MEMBER_PERMISSIONS } : {}) },
    locale: "en-US",
    app_permissions: inGuild ? "2248473465835073" : "2248473465835073",
    entitlements: [],
    entitlement_sku_ids: [],
    authorizing_integration_owners: owners,
    context,
    attachment_size_limit: 10485760,
  };
}
