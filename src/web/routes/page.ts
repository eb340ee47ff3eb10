import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';

/** The page's files (no external assets), read once at start and served from memory. */
const FILES: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/app.css': { file: 'app.css', type: 'text/css; charset=utf-8' },
  '/favicon.svg': { file: 'favicon.svg', type: 'image/svg+xml' },
};

/** Folder of the page's files. */
export const PUBLIC_DIR = new URL('../public/', import.meta.url);

/** `GET /`, `/app.js`, `/app.css`, `/favicon.svg`: the web chat, revalidated by ETag. */
export function registerPageRoutes(app: FastifyInstance): void {
  for (const [route, { file, type }] of Object.entries(FILES)) {
    const body = readFileSync(new URL(file, PUBLIC_DIR));
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
    app.get(route, async (request, reply) => {
      reply.header('etag', etag).header('cache-control', 'no-cache').type(type);
      if (request.headers['if-none-match'] === etag) return reply.code(304).send();
      return reply.send(body);
    });
  }
  // Browsers ask for /favicon.ico by themselves; point them at the SVG instead of a 404.
  app.get('/favicon.ico', async (_request, reply) => reply.redirect('/favicon.svg', 301));
}
