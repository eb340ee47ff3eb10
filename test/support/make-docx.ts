/**
 * Writes realistic Word documents for tests with the `docx` package: heading styles, a table,
 * a bulleted list, a footnote, a tracked insertion and deletion, a comment, core and custom
 * properties.
 */
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';

export type DocxBlock = { kind: 'h1' | 'h2' | 'h3' | 'p' | 'li'; text: string } | { kind: 'table'; rows: string[][] };

const LEVEL = { h1: HeadingLevel.HEADING_1, h2: HeadingLevel.HEADING_2, h3: HeadingLevel.HEADING_3 } as const;

/** A .docx with the given blocks (no tracked changes or notes). */
export async function makeDocx(blocks: DocxBlock[], options: { title?: string; url?: string } = {}): Promise<Buffer> {
  const children = blocks.map((b) => {
    if (b.kind === 'table') {
      return new Table({ rows: b.rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })) });
    }
    if (b.kind === 'p') return new Paragraph(b.text);
    if (b.kind === 'li') return new Paragraph({ text: b.text, bullet: { level: 0 } });
    return new Paragraph({ text: b.text, heading: LEVEL[b.kind] });
  });
  const doc = new Document({
    ...(options.title ? { title: options.title } : {}),
    ...(options.url ? { customProperties: [{ name: 'URL', value: options.url }] } : {}),
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

/** A strategy paper with headings, a table, a list, a footnote, a tracked change and a comment. */
export async function makeStrategyDocx(): Promise<Buffer> {
  const doc = new Document({
    title: 'Digitalstrategie MV (Word)',
    customProperties: [{ name: 'Quelle', value: 'https://www.example.org/digitalstrategie.docx' }],
    features: { trackRevisions: true },
    footnotes: { 1: { children: [new Paragraph('Beschluss der Landesregierung vom 12. März 2024.')] } },
    comments: { children: [{ id: 0, author: 'Referat 2', children: [new Paragraph('Zahl prüfen – Entwurf!')] }] },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Digitalstrategie', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: 'Ziele', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({
            children: [
              new TextRun('Bis 2026 sollen '),
              new DeletedTextRun({ id: 1, author: 'Referat 2', date: '2024-03-01T10:00:00Z', text: '400' }),
              new InsertedTextRun({ id: 2, author: 'Referat 2', date: '2024-03-01T10:00:00Z', text: '600' }),
              new TextRun(' Verwaltungsleistungen online verfügbar sein.'),
              new FootnoteReferenceRun(1),
            ],
          }),
          new Paragraph({
            children: [
              new CommentRangeStart(0),
              new TextRun('Das Land investiert 30 Millionen Euro in das Serviceportal.'),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
            ],
          }),
          new Paragraph({ text: 'Nutzerkonto für alle Bürgerinnen und Bürger', bullet: { level: 0 } }),
          new Paragraph({ text: 'Elektronische Akte in allen Ministerien', bullet: { level: 0 } }),
          new Paragraph({ text: 'Zeitplan', heading: HeadingLevel.HEADING_2 }),
          new Table({
            rows: [
              ['Vorhaben', 'Jahr', 'Zuständig'],
              ['E-Akte', '2025', 'Staatskanzlei'],
              ['Serviceportal', '2026', 'Innenministerium'],
            ].map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })),
          }),
          new Paragraph('Der Zeitplan wird jährlich fortgeschrieben.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
