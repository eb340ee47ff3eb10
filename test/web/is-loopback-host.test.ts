import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from '../../src/web/is-loopback-host.js';

describe('isLoopbackHost', () => {
  it('accepts localhost, 127.0.0.0/8, ::1 and IPv4-mapped loopback', () => {
    for (const host of ['localhost', 'LOCALHOST', '127.0.0.1', '127.1.2.3', '::1', '[::1]', '0:0:0:0:0:0:0:1', '::ffff:127.0.0.1']) {
      expect(isLoopbackHost(host), host).toBe(true);
    }
  });

  it('treats wildcards, other addresses and names as reachable from outside', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.10', '10.0.0.1', 'example.org', '128.0.0.1', '::ffff:10.0.0.1', 'localhost.evil.test']) {
      expect(isLoopbackHost(host), host).toBe(false);
    }
  });
});
