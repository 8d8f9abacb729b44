// Giao ước thi đua: the contents, signatories and layout are saved with the year's pledge; nothing to ask here.
import type { KindForm } from '../kind';
import { PledgeDraftNote } from './PledgeDraftNote';

export const pledgeForm: KindForm<'pledge', Record<string, never>> = {
  empty: () => ({}),
  Form: PledgeDraftNote,
  toRequest: () => ({}),
  fromRequest: () => ({}),
  meetingId: () => null,
  listsProblems: true,
};
