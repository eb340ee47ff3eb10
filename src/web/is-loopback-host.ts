import net from 'node:net';

/**
 * Whether binding to `host` keeps a server reachable from this machine only: `localhost`, any
 * address of 127.0.0.0/8, `::1` (also written `[::1]`) and IPv4-mapped loopback (`::ffff:127.x`).
 * Wildcards (`0.0.0.0`, `::`) and every other name or address count as reachable from outside.
 */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (h === 'localhost') return true;
  if (net.isIPv4(h)) return h.startsWith('127.');
  if (net.isIPv6(h)) {
    if (h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h);
    return mapped !== null && mapped[1]!.startsWith('127.');
  }
  return false;
}
