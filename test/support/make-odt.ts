/**
 * Writes OpenDocument text files (.odt) for tests: the package layout (mimetype first, stored;
 * manifest; content.xml; meta.xml) with the body XML given, as LibreOffice writes it.
 */
import JSZip from 'jszip';

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
].join(' ');

export interface OdtOptions {
  title?: string;
  /** User-defined metadata fields (name → value). */
  userFields?: Record<string, string>;
  /** Mark the package as encrypted (manifest encryption data), as a password-protected file is. */
  encrypted?: boolean;
}

export async function makeOdt(bodyXml: string, options: OdtOptions = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' });
  const encryption = options.encrypted
    ? '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="xx"><manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="yy"/></manifest:encryption-data>'
    : '';
  zip.file(
    'META-INF/manifest.xml',
    `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">${encryption}</manifest:file-entry></manifest:manifest>`,
  );
  zip.file(
    'content.xml',
    `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS} office:version="1.3"><office:body><office:text><text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/></text:sequence-decls>${bodyXml}</office:text></office:body></office:document-content>`,
  );
  const fields = Object.entries(options.userFields ?? {})
    .map(([k, v]) => `<meta:user-defined meta:name="${k}">${v}</meta:user-defined>`)
    .join('');
  zip.file(
    'meta.xml',
    `<?xml version="1.0" encoding="UTF-8"?><office:document-meta ${NS} office:version="1.3"><office:meta>${options.title ? `<dc:title>${options.title}</dc:title>` : ''}${fields}</office:meta></office:document-meta>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
