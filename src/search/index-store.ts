import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { AppError } from '../errors.js';
import type { Analyzer } from './analyzer.js';
import {
  ANALYZER_ID,
  FILES,
  INDEX_FORMAT_VERSION,
  manifestSchema,
  type IndexManifest,
  type LoadedIndex,
  type StoredPassage,
} from './index-format.js';
import { KeywordIndex, type Bm25Params } from './keyword-index.js';
import { VectorIndex, type HnswParams } from './vector-index.js';
import { decodeKeywordData, encodeKeywordData } from './keyword-codec.js';

const CURRENT = 'CURRENT';

/** Version folder named by `INDEX_DIR/CURRENT`, or undefined when there is no index yet. */
export async function currentVersion(indexDir: string): Promise<string | undefined> {
  try {
    const name = (await fs.readFile(path.join(indexDir, CURRENT), 'utf8')).trim();
    return name || undefined;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** Reads and validates a version's manifest (no data files). */
export async function readManifest(indexDir: string, version: string): Promise<IndexManifest> {
  const file = path.join(indexDir, version, FILES.manifest);
  let raw: string;
  try {
    raw = await fs.readFile(file, 'utf8');
  } catch (e) {
    throw new AppError('INDEX_CORRUPT', { file, reason: (e as Error).message }, { cause: e });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new AppError('INDEX_CORRUPT', { file, reason: 'not valid JSON' }, { cause: e });
  }
  const version_ = (json as { formatVersion?: unknown })?.formatVersion;
  if (version_ !== INDEX_FORMAT_VERSION) {
    throw new AppError('INDEX_INCOMPATIBLE', {
      reason: `it has format version ${String(version_)}, this program reads version ${INDEX_FORMAT_VERSION}`,
    });
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    throw new AppError('INDEX_CORRUPT', { file, reason: `unexpected content at ${parsed.error.issues[0]?.path.join('.')}` });
  }
  if (parsed.data.analyzer !== ANALYZER_ID) {
    throw new AppError('INDEX_INCOMPATIBLE', { reason: `it was analysed with ${parsed.data.analyzer}, not ${ANALYZER_ID}` });
  }
  return parsed.data;
}

export interface LoadOptions {
  analyzer: Analyzer;
  bm25: Bm25Params;
  hnsw: HnswParams;
  /** When given, the index must have been built by this embedder. */
  embedder?: { kind: string; model: string; dimensions: number };
}

/**
 * Loads the live index. Every data file is checked against the manifest's size and CRC-32
 * before it is parsed, so a truncated or damaged file is reported by name (and never handed
 * to the native hnswlib reader).
 * @throws {AppError} INDEX_MISSING, INDEX_CORRUPT (names the file), INDEX_INCOMPATIBLE.
 */
export async function loadIndex(indexDir: string, options: LoadOptions): Promise<LoadedIndex> {
  const version = await currentVersion(indexDir);
  if (!version) throw new AppError('INDEX_MISSING', { dir: indexDir });
  const manifest = await readManifest(indexDir, version);
  const want = options.embedder;
  if (want && (want.kind !== manifest.embedder.kind || want.model !== manifest.embedder.model || want.dimensions !== manifest.embedder.dimensions)) {
    throw new AppError('INDEX_INCOMPATIBLE', {
      reason: `it was built with the ${manifest.embedder.kind} embedder (${manifest.embedder.model}, ${manifest.embedder.dimensions} dimensions) but the ${want.kind} embedder (${want.model}, ${want.dimensions} dimensions) is configured`,
    });
  }
  const dir = path.join(indexDir, version);
  const read = async (name: string) => {
    const file = path.join(dir, name);
    const expected = manifest.files[name];
    let buf: Buffer;
    try {
      buf = await fs.readFile(file);
    } catch (e) {
      throw new AppError('INDEX_CORRUPT', { file, reason: 'file is missing' }, { cause: e });
    }
    if (!expected) throw new AppError('INDEX_CORRUPT', { file, reason: 'not listed in the manifest' });
    if (buf.length !== expected.bytes) {
      throw new AppError('INDEX_CORRUPT', { file, reason: `${buf.length} bytes instead of ${expected.bytes}, truncated or overwritten` });
    }
    if (zlib.crc32(buf) !== expected.crc32) throw new AppError('INDEX_CORRUPT', { file, reason: 'checksum mismatch' });
    return buf;
  };
  const passagesBuf = await read(FILES.passages);
  const keywordBuf = await read(FILES.keyword);
  await read(FILES.vectors);
  let passages: StoredPassage[];
  try {
    passages = JSON.parse(passagesBuf.toString('utf8')) as StoredPassage[];
  } catch (e) {
    throw new AppError('INDEX_CORRUPT', { file: path.join(dir, FILES.passages), reason: 'not valid JSON' }, { cause: e });
  }
  const keyword = KeywordIndex.fromData(decodeKeywordData(keywordBuf, path.join(dir, FILES.keyword)), options.analyzer, options.bm25);
  const vectors = await VectorIndex.load(path.join(dir, FILES.vectors), manifest.embedder.dimensions, options.hnsw);
  return { manifest, version, passages, ordinalOfLabel: labelMap(passages), keyword, vectors };
}

export function labelMap(passages: StoredPassage[]): Map<number, number> {
  return new Map(passages.map((p, i) => [p.label, i]));
}

/**
 * Writes a complete version folder next to the live one and then switches `CURRENT` to it
 * with an atomic rename. A crash at any point leaves the previous version live; folders of
 * crashed builds are removed by the next successful write.
 */
export async function writeIndex(
  indexDir: string,
  parts: { manifest: Omit<IndexManifest, 'files' | 'formatVersion' | 'analyzer'>; passages: StoredPassage[]; keyword: KeywordIndex; vectors: VectorIndex },
): Promise<string> {
  await fs.mkdir(indexDir, { recursive: true });
  const version = `v-${new Date().toISOString().replace(/[-:.TZ]/g, '')}-${randomBytes(3).toString('hex')}`;
  const dir = path.join(indexDir, version);
  await fs.mkdir(dir);
  const files: IndexManifest['files'] = {};
  const put = async (name: string, data: Buffer) => {
    await writeDurable(path.join(dir, name), data);
    files[name] = { bytes: data.length, crc32: zlib.crc32(data) };
  };
  await put(FILES.passages, Buffer.from(JSON.stringify(parts.passages)));
  await put(FILES.keyword, encodeKeywordData(parts.keyword.data));
  const vecFile = path.join(dir, FILES.vectors);
  await parts.vectors.save(vecFile);
  const vecBuf = await fs.readFile(vecFile);
  await fsyncFile(vecFile);
  files[FILES.vectors] = { bytes: vecBuf.length, crc32: zlib.crc32(vecBuf) };
  const manifest: IndexManifest = { formatVersion: INDEX_FORMAT_VERSION, analyzer: ANALYZER_ID, ...parts.manifest, files };
  await writeDurable(path.join(dir, FILES.manifest), Buffer.from(JSON.stringify(manifest, null, 2)));
  // The switch: write CURRENT.tmp, then rename over CURRENT (atomic on POSIX file systems).
  const tmp = path.join(indexDir, `${CURRENT}.${process.pid}.tmp`);
  await writeDurable(tmp, Buffer.from(version + '\n'));
  await fs.rename(tmp, path.join(indexDir, CURRENT));
  await fsyncDir(indexDir);
  await removeOtherVersions(indexDir, version);
  return version;
}

async function removeOtherVersions(indexDir: string, keep: string): Promise<void> {
  for (const name of await fs.readdir(indexDir)) {
    if (name.startsWith('v-') && name !== keep) {
      await fs.rm(path.join(indexDir, name), { recursive: true, force: true });
    }
  }
}

async function writeDurable(file: string, data: Buffer): Promise<void> {
  const fh = await fs.open(file, 'w');
  try {
    await fh.writeFile(data);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

async function fsyncFile(file: string): Promise<void> {
  const fh = await fs.open(file, 'r+');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

async function fsyncDir(dir: string): Promise<void> {
  try {
    const fh = await fs.open(dir, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch {
    // Some platforms cannot fsync a directory; the rename is still atomic.
  }
}
