/**
 * StateDocument → DOCX bytes. Pure: uses Packer.toArrayBuffer, which needs neither Node's Buffer nor
 * the DOM, so the renderer, services, tests and CLI can all call it.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type Table,
} from 'docx';
import JSZip from 'jszip';
import type { StateDocument } from '../model.js';
import { isValidIsoDate, nfc } from '../format.js';
import { bodyElements } from './body.js';
import { BODY_STYLE_ID, frontMatter } from './front.js';
import { stateHeader } from './header.js';
import { BLACK, FIRST_LINE_INDENT, FONT, LINE_SPACING, PARAGRAPH_AFTER, SIZE } from '../layout/sizes.js';
import { signatureArea } from './signature.js';
import { A4, MARGINS, ptToHalfPoints } from '../layout/units.js';

const BLACK_BOLD = { font: { ascii: FONT, hAnsi: FONT, eastAsia: FONT, cs: FONT }, color: BLACK, bold: true } as const;

/** The docx object model of a state document, for callers that want to pack it themselves. */
export function buildDocx(doc: StateDocument): Document {
  const bodyHalfPoints = ptToHalfPoints(doc.options.bodyFontSize);
  // The page's properties and headers, shared by every section.
  const section = (children: (Paragraph | Table)[]) => ({
    properties: {
      page: {
        // docx swaps width and height itself for landscape.
        size: {
          width: A4.width,
          height: A4.height,
          orientation: doc.options.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: MARGINS.top,
          bottom: MARGINS.bottom,
          left: MARGINS.left,
          right: MARGINS.right,
          header: MARGINS.header,
          footer: MARGINS.footer,
        },
      },
      // Page numbers from page 2: the first page has its own, empty, header.
      titlePage: true,
    },
    headers: {
      default: new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ children: [PageNumber.CURRENT], size: ptToHalfPoints(SIZE.pageNumber) })],
          }),
        ],
      }),
      first: new Header({ children: [new Paragraph({ children: [] })] }),
    },
    children,
  });

  return new Document({
    creator: 'Khối Thi Đua',
    lastModifiedBy: 'Khối Thi Đua',
    title: nfc(doc.title ?? (doc.subject?.placement === 'underNumber' ? doc.subject.text : '')),
    styles: {
      default: {
        document: {
          // All four font slots: Vietnamese letters fall in hAnsi, and a missing slot lets Word substitute.
          run: {
            font: { ascii: FONT, hAnsi: FONT, eastAsia: FONT, cs: FONT },
            size: bodyHalfPoints,
            sizeComplexScript: bodyHalfPoints,
            color: BLACK,
          },
          paragraph: { spacing: { before: 0, after: 0, line: 240 } },
        },
        // docx's built-in title and heading styles are blue Calibri-like; an officer who applies them in
        // Word must still get black Times New Roman.
        title: { run: BLACK_BOLD },
        heading1: { run: BLACK_BOLD },
        heading2: { run: BLACK_BOLD },
        heading3: { run: BLACK_BOLD },
        heading4: { run: BLACK_BOLD },
        heading5: { run: BLACK_BOLD },
        heading6: { run: BLACK_BOLD },
      },
      paragraphStyles: [
        {
          id: BODY_STYLE_ID,
          name: 'Body Text',
          basedOn: 'Normal',
          quickFormat: true,
          paragraph: {
            alignment: AlignmentType.JUSTIFIED,
            indent: { firstLine: FIRST_LINE_INDENT },
            spacing: { before: 0, after: PARAGRAPH_AFTER, line: LINE_SPACING },
          },
        },
      ],
    },
    sections: printedPages(doc).map(section),
  });
}

/** The document's paragraphs and tables, built afresh for each copy (docx objects are not shared). */
const content = (doc: StateDocument): (Paragraph | Table)[] => [
  stateHeader(doc),
  ...frontMatter(doc),
  ...bodyElements(doc.body, doc.options, doc.signatures !== null),
  ...signatureArea(doc),
];

/**
 * The content of each section: the document, or a form's copies one section each page, so each page
 * starts a new one and, as a first page, bears no page number. Two to a page are parted by a dashed line
 * to cut along.
 */
function printedPages(doc: StateDocument): (Paragraph | Table)[][] {
  const copies = doc.options.copies;
  if (!copies) return [content(doc)];
  const pages = Math.ceil(Math.max(1, copies.count) / copies.perPage);
  return Array.from({ length: pages }, (_, page) => {
    const second = copies.perPage === 2 && page * 2 + 1 < copies.count;
    return second ? [...content(doc), ...cutLine(), ...content(doc)] : content(doc);
  });
}

/** A dashed line across the page between two copies, with air on both sides. */
const cutLine = (): Paragraph[] => [
  new Paragraph({ spacing: { before: 120, after: 0 }, border: { bottom: { style: BorderStyle.DASHED, size: 6, color: BLACK, space: 1 } }, children: [] }),
  new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
];

/**
 * The DOCX bytes of a document. Deterministic: the same model gives the same bytes, so a document
 * reprinted from the register has the SHA-256 it was issued with. docx stamps the package with the
 * time of packing (core.xml) and so does its zip writer (every entry's date): both are replaced by
 * the document's own date, and the package is re-zipped with fixed settings.
 */
export async function renderDocx(doc: StateDocument): Promise<Uint8Array> {
  const buffer = await Packer.toArrayBuffer(buildDocx(doc));
  return repack(new Uint8Array(buffer), packageDate(doc.header.date));
}

/** Noon UTC of the document's date (the same calendar day in every time zone); a draft takes a fixed date. */
function packageDate(isoDate: string | null): Date {
  return new Date(`${isoDate && isValidIsoDate(isoDate) ? isoDate : '2000-01-01'}T12:00:00Z`);
}

const CONTENT_TYPES = '[Content_Types].xml';

async function repack(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(bytes);
  const target = new JSZip();
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  // [Content_Types].xml first, as Word writes it, then the order docx wrote; folders are implied by paths.
  const entries = Object.values(source.files).sort((a, b) => Number(b.name === CONTENT_TYPES) - Number(a.name === CONTENT_TYPES));
  for (const entry of entries) {
    if (entry.dir) continue;
    let content = await entry.async('uint8array');
    if (entry.name === 'docProps/core.xml') {
      const xml = new TextDecoder().decode(content).replace(
        /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g,
        `$1${stamp}$2`,
      );
      content = new TextEncoder().encode(xml);
    }
    target.file(entry.name, content, { date, createFolders: false });
  }
  return target.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    platform: 'DOS',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
}
