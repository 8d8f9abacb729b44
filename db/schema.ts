// Row types of the database, as kysely sees them. Column names are snake_case
// in SQL; kysely's CamelCasePlugin maps them to the camelCase names below.
import type { Generated, ColumnType } from 'kysely';

type CreatedAt = ColumnType<string, string | undefined, never>;
type UpdatedAt = ColumnType<string, string | undefined, string>;

export interface BlocTable {
  id: Generated<number>;
  name: string;
  /** Stable identity across PCs (handover packages); filled by a trigger when inserted without one. */
  uid: Generated<string>;
  createdAt: CreatedAt;
}

/** A year of a bloc, with the profile fields that can change from year to year. */
export interface YearTable {
  id: Generated<number>;
  blocId: number;
  year: number;
  status: 'open' | 'closed';
  headUnitId: number | null;
  deputyUnitId: number | null;
  blocName: string;
  governingBody: string;
  issuingBody: string;
  symbol: string;
  place: string;
  provincialBoard: string;
}

/** A unit as an identity across years; its name and head live in year_units. */
export interface UnitTable {
  id: Generated<number>;
  blocId: number;
  name: string;
  shortName: string;
  /** Last year the unit took part; null while it is active. */
  endYear: number | null;
  /** The unit it merged into, when it ended by a merger. */
  successorUnitId: number | null;
  createdAt: CreatedAt;
}

/** Membership of a unit in a year, with everything that is per year. */
export interface YearUnitTable {
  yearId: number;
  unitId: number;
  name: string;
  shortName: string;
  headName: string;
  headPosition: string;
  deputySigns: number;
  deputyName: string;
  deputyPosition: string;
  address: string;
  phone: string;
  email: string;
  officerName: string;
  /** The name with the officer's line breaks for signature blocks; '' for automatic breaks. */
  printedName: string;
}

/** Document settings of a year; JSON columns hold ordered lists. A missing row reads as the bloc defaults. */
export interface SettingsTable {
  yearId: number;
  legalBases: string;
  defaultRecipients: string;
  signatureExplicit: number;
  signaturePrefix: 'TM.' | 'KT.' | null;
  signatureAuthority: string;
  signatureDeputyPosition: string;
  signatureName: string;
  archive: string;
  bodyFontSize: number;
}

export type MeetingKind = 'signing' | 'midYearReview' | 'crossInspection' | 'yearEndReview' | 'other';

export interface MeetingTable {
  id: Generated<number>;
  yearId: number;
  kind: MeetingKind;
  name: string;
  /** yyyy-mm-dd */
  date: string | null;
  /** HH:MM */
  startTime: string | null;
  endTime: string | null;
  partOfDay: '' | 'sáng' | 'chiều' | 'tối';
  place: string;
  hostUnitId: number | null;
  chair: string;
  secretary: string;
  /** JSON: [{ name, position, organisation, role }] */
  guests: string;
  /** JSON: [{ title, summary }] */
  agenda: string;
  /** JSON: [{ speaker, content }] */
  views: string;
  conclusions: string;
  /** JSON: [{ speaker, content }] */
  directions: string;
  notes: string;
}

export interface AttendanceTable {
  meetingId: number;
  unitId: number;
  status: 'present' | 'absent' | 'represented';
  representedBy: string;
}

export type DocumentStatus = 'issued' | 'withdrawn' | 'replaced';

/** The document register (sổ đăng ký văn bản). */
export interface DocumentTable {
  id: Generated<number>;
  yearId: number;
  type: string;
  typeCode: string | null;
  issuerCode: string;
  number: number | null;
  date: string;
  title: string;
  /** JSON array of the recipients as printed. */
  recipients: string;
  status: DocumentStatus;
  replacedById: number | null;
  sourceMeetingId: number | null;
  /** JSON of the type's data, everything resolved. */
  snapshot: string;
  /** JSON { type, input } of the validated request the entry was issued from; null before migration 0004. */
  request: string | null;
  sha256: string;
  fileName: string;
  createdAt: CreatedAt;
}

/** The pledge of a year; JSON columns hold ordered lists. No row: the year has no pledge yet. */
export interface PledgeTable {
  yearId: number;
  title: string;
  subject: string;
  legalBases: string;
  preamble: string;
  /** JSON: [{ title, items: [{ text }] }] */
  itemGroups: string;
  implementation: string;
  perRow: 2 | 3;
  typeCode: string | null;
  numbered: number;
  recipients: string;
}

/** Who signs the pledge, in print order. */
export interface PledgeSignatoryTable {
  yearId: number;
  unitId: number;
  position: number;
  blankName: number;
}

/** A version of a year's scale; `definition` is the JSON ScaleDefinition. */
export interface ScaleTable {
  id: Generated<number>;
  yearId: number;
  version: number;
  status: 'draft' | 'locked' | 'superseded';
  definition: string;
  checksum: string;
  lockedAt: string | null;
  createdAt: CreatedAt;
}

/** A unit's figures on one item of a scale version: decimal text, null when not given. */
export interface ScoreTable {
  scaleId: number;
  unitId: number;
  itemKey: string;
  self: string | null;
  bloc: string | null;
  reason: Generated<string>;
  note: Generated<string>;
  updatedAt: UpdatedAt;
}

/** A file a unit gives as evidence for an item, copied into the data directory. */
export interface EvidenceTable {
  id: Generated<number>;
  yearId: number;
  unitId: number;
  itemKey: string;
  fileName: string;
  storedPath: string;
  sha256: string;
  size: number;
  addedAt: CreatedAt;
}

/** One file (a page, or the whole PDF) of the signed and stamped scan of an issued document. */
export interface SignedCopyTable {
  id: Generated<number>;
  documentId: number;
  page: number;
  fileName: string;
  storedPath: string;
  sha256: string;
  size: number;
  addedAt: CreatedAt;
}

/** A year's deadline for one step of the guided year (contract/guide.ts), as the officer set it. */
export interface YearDeadlineTable {
  yearId: number;
  step: string;
  date: string;
}

/** The year end of a year: the vote's rules, the tellers, the succession, why it was closed early. */
export interface YearEndTable {
  yearId: number;
  meetingId: number | null;
  thresholdBase: 'members' | 'present';
  thresholdComparison: 'gt' | 'gte';
  threshold: string;
  ballotStyle: 'mark' | 'strike';
  ballotsPerPage: 1 | 2;
  /** JSON: [{ name, position, role }] */
  tellers: string;
  nextHeadUnitId: number | null;
  nextDeputyUnitId: number | null;
  successionSource: 'vote' | 'rotation' | null;
  closingReason: string;
}

/** A year closed or reopened, with the officer's reason; append-only, the year's status follows the newest. */
export interface YearEventTable {
  id: Generated<number>;
  yearId: number;
  kind: 'close' | 'reopen';
  reason: string;
  /** ISO time; null for a year closed before its history was kept. */
  at: ColumnType<string | null, string | null | undefined, never>;
}

export type AwardKind = 'flag' | 'certificate' | 'other';

/** An award the bloc proposes this year, with its quota. */
export interface AwardTable {
  id: Generated<number>;
  yearId: number;
  position: number;
  kind: AwardKind;
  name: string;
  quota: number;
  candidateCount: number;
  minBand: string;
}

export interface AwardRoundTable {
  id: Generated<number>;
  awardId: number;
  number: number;
  seats: number;
  createdAt: CreatedAt;
}

export interface RoundCandidateTable {
  roundId: number;
  unitId: number;
  position: number;
  included: number;
  proposed: number;
  reason: string;
}

/** One of the two entries of a round's count. */
export interface TallyTable {
  roundId: number;
  entry: 1 | 2;
  issued: number;
  returned: number;
  valid: number;
  invalid: number;
  enteredBy: string;
  enteredAt: CreatedAt;
}

export interface TallyVoteTable {
  roundId: number;
  entry: 1 | 2;
  unitId: number;
  votes: number;
}

export interface Database {
  blocs: BlocTable;
  years: YearTable;
  units: UnitTable;
  yearUnits: YearUnitTable;
  settings: SettingsTable;
  meetings: MeetingTable;
  attendance: AttendanceTable;
  documents: DocumentTable;
  pledges: PledgeTable;
  pledgeSignatories: PledgeSignatoryTable;
  scales: ScaleTable;
  scores: ScoreTable;
  evidence: EvidenceTable;
  signedCopies: SignedCopyTable;
  yearEnds: YearEndTable;
  yearEvents: YearEventTable;
  yearDeadlines: YearDeadlineTable;
  awards: AwardTable;
  awardRounds: AwardRoundTable;
  roundCandidates: RoundCandidateTable;
  tallies: TallyTable;
  tallyVotes: TallyVoteTable;
}
