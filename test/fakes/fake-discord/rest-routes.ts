import type { Route } from './routes.js';
import { snowflake } from './payloads.js';

const error = (status: number, code: number, message: string) => ({ status, body: { message, code } });

/** The REST routes the bot uses, answered like Discord does (shapes trimmed to what discord.js reads). */
export const ROUTES: readonly Route[] = [
  {
    method: 'GET', pattern: '/gateway/bot', auth: true,
    handle: (fake) => ({
      status: 200,
      body: { url: fake.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 } },
    }),
  },
  { method: 'GET', pattern: '/users/@me', auth: true, handle: (fake) => ({ status: 200, body: fake.options.botUser }) },
  {
    method: 'GET', pattern: '/applications/@me', auth: true,
    handle: (fake) => ({ status: 200, body: { id: fake.options.applicationId, name: fake.options.botUser.username, flags: 0, bot_public: false, bot: fake.options.botUser } }),
  },
  { method: 'PUT', pattern: '/applications/:appId/commands', auth: true, handle: (fake, r, p) => registered(fake.options.applicationId, p, r.body) },
  { method: 'PUT', pattern: '/applications/:appId/guilds/:guildId/commands', auth: true, handle: (fake, r, p) => registered(fake.options.applicationId, p, r.body) },
  {
    method: 'POST', pattern: '/interactions/:id/:token/callback', auth: false,
    handle: (fake, r, p) => {
      const interaction = fake.interactions.get(p.token!);
      if (!interaction || interaction.payload.id !== p.id) return error(404, 10062, 'Unknown interaction');
      if (interaction.callbacks > 0) return error(400, 40060, 'Interaction has already been acknowledged.');
      interaction.callbacks++;
      if (r.query.get('with_response') !== 'true') return { status: 204 };
      return { status: 200, body: { interaction: { id: p.id, type: interaction.payload.type } } };
    },
  },
  ...(['GET', 'PATCH'] as const).map((method): Route => ({
    method, pattern: '/webhooks/:appId/:token/messages/@original', auth: false,
    handle: (fake, r, p) => webhookMessage(fake, p, method === 'PATCH' ? r.body : undefined),
  })),
  { method: 'DELETE', pattern: '/webhooks/:appId/:token/messages/@original', auth: false, handle: () => ({ status: 204 }) },
  { method: 'POST', pattern: '/webhooks/:appId/:token', auth: false, handle: (fake, r, p) => webhookMessage(fake, p, r.body) },
  { method: 'PATCH', pattern: '/webhooks/:appId/:token/messages/:messageId', auth: false, handle: (fake, r, p) => webhookMessage(fake, p, r.body) },
  {
    method: 'POST', pattern: '/channels/:channelId/messages', auth: true,
    handle: (fake, r, p) => ({ status: 200, body: fake.messageFrom(r.body, p.channelId!, guildOf(fake, p.channelId!)) }),
  },
  { method: 'POST', pattern: '/channels/:channelId/typing', auth: true, handle: () => ({ status: 204 }) },
  {
    method: 'GET', pattern: '/channels/:channelId', auth: true,
    handle: (fake, _r, p) => {
      for (const g of fake.options.guilds) {
        const channel = [...g.channels, ...g.threads].find((c) => c.id === p.channelId);
        if (channel) return { status: 200, body: channel };
      }
      return error(404, 10003, 'Unknown Channel');
    },
  },
];

function registered(applicationId: string, params: Record<string, string>, body: unknown) {
  const list = Array.isArray(body) ? (body as Record<string, unknown>[]) : [];
  return {
    status: 200,
    body: list.map((c) => ({ id: snowflake(), application_id: applicationId, version: snowflake(), type: 1, options: [], ...c, ...(params.guildId && { guild_id: params.guildId }) })),
  };
}

function webhookMessage(fake: Parameters<Route['handle']>[0], params: Record<string, string>, body: unknown) {
  const interaction = fake.interactions.get(params.token!);
  if (!interaction || interaction.callbacks === 0) return error(404, 10015, 'Unknown Webhook');
  const channelId = interaction.payload.channel_id as string;
  return { status: 200, body: fake.messageFrom(body as Record<string, unknown> | undefined, channelId, interaction.payload.guild_id as string | undefined) };
}

function guildOf(fake: Parameters<Route['handle']>[0], channelId: string): string | undefined {
  return fake.options.guilds.find((g) => [...g.channels, ...g.threads].some((c) => c.id === channelId))?.id;
}
