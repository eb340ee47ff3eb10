/**
 * Checks quickly whether the model hub answers at all, before transformers.js starts a
 * download. Without it, a hub behind a firewall that drops packets makes Node's fetch wait
 * for its 10 s connect timeout once per file; with DNS failing (no network) fetch fails within
 * milliseconds anyway, and the probe costs just as little.
 * @param hubUrl base URL of the hub (transformers.js `env.remoteHost`)
 * @param timeoutMs give up after this long (milliseconds)
 * @returns undefined when any HTTP answer came back, else a short reason for the operator
 */
export async function probeModelHub(hubUrl: string, timeoutMs: number): Promise<string | undefined> {
  try {
    const res = await fetch(hubUrl, { method: 'HEAD', redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    await res.body?.cancel();
    return undefined;
  } catch (e) {
    return `the model hub ${hubUrl} is unreachable: ${describeFetchError(e, timeoutMs)}`;
  }
}

function describeFetchError(e: unknown, timeoutMs: number): string {
  if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError')) return `no answer within ${timeoutMs} ms`;
  const cause = e instanceof Error ? (e.cause as { code?: string; message?: string } | undefined) : undefined;
  if (cause?.message || cause?.code) return (cause.message || cause.code)!;
  return e instanceof Error ? e.message : String(e);
}
