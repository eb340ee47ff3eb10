import net from 'node:net';
import { afterEach, describe, it } from 'vitest';
import type { TempProject } from '../support/temp-project.js';
import { expectCleanFailure, indexedProject, run } from './support/faults.js';

let project: TempProject | undefined;
afterEach(() => project?.cleanup());

/** A loopback port nobody listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('npm start with DISCORD_TOKEN when Discord cannot be reached', () => {
  it('says that Discord could not be reached, at which URL, and what to check', async () => {
    project = await indexedProject();
    const url = `http://127.0.0.1:${await closedPort()}/api`;
    const r = await run(project, 'src/main.ts', [], { env: { DISCORD_TOKEN: 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.some-token-value-abcdefghijklmnopqrstu', DISCORD_API_URL: url } });
    expectCleanFailure(r, 1, new RegExp(`Discord could not be reached at ${url.replace(/[.]/g, '\\.')} \\(connection refused, ECONNREFUSED\\)\\. Check the network connection.*DISCORD_API_URL`));
  }, 90_000);
});
