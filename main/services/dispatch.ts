// The one way into the services, for IPC and browser mode alike: validate the
// input with the channel's schema, call the service, answer a Result.
import { z } from 'zod';
import { findNonPlain, type NonPlain } from '../common/plain.js';
import { contract, type ChannelName, type Handlers, type Result } from '../contract/index.js';
import { fieldName } from '../contract/messages.js';
import { isYearClosedGuard } from '../../db/guards.js';
import { StorageError } from '../../db/storage-errors.js';
import { ServiceError } from './errors.js';

export type Dispatch = (channel: string, input: unknown) => Promise<Result<unknown>>;

const isChannel = (name: string): name is ChannelName => Object.hasOwn(contract, name);

/** `dataDir` names the folder in the messages about the disk (full, read-only). */
export function createDispatcher(handlers: Handlers, logError: (error: unknown) => void = console.error, dataDir = ''): Dispatch {
  return async (name, rawInput) => {
    if (!isChannel(name)) return { ok: false, code: 'FORBIDDEN', message: 'Yêu cầu không hợp lệ.' };
    const { input, output } = contract[name];
    const raw = rawInput ?? {};
    const nonPlain = findNonPlain(raw);
    if (nonPlain) return nonPlainFailure(nonPlain);
    const parsed = input.safeParse(raw);
    if (!parsed.success) return validationFailure(parsed.error);
    try {
      const handler = handlers[name] as (input: unknown) => Promise<unknown>;
      return { ok: true, data: output.parse(await handler(parsed.data)) };
    } catch (error) {
      return failure(error, logError, dataDir);
    }
  };
}

function validationFailure(error: z.ZodError): Result<never> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join('.') || '_';
    fieldErrors[field] ??= issue.message;
  }
  const message = error.issues[0]?.message ?? 'Dữ liệu nhập chưa hợp lệ.';
  return { ok: false, code: 'VALIDATION', message, fieldErrors };
}

/** Worded like the schemas' own messages and keyed like their field errors, so the form shows it in place. */
function nonPlainFailure({ path, kind }: NonPlain): Result<never> {
  const message = `${fieldName(path)}: không chấp nhận giá trị kiểu ${kind}`;
  return { ok: false, code: 'VALIDATION', message, fieldErrors: { [path.join('.') || '_']: message } };
}

function failure(error: unknown, logError: (error: unknown) => void, dataDir: string): Result<never> {
  if (error instanceof ServiceError) {
    return { ok: false, code: error.code, message: error.message, ...(error.fieldErrors && { fieldErrors: error.fieldErrors }) };
  }
  // The database's own guard (a trigger) on a closed year, when a service did not check first.
  if (isYearClosedGuard(error)) {
    return { ok: false, code: 'YEAR_CLOSED', message: 'Năm thi đua đã khóa sổ, không thể thay đổi dữ liệu.' };
  }
  // The disk or the file itself: full, read-only, in use, damaged — each says what to do.
  const storage = StorageError.from(error, dataDir);
  if (storage) {
    logError(error);
    return { ok: false, code: 'STORAGE', message: storage.message };
  }
  logError(error);
  return {
    ok: false,
    code: 'INTERNAL',
    message: 'Đã xảy ra lỗi ngoài dự kiến, dữ liệu không bị thay đổi. Vui lòng thử lại hoặc gửi tệp nhật ký cho bộ phận hỗ trợ.',
  };
}
