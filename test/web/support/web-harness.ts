import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AnswerService } from '../../../src/answer/types.js';
import { loadConfig, type Config } from '../../../src/config.js';
import { silentLogger } from '../../../src/logger.js';
import { startWeb, type WebHandle } from '../../../src/web/start-web.js';

/** A fetch Response whose JSON body is untyped (tests check it field by field). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonResponse = Omit<Response, 'json'> & { json(): Promise<any> };

/** A web server on 127.0.0.1 (free port) over `service`, with its feedback file in a temp folder. */
export interface WebHarness {
  web: WebHandle;
  config: Config;
  feedbackFile: string;
  /** fetch relative to the server's URL. */
  fetch: (path: string, init?: RequestInit) => Promise<JsonResponse>;
  /** POST JSON (serialized here) to `path`. */
  post: (path: string, body: unknown, headers?: Record<string, string>) => Promise<JsonResponse>;
  close: () => Promise<void>;
}

export async function startWebHarness(service: AnswerService, env: Record<string, string> = {}, options: { rateLimit?: boolean } = {}): Promise<WebHarness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egov-web-'));
  const feedbackFile = path.join(dir, 'feedback.jsonl');
  const config = loadConfig({ LOG_LEVEL: 'silent', FEEDBACK_FILE: feedbackFile, WEB_PORT: '0', ...env }, dir);
  const web = await startWeb({ config, service, logger: silentLogger, ...options });
  const f = (p: string, init?: RequestInit): Promise<JsonResponse> => fetch(web.url + p, init);
  return {
    web,
    config,
    feedbackFile,
    fetch: f,
    post: (p, body, headers = {}) =>
      f(p, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }),
    close: async () => {
      await web.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
