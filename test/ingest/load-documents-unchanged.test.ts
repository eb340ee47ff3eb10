import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDocuments } from '../../src/ingest/load-documents.js';

let dir: string | undefined;
afterEach(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

describe('loadDocuments with isUnchanged', () => {
  it('does not parse files the index already has and reports them as unchanged', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Titel\nEin Satz über DOMEA.\n');
    fs.writeFileSync(path.join(dir, 'kaputt.pdf'), '%PDF-1.4 garbage'); // would be skipped if parsed
    fs.writeFileSync(path.join(dir, 'kopie.txt'), 'Titel\nEin Satz über DOMEA.\n');
    const seen: string[] = [];
    const result = await loadDocuments(dir, {
      isUnchanged: (id, hash) => {
        seen.push(id);
        expect(hash).toMatch(/^[0-9a-f]{64}$/);
        return id !== 'a.txt';
      },
    });
    expect(result.documents.map((d) => d.id)).toEqual(['a.txt']);
    expect(result.unchanged.map((u) => u.id)).toEqual(['kaputt.pdf']);
    // Duplicates are still recognised (the copy is never offered as unchanged).
    expect(result.skipped).toEqual([{ file: 'kopie.txt', reason: 'duplicate of a.txt' }]);
    expect(seen).toEqual(['a.txt', 'kaputt.pdf']);
  });
});
