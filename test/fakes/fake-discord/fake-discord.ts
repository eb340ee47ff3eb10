import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeGateway } from './gateway.js';
import { guildCreate, message, snowflake, textChannel, thread, user, type GuildFixture, type UserPayload } from './payloads.js';
import { ROUTES } from './rest-routes.js';
import { matchRoute, type Json, type Reply } from './routes.js';

/** One REST request the bot made. `path` is relative to `/api/v10`; `time` is `Date.now()` on arrival. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  /** Parsed JSON as the bot sent it. */
  body: Json;
  headers: IncomingMessage['headers'];
  time: number;
  status: number;
}

/** Makes the next `times` requests matching `method` and `path` fail with `status`. */
export interface FailureRule {
  method?: string;
  path: RegExp;
  status?: number;
  times?: number;
}

export interface FakeDiscordOptions {
  token: string;
  applicationId: string;
  botUser: UserPayload;
  guilds: GuildFixture[];
  heartbeatIntervalMs: number;
}

/**
 * A fake Discord on 127.0.0.1 (random port): the REST routes the bot uses (see routes.ts) under
 * `/api/v10`, recorded with their bodies, plus a gateway WebSocket on the same port whose URL is
 * returned by GET /gateway/bot, as in production. Unknown routes are recorded and get a 404.
 */
export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly gateway: FakeGateway;
  /** Interactions dispatched so far, by token (webhook routes use it for channel ids). */
  readonly interactions = new Map<string, { payload: Json; callbacks: number; sentAt: number }>();
  private readonly failures: Required<FailureRule>[] = [];
  private readonly waiters = new Set<{ match: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }>();

  private constructor(
    private readonly server: Server,
    readonly options: FakeDiscordOptions,
  ) {
    this.gateway = new FakeGateway(server, {
      token: options.token,
      heartbeatIntervalMs: options.heartbeatIntervalMs,
      ready: () => ({
        readyData: {
          v: 10, user: { ...options.botUser, verified: true, mfa_enabled: false, flags: 0 }, private_channels: [],
          guilds: options.guilds.map((g) => ({ id: g.id, unavailable: true })), shard: [0, 1],
          application: { id: options.applicationId, flags: 0 },
        },
        guilds: options.guilds.map(guildCreate),
      }),
    });
  }

  /** Starts the fake on a random port. Defaults: one guild with a text channel and a thread. */
  static async start(overrides: Partial<FakeDiscordOptions> = {}): Promise<FakeDiscord> {
    const applicationId = overrides.applicationId ?? snowflake();
    const guildId = snowflake();
    const channelId = snowflake();
    const options: FakeDiscordOptions = {
      token: 'fake-token',
      applicationId,
      botUser: user(applicationId, 'StrategieBot', true),
      guilds: [{ id: guildId, name: 'Testserver', ownerId: snowflake(), channels: [], threads: [] }],
      heartbeatIntervalMs: 45_000,
      ...overrides,
    };
    const first = options.guilds[0];
    if (first && !overrides.guilds) {
      first.channels.push(textChannel(channelId, guildId, 'allgemein'));
      first.threads.push(thread(snowflake(), guildId, channelId, options.botUser.id, 'Fragen-Thread'));
    }
    const server = createServer();
    const fake = new FakeDiscord(server, options);
    server.on('request', (req, res) => void fake.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** What to put in DISCORD_API_URL. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  failNext(rule: FailureRule): void {
    this.failures.push({ method: rule.method ?? 'ANY', status: rule.status ?? 500, times: rule.times ?? 1, path: rule.path });
  }

  /** Sends INTERACTION_CREATE and remembers the interaction; returns the dispatch time. */
  sendInteraction(payload: Json): number {
    const sentAt = Date.now();
    this.interactions.set(payload.token as string, { payload, callbacks: 0, sentAt });
    this.gateway.dispatch('INTERACTION_CREATE', payload);
    return sentAt;
  }

  /** Resolves with the first recorded request (past or future) that matches; rejects after `timeoutMs`. */
  waitForRequest(match: (r: RecordedRequest) => boolean, timeoutMs = 10_000): Promise<RecordedRequest> {
    const seen = this.requests.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter = { match, resolve: (r: RecordedRequest) => (clearTimeout(timer), resolve(r)) };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`no matching request within ${timeoutMs} ms; got:\n${this.describeRequests()}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  describeRequests(): string {
    return this.requests.map((r) => `  ${r.status} ${r.method} ${r.path}`).join('\n');
  }

  async close(): Promise<void> {
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const record: RecordedRequest = {
      method: req.method ?? 'GET', path, query: url.searchParams, body: parseJson(raw), headers: req.headers, time: Date.now(), status: 0,
    };
    const reply = this.reply(record, req.headers.authorization);
    record.status = reply.status;
    this.requests.push(record);
    for (const waiter of [...this.waiters]) {
      if (waiter.match(record)) {
        this.waiters.delete(waiter);
        waiter.resolve(record);
      }
    }
    // Like Discord: a 204 has no body and no content type (the REST client would try to parse it).
    if (reply.body === undefined) res.writeHead(reply.status).end();
    else res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
  }

  private reply(r: RecordedRequest, authorization: string | undefined): Reply {
    const failure = this.failures.find((f) => (f.method === 'ANY' || f.method === r.method) && f.path.test(r.path));
    if (failure) {
      if (--failure.times <= 0) this.failures.splice(this.failures.indexOf(failure), 1);
      return { status: failure.status, body: { message: 'Injected failure', code: 0 } };
    }
    const found = matchRoute(ROUTES, r.method, r.path);
    if (!found) return { status: 404, body: { message: '404: Not Found', code: 0 } };
    if (found.route.auth && authorization !== `Bot ${this.options.token}`) return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    return found.route.handle(this, r, found.params);
  }

  /** A message object for what the bot sent (echoing content, embeds, components, flags). */
  messageFrom(body: Record<string, unknown> | undefined, channelId: string, guildId?: string) {
    return message({
      channelId, guildId, author: this.options.botUser, content: (body?.content as string) ?? '',
      embeds: (body?.embeds as unknown[]) ?? [], components: (body?.components as unknown[]) ?? [], flags: (body?.flags as number) ?? 0,
    });
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(raw: string): unknown {
  if (raw === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
