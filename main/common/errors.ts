// An error the officer should read: a code and a Vietnamese message, maybe tied to a field. Pure, so the
// services and the document kinds (which run in the renderer too) raise the same errors.
import type { ErrorCode } from '../contract/channel.js';

export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new ServiceError('NOT_FOUND', `Không tìm thấy ${what}.`);

/** Bad input tied to one field of the form. */
export const fieldError = (field: string, message: string, code: ErrorCode = 'VALIDATION') =>
  new ServiceError(code, message, { [field]: message });
