import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { DocsPathGuard } from '../ingest/docs-path-guard.js';
import { listFiles } from '../ingest/load-documents.js';
import type { IndexManifest } from './index-format.js';
import { terminalSafe } from '../text/terminal-safe.js';

/** Files that differ between the documents folder and the index. */
export interface Freshness {
  added: string[];
  changed: string[];
  removed: string[];
}

/**
 * Compares the documents folder with an index manifest by content hash: which files are new,
 * changed or gone since the index was built. Files the index skipped count as known.
 */
export async function checkFreshness(docsDir: string, manifest: IndexManifest): Promise<Freshness> {
  const indexed = new Map(manifest.documents.map((d) => [d.id, d.hash]));
  const skipped = new Set(manifest.skipped.map((s) => s.file));
  const out: Freshness = { added: [], changed: [], removed: [] };
  let files: string[];
  let guard: DocsPathGuard;
  try {
    guard = await DocsPathGuard.create(docsDir);
    files = await listFiles(docsDir);
  } catch {
    return { ...out, removed: [...indexed.keys()] };
  }
  const present = new Set<string>();
  for (const rel of files) {
    const id = rel.normalize('NFC');
    present.add(id);
    const hash = indexed.get(id);
    if (hash === undefined) {
      if (!skipped.has(id)) out.added.push(id);
      continue;
    }
    // Read only through the guard, like the loader: a link that now leads out counts as changed.
    const target = await guard.resolve(rel);
    const bytes = 'path' in target ? await readFile(target.path).catch(() => undefined) : undefined;
    if (!bytes || createHash('sha256').update(bytes).digest('hex') !== hash) out.changed.push(id);
  }
  for (const id of indexed.keys()) if (!present.has(id)) out.removed.push(id);
  return out;
}

/** One line for operators, or undefined when the index is up to date. */
export function describeStaleness(f: Freshness): string | undefined {
  const parts = [
    f.added.length && `${f.added.length} new`,
    f.changed.length && `${f.changed.length} changed`,
    f.removed.length && `${f.removed.length} removed`,
  ].filter(Boolean);
  if (!parts.length) return undefined;
  // File names are untrusted: shown on terminals and in logs, so one line each without escapes.
  const all = [...f.added, ...f.changed, ...f.removed];
  const names = all
    .slice(0, 3)
    .map((n) => terminalSafe(n, { singleLine: true }))
    .join(', ');
  return `The index is out of date: ${parts.join(', ')} document(s) since it was built (${names}${all.length > 3 ? ', …' : ''}). Run \`npm run reindex\` to update it.`;
}
