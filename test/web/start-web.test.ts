import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { isAppError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import { startWeb } from '../../src/web/start-web.js';
import { FakeAnswerService } from '../fakes/fake-answer-service.js';

describe('startWeb', () => {
  it('refuses to bind beyond loopback without WEB_TOKEN, saying what to set', async () => {
    const config = loadConfig({ WEB_HOST: '0.0.0.0', WEB_PORT: '0', LOG_LEVEL: 'silent' });
    const error = await startWeb({ config, service: new FakeAnswerService(), logger: silentLogger }).catch((e: unknown) => e);
    expect(isAppError(error, 'WEB_TOKEN_REQUIRED')).toBe(true);
    expect((error as Error).message).toMatch(/Set WEB_TOKEN.*or set WEB_HOST=127\.0\.0\.1/);
  });

  it('says which port is taken when WEB_PORT is in use', async () => {
    const blocker = http.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const config = loadConfig({ WEB_PORT: String(port), LOG_LEVEL: 'silent' });
      const error = await startWeb({ config, service: new FakeAnswerService(), logger: silentLogger }).catch((e: unknown) => e);
      expect(isAppError(error, 'WEB_PORT_IN_USE')).toBe(true);
      expect((error as Error).message).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    } finally {
      blocker.close();
    }
  });

  it('rejects a WEB_PORT that is not a port number with a clear configuration error', () => {
    expect(() => loadConfig({ WEB_PORT: 'web' })).toThrow(/WEB_PORT: must be a (port )?number/);
    expect(() => loadConfig({ WEB_PORT: '70000' })).toThrow(/WEB_PORT/);
    expect(loadConfig({ WEB_PORT: '' }).WEB_PORT).toBeUndefined();
  });
});
