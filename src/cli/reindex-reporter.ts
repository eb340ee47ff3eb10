import cliProgress from 'cli-progress';
import type { ReindexSummary } from '../answer/types.js';
import type { ReindexProgress } from '../search/reindex.js';
import { terminalSafe } from '../text/terminal-safe.js';

/**
 * Shows reindex progress: a bar (passages embedded, ETA) on a terminal, a few plain lines
 * otherwise (logs, CI, pipes). Writes to stderr so `--json` output on stdout stays clean.
 */
export function createReindexReporter(stream: NodeJS.WriteStream = process.stderr): {
  onProgress: (p: ReindexProgress) => void;
  stop: () => void;
} {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: 'Indexing |{bar}| {value}/{total} passages to embed · {documents} documents · ETA {eta_formatted}',
        hideCursor: true,
        clearOnComplete: true,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      onProgress: (p) => {
        if (p.phase !== 'embed') return;
        if (!started) {
          bar.start(p.total, p.done, { documents: p.documents });
          started = true;
        } else bar.update(p.done, { documents: p.documents });
      },
      stop: () => started && bar.stop(),
    };
  }
  let lastPct = -1;
  return {
    onProgress: (p) => {
      if (p.phase === 'scan') stream.write(`reindex: ${p.documents} documents read\n`);
      if (p.phase === 'write') stream.write(`reindex: writing index (${p.passages} passages)\n`);
      if (p.phase === 'embed' && p.total > 0) {
        const pct = Math.floor((p.done / p.total) * 4) * 25;
        if (pct !== lastPct) {
          lastPct = pct;
          stream.write(`reindex: embedded ${p.done}/${p.total} passages (${pct} %)\n`);
        }
      }
    },
    stop: () => {},
  };
}

/** The human summary of a reindex run, one fact per line. */
export function formatSummary(s: ReindexSummary): string {
  const d = s.documents;
  const lines = [
    `Documents: ${d.added} added, ${d.changed} changed, ${d.unchanged} unchanged, ${d.removed} removed, ${d.skipped} skipped`,
    // File names (and reasons quoting them) are untrusted: one line each, no escape sequences.
    ...s.skipped.map((x) => `  skipped ${terminalSafe(`${x.file}: ${x.reason}`, { singleLine: true })}`),
    `Passages: ${s.passages} (${s.embedded} embedded in this run)`,
    `Embedder: ${s.embedder}`,
    `Time: ${(s.ms / 1000).toFixed(1)} s`,
  ];
  return lines.join('\n');
}
