/**
 * The model of a Vietnamese state document (Decree 30/2020/NĐ-CP, Appendix I).
 *
 * One model, many outputs: the document types build it from plain data, `renderDocx` turns it into
 * Word, `checkDocument` reports breaches of the format rules. It holds words, not layout: fonts, sizes,
 * rules and spacing are decided by the renderer so every document looks the same.
 */

/** Codes of the common document types (Decree 30, Appendix III). Kept open: a bloc may use its own. */
export const KNOWN_TYPE_CODES = ['BB', 'BC', 'TTr', 'GM', 'KH', 'QC', 'CTr', 'TB', 'QĐ'] as const;
export type KnownTypeCode = (typeof KNOWN_TYPE_CODES)[number];

export interface DocumentHeader {
  /** Governing body in capitals, e.g. "UBND TỈNH BẮC KẠN". A "\n" forces a line break. */
  governingBody: string;
  /** Issuing body in capitals, e.g. "KHỐI THI ĐUA VĂN HÓA - XÃ HỘI". A "\n" forces a line break. */
  issuingBody: string;
  /** Serial number, e.g. "05" or "5"; null for a draft, printed as blank space to be filled in by hand. */
  number: string | null;
  /** Type code, e.g. "GM"; null for a công văn, whose symbol is the issuer code only. */
  typeCode: string | null;
  /** Issuer code, e.g. "KTĐVHXH". */
  issuerCode: string;
  /** Place name for the date line, e.g. "Bắc Kạn". */
  place: string;
  /** Date of issue, ISO yyyy-mm-dd; null for a draft whose date is filled in by hand. */
  date: string | null;
  /**
   * False for a document issued without a number (a pledge may be): the "Số:" line is left out. Omitted
   * means numbered.
   */
  numbered?: boolean;
}

/** A run of text with its own emphasis, inside a paragraph. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** Plain text, or runs when part of the text needs emphasis. */
export type RichText = string | TextRun[];

export type Alignment = 'left' | 'center' | 'right' | 'justify';

export interface HeadingBlock {
  kind: 'heading';
  /** Full heading text including its own numbering, e.g. "I. KẾT QUẢ ĐẠT ĐƯỢC". */
  text: string;
  /** 1: section (bold), 2: subsection (bold), 3: minor (bold italic). */
  level: 1 | 2 | 3;
  align?: Alignment;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: RichText;
  align?: Alignment;
  /** Body paragraphs take a first-line indent; set false for e.g. a centred line. Default true. */
  indent?: boolean;
  bold?: boolean;
  italic?: boolean;
}

export interface NumberedItemBlock {
  kind: 'numbered';
  /** The printed label, e.g. "1.", "a)". Written as text, not as Word numbering, so it never renumbers itself. */
  label: string;
  text: RichText;
}

export interface BulletBlock {
  kind: 'bullet';
  text: RichText;
  /** "-" (default) or "+" for a second level, the customary markers. */
  marker?: '-' | '+';
}

export interface TableColumn {
  /** Width: twips (DXA) when the table's widthUnit is 'dxa', else a relative weight. */
  width: number;
  align?: Alignment;
}

export interface TableCellSpec {
  text: RichText;
  align?: Alignment;
  bold?: boolean;
  italic?: boolean;
  /** Number of grid columns this cell spans. */
  colSpan?: number;
  /** Number of rows this cell spans downward; the rows below leave its columns out, as in HTML. */
  rowSpan?: number;
}

export type TableCell = string | TableCellSpec;

export interface TableBlock {
  kind: 'table';
  columns: TableColumn[];
  /** 'dxa': widths are twips; 'weight': widths are shares of the text width. */
  widthUnit: 'dxa' | 'weight';
  /** Header rows: bold, centred, repeated on every page. */
  headerRows: TableCell[][];
  rows: TableCell[][];
  /** Table text size in points; defaults to one point below the body size. */
  fontSize?: number;
  /** Narrow cell margins and tight rows, for a wide table that must fit its page (the score summary). */
  dense?: boolean;
  /** The last rows stay on the page of what follows (the signatures), so that never stands alone on a page. */
  keepLastRows?: number;
}

export type SignaturePrefix = 'TM.' | 'KT.' | 'Q.' | 'TL.' | 'TUQ.';

export interface SignatureBlock {
  /** Unit name above the authority, as in the pledge's grid ("SỞ Y TẾ" over "KT. GIÁM ĐỐC"). */
  unit?: string | null;
  /** Authority prefix; null when the head signs in their own right. */
  prefix?: SignaturePrefix | null;
  /** Authority lines in capitals, e.g. ["TRƯỞNG KHỐI", "GIÁM ĐỐC SỞ Y TẾ"]. The prefix goes before the first. */
  authority: string[];
  /** With KT.: the deputy's own position, e.g. "PHÓ GIÁM ĐỐC". */
  deputyPosition?: string | null;
  /** Full name, no academic titles. Empty for a blank block to be filled in by hand. */
  name: string;
  /** The officer chose to leave the name blank, to be written by hand: an empty name is then no breach. */
  blankName?: boolean;
}

export interface SignatureGridBlock {
  kind: 'signatureGrid';
  blocks: SignatureBlock[];
  perRow: 2 | 3;
}

export type BodyBlock =
  | HeadingBlock
  | ParagraphBlock
  | NumberedItemBlock
  | BulletBlock
  | TableBlock
  | SignatureGridBlock;

/** The subject (trích yếu): under the title, or "V/v …" under the number for a công văn. */
export type DocumentSubject =
  | { placement: 'underTitle'; lines: string[] }
  | { placement: 'underNumber'; text: string };

export interface DocumentSignatures {
  /** Left block, e.g. THƯ KÝ on minutes. When present, the recipients move below the signatures. */
  left?: SignatureBlock | null;
  right: SignatureBlock;
}

export interface DocumentOptions {
  bodyFontSize: 13 | 14;
  orientation: 'portrait' | 'landscape';
  /**
   * A form handed out to be filled in (a ballot): the whole document printed `count` times, one or two to
   * a page. It is neither signed nor sent: no signature, no "Nơi nhận".
   */
  copies?: { count: number; perPage: 1 | 2 };
}

export interface StateDocument {
  header: DocumentHeader;
  /** Type name in capitals, e.g. "GIẤY MỜI"; null for a công văn. */
  title: string | null;
  subject: DocumentSubject | null;
  /** "Kính gửi:" lines, one per addressee; empty when none. */
  addressee: string[];
  /** "Căn cứ …;" lines, the last ending with ".". */
  legalBases: string[];
  body: BodyBlock[];
  signatures: DocumentSignatures | null;
  /** "Nơi nhận:" entries without the leading "- "; the last is the "Lưu: VT, …" entry. */
  recipients: string[];
  options: DocumentOptions;
}

export const DEFAULT_OPTIONS: DocumentOptions = { bodyFontSize: 14, orientation: 'portrait' };
