/**
 * Writes small PDF files by hand (test support): Helvetica text, one text line per string, a
 * correct cross-reference table. Text is encoded in WinAnsi (Latin-1), so umlauts work.
 */
export interface PdfOptions {
  /** Document information dictionary Title. */
  title?: string;
  /** Extra entries for the trailer dictionary (e.g. an /Encrypt dictionary). */
  trailerExtra?: string;
}

/** A PDF with one page per entry of `pages`, each a list of text lines (empty list: no text). */
export function makePdf(pages: string[][], options: PdfOptions = {}): Buffer {
  const objs: string[] = [];
  const fontId = 3 + pages.length * 2;
  const infoId = fontId + 1;
  objs.push('<< /Type /Catalog /Pages 2 0 R >>');
  objs.push(`<< /Type /Pages /Kids [${pages.map((_, i) => `${3 + i * 2} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  pages.forEach((lines, i) => {
    const content = lines.length ? `BT /F1 12 Tf 72 720 Td 16 TL ${lines.map((l) => `(${escape(l)}) Tj T*`).join(' ')} ET` : '';
    objs.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${fontId} 0 R >> >> /Contents ${4 + i * 2} 0 R >>`);
    objs.push(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
  });
  objs.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  objs.push(`<< ${options.title ? `/Title (${escape(options.title)})` : ''} /Producer (test) >>`);
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R /Info ${infoId} 0 R ${options.trailerExtra ?? ''}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A PDF whose trailer has a Standard-security /Encrypt dictionary with a non-empty user password. */
export function makeEncryptedPdf(): Buffer {
  const encrypt = `/Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >> /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>] `;
  return makePdf([['Vertraulich']], { trailerExtra: encrypt });
}

function escape(s: string): string {
  return s.replace(/[\\()]/g, (c) => `\\${c}`);
}
