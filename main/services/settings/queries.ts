import defaults from '../../../assets/defaults/settings.json' with { type: 'json' };
import type { SettingsTable } from '../../../db/schema.js';
import type { Settings, SettingsFields, Year, YearUnit } from '../../contract/index.js';
import type { DocumentSettings, SignatureBlock } from '../../documents/index.js';
import { upper } from '../../documents/index.js';
import { positionAt } from '../../common/vietnamese.js';
import { findYear } from '../years/queries.js';
import { listMembers } from '../units/queries.js';
import type { Reader } from '../transaction.js';
import { defaultLegalBases, type LegalContext } from './legal-bases.js';

/** What a year without its own settings row reads: the bloc defaults shipped as data, the legal bases those in force that year. */
export const defaultSettings = (context: LegalContext): SettingsFields => ({
  legalBases: defaultLegalBases(context),
  defaultRecipients: [...defaults.defaultRecipients],
  signature: { explicit: false, prefix: null, authority: [], deputyPosition: '', name: '' },
  archive: '',
  bodyFontSize: defaults.bodyFontSize === 13 ? 13 : 14,
});

const parseList = (json: string): string[] => {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.map(String) : [];
};

const fromRow = (row: SettingsTable): SettingsFields => ({
  legalBases: parseList(row.legalBases),
  defaultRecipients: parseList(row.defaultRecipients),
  signature: {
    explicit: row.signatureExplicit === 1,
    prefix: row.signaturePrefix,
    authority: parseList(row.signatureAuthority),
    deputyPosition: row.signatureDeputyPosition,
    name: row.signatureName,
  },
  archive: row.archive,
  bodyFontSize: row.bodyFontSize === 13 ? 13 : 14,
});

export const toRow = (yearId: number, s: SettingsFields): SettingsTable => ({
  yearId,
  legalBases: JSON.stringify(s.legalBases),
  defaultRecipients: JSON.stringify(s.defaultRecipients),
  signatureExplicit: s.signature.explicit ? 1 : 0,
  signaturePrefix: s.signature.prefix,
  signatureAuthority: JSON.stringify(s.signature.authority),
  signatureDeputyPosition: s.signature.deputyPosition,
  signatureName: s.signature.name,
  archive: s.archive,
  bodyFontSize: s.bodyFontSize,
});

export async function readSettings(db: Reader, yearId: number): Promise<SettingsFields> {
  const row = await db.selectFrom('settings').selectAll().where('yearId', '=', yearId).executeTakeFirst();
  return row ? fromRow(row) : defaultSettings(await findYear(db, yearId));
}

/**
 * The bloc signs as its head unit: "TRƯỞNG KHỐI" over "<head position> <UNIT NAME>", and the head's
 * name. When the unit's deputy signs: "TRƯỞNG KHỐI" / "KT. GIÁM ĐỐC SỞ Y TẾ" / "PHÓ GIÁM ĐỐC" and the
 * deputy's name (the first line rides in `unit`, which prints above the prefixed authority).
 */
export function derivedSignature(head: YearUnit | undefined): SignatureBlock {
  if (!head) return { prefix: null, authority: ['TRƯỞNG KHỐI'], name: '' };
  const unitLine = upper(positionAt(head.headPosition, head.name));
  if (head.deputySigns) {
    return {
      unit: 'TRƯỞNG KHỐI',
      prefix: 'KT.',
      authority: [unitLine],
      deputyPosition: upper(head.deputyPosition),
      name: head.deputyName,
    };
  }
  return { prefix: null, authority: ['TRƯỞNG KHỐI', unitLine], name: head.headName };
}

/**
 * What the bloc sends up or publishes (report, notice) is signed for the collective (TT 01/2011 art. 12):
 * "TM. KHỐI THI ĐUA …" / "TRƯỞNG KHỐI" / the head unit's position and name, under the head unit's seal.
 * When the unit's deputy signs: … / "TRƯỞNG KHỐI" / "KT. GIÁM ĐỐC SỞ Y TẾ" / "PHÓ GIÁM ĐỐC".
 */
export function collectiveSignature(issuingBody: string, head: YearUnit | undefined): SignatureBlock {
  const bloc = upper(issuingBody.replace(/\s*\n\s*/g, ' '));
  const own = derivedSignature(head);
  if (own.prefix === 'KT.') return { ...own, unit: `TM. ${bloc}\n${own.unit ?? 'TRƯỞNG KHỐI'}` };
  return { ...own, prefix: 'TM.', authority: [bloc, ...own.authority] };
}

export function resolveSignature(s: SettingsFields, head: YearUnit | undefined): SignatureBlock {
  if (!s.signature.explicit) return derivedSignature(head);
  return {
    prefix: s.signature.prefix,
    authority: s.signature.authority,
    deputyPosition: s.signature.deputyPosition || null,
    name: s.signature.name,
  };
}

export async function findSettings(db: Reader, yearId: number): Promise<Settings> {
  const year = await findYear(db, yearId);
  const fields = await readSettings(db, yearId);
  const head = await headOf(db, year);
  return {
    ...fields,
    yearId,
    resolvedSignature: resolveSignature(fields, head),
    // A signature the officer set explicitly signs everything; else the collective form follows the head unit.
    collectiveSignature: fields.signature.explicit ? resolveSignature(fields, head) : collectiveSignature(year.issuingBody, head),
  };
}

async function headOf(db: Reader, year: Year): Promise<YearUnit | undefined> {
  if (year.headUnitId === null) return undefined;
  return (await listMembers(db, year.id)).find((m) => m.unitId === year.headUnitId);
}

/** Everything a document kind needs from the year: its profile lines and its settings, resolved. */
export function documentSettingsOf(year: Year, s: Settings): DocumentSettings {
  return {
    governingBody: year.governingBody,
    issuingBody: year.issuingBody,
    issuerCode: year.symbol,
    place: year.place,
    blocName: year.blocName,
    signature: s.resolvedSignature,
    defaultRecipients: s.defaultRecipients,
    // "Lưu: VT, <drafting office>": the office is the officer's to set; never the issuer's symbol.
    archive: s.archive || 'VT',
    bodyFontSize: s.bodyFontSize,
  };
}
