// The pledge form: the contract's own schema (so the messages are the server's), its values from a
// loaded pledge, and which server field errors belong to it.
import type { z } from 'zod';
import { contract, type Pledge } from '../../main/contract/index.js';

export const pledgeSchema = contract['pledges.save'].input;
export type PledgeForm = z.input<typeof pledgeSchema>;
export type PledgeValues = z.output<typeof pledgeSchema>;
export type PledgeGroupForm = PledgeForm['groups'][number];
export type SignatoryForm = NonNullable<PledgeForm['signatories']>[number];

export const formValuesOf = (p: Pledge): PledgeForm => ({
  yearId: p.yearId,
  title: p.title,
  subject: p.subject,
  legalBases: p.legalBases,
  preamble: p.preamble,
  groups: p.groups.map((g) => ({ title: g.title, items: g.items.map((i) => ({ text: i.text })) })),
  implementation: p.implementation,
  perRow: p.perRow,
  typeCode: p.typeCode,
  numbered: p.numbered,
  recipients: p.recipients,
  signatories: p.signatories.map((s) => ({ unitId: s.unitId, blankName: s.blankName })),
});

const FIELDS = ['title', 'subject', 'legalBases', 'preamble', 'groups', 'implementation', 'perRow', 'typeCode', 'numbered', 'recipients', 'signatories'];

/** A server field error the form can show next to its field. */
export const isFormField = (key: string) => FIELDS.some((f) => key === f || key.startsWith(`${f}.`));

/** The message of a react-hook-form error object, at its own level or its array's root. */
export const messageOf = (error: unknown): string | undefined => {
  if (!error || typeof error !== 'object') return undefined;
  const e = error as { message?: unknown; root?: { message?: unknown } };
  if (typeof e.message === 'string' && e.message) return e.message;
  return typeof e.root?.message === 'string' ? e.root.message : undefined;
};
