/** Bản giao ước thi đua: the year's pledge as saved (pledges.save), with every member unit's signature block. */
import { z } from 'zod';
import { sentenceCase } from '../../../common/vietnamese.js';
import { draftBase } from '../shared/text.js';
import { defineKind, type DocumentSources } from '../shared/kind.js';
import { buildPledge, type PledgeData } from './wording.js';

/** The contents, layout and number choice live with the year's pledge: nothing to ask here. */
export const pledgeInput = z.object({}).default({});

async function gather(_input: unknown, sources: DocumentSources) {
  const pledge = await sources.pledge();
  const data: PledgeData = {
    ...draftBase(sources.settings, pledge.recipients.length > 0 ? pledge.recipients : undefined),
    title: pledge.title,
    subject: pledge.subject,
    legalBases: pledge.legalBases,
    preamble: pledge.preamble,
    groups: pledge.groups.map((g) => ({ ...(g.title && { title: g.title }), items: g.items.map((i) => i.text) })),
    implementation: pledge.implementation,
    signatories: pledge.signatories.map((sig) => sig.block),
    perRow: pledge.perRow,
    typeCode: pledge.typeCode,
    numbered: pledge.numbered,
  };
  return { data, sourceMeetingId: null };
}

export const pledge = defineKind({
  key: 'pledge',
  label: 'Giao ước thi đua',
  typeCode: null,
  input: pledgeInput,
  gather,
  build: buildPledge,
  // What the pledge screen lists to fix (a unit added after it was saved, a missing signatory name…).
  readiness: async ({ sources }) => (await sources.pledge()).problems.map(({ field, message }) => ({ field: `pledge.${field}`, message })),
  // Signed at the signing conference: dated that day.
  issueDate: async ({ sources }) => ({
    default: (await sources.meetings()).find((m) => m.kind === 'signing' && m.date)?.date ?? null,
    yearEnd: false,
  }),
  numbered: (data) => data.numbered,
  entryLabel: () => 'Bản giao ước thi đua',
  // "Bản giao ước thi đua năm 2018": its title says what it is.
  registerTitle: (model) => sentenceCase(model.title ?? ''),
});
