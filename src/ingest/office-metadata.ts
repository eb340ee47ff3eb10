import type JSZip from 'jszip';
import { sourceUrl } from './source-link.js';

/** Names of custom document properties that hold a source link (case-insensitive). */
const URL_PROPERTY = /^(?:url|source|quelle|sourceurl|source-url|quell-url)$/i;

/**
 * The text of the first `<tag>` element in an XML string (entities decoded, whitespace
 * collapsed), or `undefined`. Enough for the flat metadata files of Office and OpenDocument
 * packages.
 */
export function readXmlText(xml: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
  return m ? decodeEntities(m[1]!).replace(/\s+/g, ' ').trim() || undefined : undefined;
}

/**
 * A source link in an Office package's metadata: a custom property named URL/Source/Quelle
 * (docProps/custom.xml), else the hyperlink base (docProps/app.xml).
 */
export async function readOfficeUrl(zip: JSZip): Promise<string | undefined> {
  const custom = await zip.file('docProps/custom.xml')?.async('string');
  for (const m of custom?.matchAll(/<property\b[^>]*\bname="([^"]*)"[^>]*>([\s\S]*?)<\/property>/g) ?? []) {
    if (!URL_PROPERTY.test(decodeEntities(m[1]!))) continue;
    const value = /<vt:\w+>([^<]*)<\/vt:\w+>/.exec(m[2]!)?.[1];
    const url = sourceUrl(value && decodeEntities(value));
    if (url) return url;
  }
  const app = await zip.file('docProps/app.xml')?.async('string');
  return sourceUrl(app ? readXmlText(app, 'HyperlinkBase') : undefined);
}

/** A source link among OpenDocument user-defined metadata fields named URL/Source/Quelle (meta.xml). */
export function readOdfUrl(metaXml: string): string | undefined {
  for (const m of metaXml.matchAll(/<meta:user-defined\b[^>]*\bmeta:name="([^"]*)"[^>]*>([^<]*)<\/meta:user-defined>/g)) {
    if (!URL_PROPERTY.test(decodeEntities(m[1]!))) continue;
    const url = sourceUrl(decodeEntities(m[2]!));
    if (url) return url;
  }
  return undefined;
}

function decodeEntities(s: string): string {
  return s.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi, (_, dec: string, hex: string, name: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name.toLowerCase()]!;
  });
}
