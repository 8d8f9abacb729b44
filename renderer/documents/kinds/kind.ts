// The renderer side of a document kind: its form, the draft the form edits, and the two ways between the
// draft and the kind's request (`toRequest` for the preview, `fromRequest` to reopen a register entry).
import type { ReactNode } from 'react';
import type { DocumentType, Input, IssuedRequest, Meeting } from '../../../main/contract/index.js';

export type KindInput<K extends DocumentType> = Extract<Input<'documents.prepare'>, { type: K }>['input'];
export type IssuedInput<K extends DocumentType> = Extract<IssuedRequest, { type: K }>['input'];

export interface FormProps<D> {
  draft: D;
  onChange: (draft: D) => void;
  /** The year's meetings, for kinds drawn from one. */
  meetings: Meeting[];
  /** Field errors of the last preview, keyed as the contract names them ("input.subject"). */
  errors: Record<string, string>;
}

export interface KindForm<K extends DocumentType, D> {
  /** A new draft; `meetingId` when the screen was opened from a meeting, `roundId` from a vote's round. */
  empty(meetingId: number | null, roundId: number | null): D;
  Form(props: FormProps<D>): ReactNode;
  /** The request's input, or why there is no preview yet. */
  toRequest(draft: D): KindInput<K> | { missing: string };
  /** The form a register entry was issued from, filled in again: the inverse of `toRequest`. */
  fromRequest(input: IssuedInput<K>): D;
  /** The meeting the draft is drawn from, to offer "Sửa hội nghị" when the meeting lacks something. */
  meetingId(draft: D): number | null;
  /** The form lists what to fix before issuing itself (with links to fix it); else the screen lists it. */
  listsProblems?: boolean;
}

/** A kind's form with its types erased, as the document screen handles every kind alike. */
export interface AnyKindForm {
  empty(meetingId: number | null, roundId: number | null): unknown;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  Form(props: FormProps<any>): ReactNode;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  toRequest(draft: any): unknown;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  fromRequest(input: any): unknown;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  meetingId(draft: any): number | null;
  listsProblems?: boolean;
}

/** What the document screen holds: the kind and its draft. */
export interface AnyDraft {
  type: DocumentType;
  value: unknown;
}
