import type { FakeDiscord, RecordedRequest } from './fake-discord.js';

/** JSON as it comes over the wire; tests read into it freely. */
export type Json = any;

export interface Reply {
  status: number;
  body?: unknown;
}

/** One REST route of the fake: `pattern` uses `:name` segments, relative to `/api/v10`. */
export interface Route {
  method: string;
  pattern: string;
  /** Whether the route needs `Authorization: Bot <token>` (interaction routes do not). */
  auth: boolean;
  handle(fake: FakeDiscord, request: RecordedRequest, params: Record<string, string>): Reply;
}

/** Finds the route for a method and path and extracts its `:name` parameters. */
export function matchRoute(routes: readonly Route[], method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
  const parts = path.split('/');
  for (const route of routes) {
    if (route.method !== method) continue;
    const pattern = route.pattern.split('/');
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const ok = pattern.every((p, i) => {
      const part = parts[i]!;
      if (p.startsWith(':')) {
        params[p.slice(1)] = part;
        return true;
      }
      return p === part;
    });
    if (ok) return { route, params };
  }
  return undefined;
}
