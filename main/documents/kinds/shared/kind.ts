/**
 * A document kind: everything about one type of document, in its own folder (code, label, request
 * schema, the gathering of its data, the wording, the readiness checks, the issue date). The contract's
 * request union, the labels, the register's type column and the document screen's type picker all come
 * from the registry of kinds; the services prepare, check and issue any kind through this interface.
 *
 * Kinds are pure: they read the year's data through `DocumentSources`, which the services implement over
 * the database, so a kind runs the same in the services, in tests and in scripts.
 */
import type { z } from 'zod';
import type { Meeting, Pledge, ScaleDefinition, Standing, Year, YearEnd, YearUnit } from '../../../contract/index.js';
import type { SignatureBlock, StateDocument } from '../../model.js';
import type { DocumentBase, DocumentSettings } from './base.js';

/** What a kind may read of the year it is drafted in. */
export interface DocumentSources {
  year: Year;
  /** The year's document settings, resolved (names, signature, recipients). */
  settings: DocumentSettings;
  /** How the bloc signs what it sends up or publishes: "TM. KHỐI THI ĐUA …" / "TRƯỞNG KHỐI" / the head unit. */
  collectiveSignature: SignatureBlock;
  /** The year's member units, in Vietnamese order, under that year's names. */
  members(): Promise<YearUnit[]>;
  /** A meeting of this year; NOT_FOUND for a meeting of another year. */
  meeting(meetingId: number): Promise<Meeting>;
  meetings(): Promise<Meeting[]>;
  /** The year's pledge, saved or the default draft, with what is still to fix. */
  pledge(): Promise<Pledge>;
  /** The year's scale in force and the standings computed on it; null while the year has no locked scale. */
  scoring(): Promise<ScoringSource | null>;
  /** The year end: the vote's rules and tellers, the awards with their rounds and results, the succession. */
  yearEnd(): Promise<YearEnd>;
}

export interface ScoringSource {
  scaleVersion: number;
  definition: ScaleDefinition;
  /** In ranking order, disqualified units last. */
  standings: Standing[];
}

/** Something to fill in before the document can be issued; `field` names it for the form. */
export interface Problem {
  field: string;
  message: string;
}

/** A drafted document: the officer's input, the data gathered from it, and where it came from. */
export interface Draft<I = unknown, D extends DocumentBase = DocumentBase> {
  input: I;
  data: D;
  sources: DocumentSources;
}

export interface Gathered<D extends DocumentBase> {
  data: D;
  /** The meeting the document is drawn from, kept in the register. */
  sourceMeetingId: number | null;
}

/** When a document may be dated: its default, and whether it is a year-end document (January of next year allowed). */
export interface IssueDate {
  default: string | null;
  yearEnd: boolean;
}

export interface DocumentKind<K extends string = string, S extends z.ZodType = z.ZodType, D extends DocumentBase = DocumentBase> {
  key: K;
  /** The type picker's label, e.g. "Giấy mời". */
  label: string;
  /** The type code in the number (Decree 30, Appendix III), e.g. "GM"; null when the data decides (công văn or thông báo; a pledge). */
  typeCode: string | null;
  /** What the officer asks for (besides the year and, when issuing, the date). */
  input: S;
  gather(input: z.output<S>, sources: DocumentSources): Promise<Gathered<D>>;
  /** The wording: data → the one document model. Pure: a register entry rebuilds from its data alone. */
  build(data: D): StateDocument;
  /** What must be filled in before it can be issued; the preview shows them, `documents.issue` refuses them. */
  readiness(draft: Draft<z.output<S>, D>): Promise<Problem[]> | Problem[];
  issueDate(draft: Draft<z.output<S>, D>): Promise<IssueDate> | IssueDate;
  /** False: issued without a number (no "Số:" line), taking none from the series. */
  numbered(data: D): boolean;
  /** The register's type column, e.g. "Thông báo" for a letter with the TB code. */
  entryLabel(typeCode: string | null): string;
  /** The register's subject column. */
  registerTitle(model: StateDocument): string;
  /** The code in the file name, e.g. "GM"; "CV" for a công văn, which has no type code. */
  fileCode(model: StateDocument): string | null;
}

/** A kind with its types erased, as the services handle every kind alike. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyKind = DocumentKind<string, z.ZodType, any>;

type Required<K extends string, S extends z.ZodType, D extends DocumentBase> = Pick<
  DocumentKind<K, S, D>,
  'key' | 'label' | 'typeCode' | 'input' | 'gather' | 'build' | 'issueDate'
>;

/**
 * A kind with the usual answers where it gives none: numbered, its label and subject in the register. Its
 * readiness checks come after those every document has (the archive line).
 */
export function defineKind<K extends string, S extends z.ZodType, D extends DocumentBase>(
  kind: Required<K, S, D> & Partial<DocumentKind<K, S, D>>,
): DocumentKind<K, S, D> {
  const own = kind.readiness;
  return {
    numbered: () => true,
    entryLabel: () => kind.label,
    registerTitle: subjectLine,
    fileCode: (model) => model.header.typeCode,
    ...kind,
    readiness: async (draft) => [...archiveProblems(kind.build(draft.data)), ...(own ? await own(draft) : [])],
  };
}

/** Decree 30: "Nơi nhận" ends with "Lưu: VT, <the drafting office's code>", which only the officer knows. */
function archiveProblems(model: StateDocument): Problem[] {
  const last = model.recipients.at(-1)?.trim() ?? '';
  if (!/^-?\s*Lưu\s*:\s*VT\s*\.?$/u.test(last.normalize('NFC'))) return [];
  return [
    {
      field: 'settings.archive',
      message: 'Chưa có ký hiệu đơn vị soạn thảo để ghi sau “Lưu: VT,”: nhập ở Cài đặt văn bản, mục Nơi lưu (ví dụ “VT, VP”).',
    },
  ];
}

/** The subject as the register shows it: the lines under the title, or "V/v …" of a công văn. */
export function subjectLine(model: StateDocument): string {
  if (!model.subject) return model.title ?? '';
  return model.subject.placement === 'underTitle' ? model.subject.lines.join(' ') : `V/v ${model.subject.text}`;
}
