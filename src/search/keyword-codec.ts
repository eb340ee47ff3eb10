import { AppError } from '../errors.js';
import type { KeywordIndexData } from './keyword-index.js';

/**
 * Binary layout of keyword.bin:
 *   "KWI1" | u32 LE header length | header JSON {terms, passages, postings} |
 *   u32[passages+1] offsets | u32[postings] term ids | u16[postings] term frequencies
 * Typed arrays are copied out on decode, so alignment does not matter.
 */
const MAGIC = 'KWI1';

export function encodeKeywordData(data: KeywordIndexData): Buffer {
  const header = Buffer.from(
    JSON.stringify({ terms: data.terms, passages: data.offsets.length - 1, postings: data.termIds.length }),
  );
  const len = Buffer.alloc(4);
  len.writeUInt32LE(header.length);
  return Buffer.concat([
    Buffer.from(MAGIC),
    len,
    header,
    Buffer.from(data.offsets.buffer, data.offsets.byteOffset, data.offsets.byteLength),
    Buffer.from(data.termIds.buffer, data.termIds.byteOffset, data.termIds.byteLength),
    Buffer.from(data.tfs.buffer, data.tfs.byteOffset, data.tfs.byteLength),
  ]);
}

/** @throws {AppError} INDEX_CORRUPT naming `file` when the layout does not add up. */
export function decodeKeywordData(buf: Buffer, file: string): KeywordIndexData {
  const fail = (reason: string) => new AppError('INDEX_CORRUPT', { file, reason });
  if (buf.length < 8 || buf.toString('latin1', 0, 4) !== MAGIC) throw fail('not a keyword index file');
  const headerLen = buf.readUInt32LE(4);
  let header: { terms: string[]; passages: number; postings: number };
  try {
    header = JSON.parse(buf.toString('utf8', 8, 8 + headerLen));
  } catch {
    throw fail('damaged header');
  }
  let at = 8 + headerLen;
  const expected = at + (header.passages + 1) * 4 + header.postings * 6;
  if (buf.length !== expected) throw fail(`${buf.length} bytes instead of ${expected}`);
  const take = (bytes: number) => {
    const slice = buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + at + bytes);
    at += bytes;
    return slice;
  };
  const offsets = new Uint32Array(take((header.passages + 1) * 4));
  const termIds = new Uint32Array(take(header.postings * 4));
  const tfs = new Uint16Array(take(header.postings * 2));
  return { terms: header.terms, offsets, termIds, tfs };
}
