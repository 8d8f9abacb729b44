// Closing and reopening a year both ask for a reason: a refusal about the reason shows under its field,
// anything else above the buttons.
import { ApiError } from '../api/client';
import { messageOf } from '../common/actions';

export type ReasonError = { reason?: string; message?: string };

export const reasonError = (e: unknown): ReasonError =>
  e instanceof ApiError && e.fieldErrors.reason ? { reason: e.fieldErrors.reason } : { message: messageOf(e) };
