import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { AppError, describeSystemError } from '../errors.js';
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

/** The form of a version folder's name (see {@link writeIndex}); CURRENT must name one. */
const VERSION_NAME = /^v-\d{8,24}-[0-9a-f]{4,32}$/;

/**
 * Version folder named by `INDEX_DIR/CURRENT`, or undefined when there is no index yet. Only a
 * name of the form `v-<time>-<hex>` is accepted, so CURRENT can never lead outside INDEX_DIR.
 * @throws {AppError} INDEX_CORRUPT (CURRENT is a folder or names no version folder),
 *   INDEX_DIR_UNUSABLE (INDEX_DIR is not a folder or cannot be read).
 */
export async function currentVersion(indexDir: string): Promise<string | undefined> {
  const file = path.join(indexDir, CURRENT);
  let name: string;
  try {
    name = (await fs.readFile(file, 'utf8')).trim();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'EISDIR') throw new AppError('INDEX_CORRUPT', { file, reason: 'it is a folder, not a file' }, { cause: e });
    if (code === 'ENOTDIR') throw new AppError('INDEX_DIR_UNUSABLE', { dir: indexDir, reason: 'it is not a folder' }, { cause: e });
    throw new AppError('INDEX_DIR_UNUSABLE', { dir: indexDir, reason: describeSystemError(e) }, { cause: e });
  }
  if (!name) return undefined;
  if (!VERSION_NAME.test(name)) {
    throw new AppError('INDEX_CORRUPT', { file, reason: 'it does not name a version folder of the form v-<time>-<id>' });
  }
  return name;
}

/**
 * Makes sure INDEX_DIR is a folder this process can write, creating it (and its parents) when
 * missing. Called before anything is written next to it (the lock file).
 * @throws {AppError} INDEX_DIR_UNUSABLE saying why (not a folder, cannot be created, read-only).
 */
export async function ensureIndexDir(indexDir: string): Promise<void> {
  const info = await fs.stat(indexDir).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? undefined : e));
  if (info instanceof Error) {
    const reason = info.code === 'ENOTDIR' ? 'a part of its path is a file, not a folder' : describeSystemError(info);
    throw new AppError('INDEX_DIR_UNUSABLE', { dir: indexDir, reason }, { cause: info });
  }
  if (info && !info.isDirectory()) throw new AppError('INDEX_DIR_UNUSABLE', { dir: indexDir, reason: 'it is a file, not a folder' });
  if (!info) {
    try {
      await makeFolders(indexDir);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'the file system does not allow it' : code === 'ENOTDIR' ? 'a part of its path is a file' : describeSystemError(e);
      throw new AppError('INDEX_DIR_UNUSABLE', { dir: indexDir, reason: `it cannot be created: ${why}` }, { cause: e });
    }
  }
  try {
    await fs.access(indexDir, fs.constants.W_OK | fs.constants.X_OK);
  } catch (e) {
    throw new AppError('INDEX_DIR_UNUSABLE', { dir: indexDir, reason: `it is not writable: ${describeSystemError(e)}` }, { cause: e });
  }
}

/** Reads and validates a version's manifest (no data files). */
export async function readManifest(indexDir: string, version: string): Promise<IndexManifest> {
  const file = path.join(indexDir, version, FILES.manifest);
  let raw: string;
  try {
    raw = await fs.readFile(file, 'utf8');
  } catch (e) {
    throw new AppError('INDEX_CORRUPT', { file, reason: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'file is missing' : describeSystemError(e) }, { cause: e });
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
      const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
      throw new AppError('INDEX_CORRUPT', { file, reason: missing ? 'file is missing' : describeSystemError(e) }, { cause: e });
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
  let vectors: VectorIndex;
  try {
    vectors = await VectorIndex.load(path.join(dir, FILES.vectors), manifest.embedder.dimensions, options.hnsw);
  } catch (e) {
    // The checksum matched, yet hnswlib refuses the graph (written damaged, or edited along with its checksum).
    throw new AppError('INDEX_CORRUPT', { file: path.join(dir, FILES.vectors), reason: 'the vector graph cannot be read' }, { cause: e });
  }
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
  await removeIfFolder(path.join(indexDir, CURRENT));
  await fs.rename(tmp, path.join(indexDir, CURRENT));
  await fsyncDir(indexDir);
  await removeOtherVersions(indexDir, version);
  return version;
}

/**
 * `mkdir -p` one level at a time: node's `mkdir(…, { recursive: true })` never returns for a
 * path under /proc (`/proc/x`: ENOENT for the child while the parent exists; measured on Node 20).
 */
async function makeFolders(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const exists = await fs.stat(d).then(
      () => true,
      (e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? false : Promise.reject(e)),
    );
    if (exists || path.dirname(d) === d) break;
    missing.unshift(d);
  }
  for (const d of missing) {
    await fs.mkdir(d).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EEXIST') throw e;
    });
  }
}

/** A folder named CURRENT (damage; a file cannot be renamed over it) is removed before the switch. */
async function removeIfFolder(file: string): Promise<void> {
  const info = await fs.lstat(file).catch(() => undefined);
  if (info?.isDirectory()) await fs.rm(file, { recursive: true, force: true });
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
