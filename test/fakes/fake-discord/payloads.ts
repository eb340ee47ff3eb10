/**
 * Builders for Discord API v10 payloads with the fields discord.js 14 reads. Ids are snowflake
 * strings from one counter, so every payload of a test gets a fresh, ordered id.
 */

let nextId = 1_300_000_000_000_000_000n;
export function snowflake(): string {
  nextId += 1n;
  return nextId.toString();
}

export interface UserPayload {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: string | null;
  bot?: boolean;
}

export function user(id: string, username: string, bot = false): UserPayload {
  return { id, username, global_name: username, discriminator: '0', avatar: null, ...(bot && { bot: true }) };
}

export const ChannelTypes = { GuildText: 0, DM: 1, PublicThread: 11 } as const;

export function textChannel(id: string, guildId: string, name: string) {
  return { id, type: ChannelTypes.GuildText, guild_id: guildId, name, position: 0, permission_overwrites: [], parent_id: null, nsfw: false, topic: null, last_message_id: null, rate_limit_per_user: 0 };
}

export function thread(id: string, guildId: string, parentId: string, ownerId: string, name: string) {
  return {
    id, type: ChannelTypes.PublicThread, guild_id: guildId, parent_id: parentId, owner_id: ownerId, name,
    last_message_id: null, message_count: 0, member_count: 1, rate_limit_per_user: 0, flags: 0, total_message_sent: 0,
    thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false },
  };
}

export function dmChannel(id: string, recipient: UserPayload) {
  return { id, type: ChannelTypes.DM, recipients: [recipient], last_message_id: null };
}

export interface GuildFixture {
  id: string;
  name: string;
  ownerId: string;
  channels: ReturnType<typeof textChannel>[];
  threads: ReturnType<typeof thread>[];
}

/** A full GUILD_CREATE payload (what Discord sends after READY for each available guild). */
export function guildCreate(g: GuildFixture) {
  return {
    id: g.id, name: g.name, icon: null, splash: null, discovery_splash: null, banner: null, description: null,
    owner_id: g.ownerId, afk_channel_id: null, afk_timeout: 300, verification_level: 0, default_message_notifications: 0,
    explicit_content_filter: 0, mfa_level: 0, nsfw_level: 0, premium_tier: 0, premium_subscription_count: 0,
    preferred_locale: 'de', system_channel_id: null, system_channel_flags: 0, rules_channel_id: null,
    public_updates_channel_id: null, safety_alerts_channel_id: null, vanity_url_code: null, max_members: 500000,
    max_video_channel_users: 25, features: [], application_id: null, premium_progress_bar_enabled: false,
    roles: [{ id: g.id, name: '@everyone', permissions: '1071698660929', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0, icon: null, unicode_emoji: null }],
    emojis: [], stickers: [], soundboard_sounds: [],
    joined_at: new Date().toISOString(), large: false, unavailable: false, member_count: 3,
    voice_states: [], members: [], presences: [], stage_instances: [], guild_scheduled_events: [],
    channels: g.channels, threads: g.threads,
  };
}

export function member(u: UserPayload, permissions = '0') {
  return { user: u, roles: [], nick: null, avatar: null, joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, pending: false, permissions };
}

/** Where an interaction or message happens: a guild channel (with the member's permissions) or a DM. */
export type Place =
  | { guildId: string; channel: { id: string; type: number; guild_id?: string }; permissions?: string }
  | { dm: ReturnType<typeof dmChannel> };

function placeFields(place: Place, u: UserPayload) {
  if ('dm' in place) return { channel: place.dm, channel_id: place.dm.id, user: u, context: 1 };
  return {
    guild_id: place.guildId, channel: place.channel, channel_id: place.channel.id, member: member(u, place.permissions ?? '0'),
    guild_locale: 'de', context: 0, authorizing_integration_owners: { '0': place.guildId },
  };
}

interface InteractionBase {
  applicationId: string;
  user: UserPayload;
  place: Place;
  locale?: string;
}

function interactionBase(b: InteractionBase, type: number, data: unknown) {
  return {
    id: snowflake(), application_id: b.applicationId, type, data, token: `itok-${snowflake()}`, version: 1,
    locale: b.locale ?? 'de', app_permissions: '2248473465835073', entitlements: [], authorizing_integration_owners: {},
    attachment_size_limit: 10_485_760, ...placeFields(b.place, b.user),
  };
}

export type OptionPayload = { name: string; type: number; value: string | boolean | number; focused?: boolean };
export const OptionTypes = { String: 3, Boolean: 5 } as const;

/** INTERACTION_CREATE for a chat-input command (type 2). */
export function slashCommand(b: InteractionBase & { name: string; options?: OptionPayload[] }) {
  return interactionBase(b, 2, { id: snowflake(), name: b.name, type: 1, options: b.options ?? [] });
}

/** INTERACTION_CREATE for autocomplete (type 4); one option should have `focused: true`. */
export function autocomplete(b: InteractionBase & { name: string; options: OptionPayload[] }) {
  return interactionBase(b, 4, { id: snowflake(), name: b.name, type: 1, options: b.options });
}

/** INTERACTION_CREATE for a button click (type 3) on `message`. */
export function buttonClick(b: InteractionBase & { customId: string; message: Record<string, unknown> }) {
  return { ...interactionBase(b, 3, { custom_id: b.customId, component_type: 2 }), message: b.message };
}

/** A message object as Discord returns it (REST) or dispatches it (MESSAGE_CREATE). */
export function message(p: {
  channelId: string;
  author: UserPayload;
  content?: string;
  guildId?: string;
  mentions?: UserPayload[];
  embeds?: unknown[];
  components?: unknown[];
  flags?: number;
  channelType?: number;
  id?: string;
}) {
  return {
    id: p.id ?? snowflake(), channel_id: p.channelId, author: p.author, content: p.content ?? '',
    timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false,
    mentions: p.mentions ?? [], mention_roles: [], attachments: [], embeds: p.embeds ?? [], components: p.components ?? [],
    pinned: false, type: 0, flags: p.flags ?? 0,
    ...(p.guildId && { guild_id: p.guildId, member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 } }),
    ...(p.channelType !== undefined && { channel_type: p.channelType }),
  };
}
