import type { Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

/** What the bot sent when it connected: the URL (with `?v=10&encoding=json`) and its IDENTIFY. */
export interface GatewayConnection {
  url: string;
  identify?: { token: string; intents: number; [key: string]: unknown };
  heartbeats: number;
}

export interface GatewayOptions {
  token: string;
  heartbeatIntervalMs: number;
  /** READY's `d` (without session ids) and the GUILD_CREATE payloads sent right after it. */
  ready: () => { readyData: Record<string, unknown>; guilds: Record<string, unknown>[] };
}

/**
 * A fake Discord gateway on the same HTTP server: HELLO (op 10) on connect, IDENTIFY (op 2) is
 * answered with READY and one GUILD_CREATE per guild, heartbeats (op 1) with ACK (op 11). Tests
 * dispatch further events with {@link FakeGateway.dispatch}; sequence numbers count per connection.
 * A wrong token in IDENTIFY closes with 4004 like Discord.
 */
export class FakeGateway {
  readonly connections: GatewayConnection[] = [];
  private readonly wss: WebSocketServer;
  private readonly sessions = new Map<WebSocket, { seq: number; identified: boolean }>();

  constructor(server: Server, private readonly options: GatewayOptions) {
    this.wss = new WebSocketServer({ server });
    this.wss.on('connection', (socket, request) => this.accept(socket, request.url ?? '/'));
  }

  private accept(socket: WebSocket, url: string): void {
    const connection: GatewayConnection = { url, heartbeats: 0 };
    this.connections.push(connection);
    this.sessions.set(socket, { seq: 0, identified: false });
    socket.on('close', () => this.sessions.delete(socket));
    socket.on('message', (raw) => {
      let payload: { op: number; d: unknown };
      try {
        payload = JSON.parse(String(raw)) as { op: number; d: unknown };
      } catch {
        socket.close(4002, 'Decode error');
        return;
      }
      if (payload.op === 1) {
        connection.heartbeats++;
        this.send(socket, { op: 11, d: null, s: null, t: null });
      } else if (payload.op === 2) {
        connection.identify = payload.d as GatewayConnection['identify'];
        if (connection.identify?.token !== this.options.token) {
          socket.close(4004, 'Authentication failed');
          return;
        }
        this.sessions.get(socket)!.identified = true;
        const { readyData, guilds } = this.options.ready();
        this.dispatchTo(socket, 'READY', { ...readyData, session_id: `session-${this.connections.length}`, resume_gateway_url: this.gatewayUrl() });
        for (const guild of guilds) this.dispatchTo(socket, 'GUILD_CREATE', guild);
      }
      // Presence updates, request guild members etc. are accepted and ignored.
    });
    this.send(socket, { op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs }, s: null, t: null });
  }

  private gatewayUrl(): string {
    const address = this.wss.address();
    return typeof address === 'object' && address ? `ws://127.0.0.1:${address.port}` : '';
  }

  private send(socket: WebSocket, payload: unknown): void {
    socket.send(JSON.stringify(payload));
  }

  private dispatchTo(socket: WebSocket, t: string, d: unknown): void {
    const session = this.sessions.get(socket);
    if (!session) return;
    session.seq += 1;
    this.send(socket, { op: 0, t, s: session.seq, d });
  }

  /** Sends a dispatch (op 0) to every identified connection; returns how many received it. */
  dispatch(t: string, d: unknown): number {
    let sent = 0;
    for (const [socket, session] of this.sessions) {
      if (!session.identified) continue;
      this.dispatchTo(socket, t, d);
      sent++;
    }
    return sent;
  }

  get identifiedCount(): number {
    return [...this.sessions.values()].filter((s) => s.identified).length;
  }

  async close(): Promise<void> {
    for (const socket of this.sessions.keys()) socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}
