// The handover between head units: a bloc out as one .ktd file, and in again on another PC, beside the blocs
// already there (the same bloc, by its identity, is replaced only when the officer confirms).
import path from 'node:path';
import type { Db } from '../../../db/connection.js';
import type { Handlers, HandoverPreview, ParsedInput } from '../../contract/index.js';
import { isInside, writeFile } from '../documents/files.js';
import { ServiceError } from '../errors.js';
import type { ServiceOptions } from '../options.js';
import type { Reader } from '../transaction.js';
import { HANDOVER_FOLDER } from './manifest.js';
import { packBloc } from './pack.js';
import { unpackBloc } from './unpack.js';
import { chooseStaged, readStaged, removeStaged } from './staging.js';
import { verifyPackage, type Verification } from './verify.js';

type HandoverHandlers = Pick<Handlers, Extract<keyof Handlers, `handover.${string}`>>;

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const bytesOf = (file: { base64: string }) => Buffer.from(file.base64, 'base64');

export const handoverHandlers = (db: Db, options: ServiceOptions): HandoverHandlers => ({
  'handover.export': ({ blocId }) => exportBloc(db, options, blocId),
  'handover.preview': async ({ file }) => previewOf(db, file.fileName, await verifyPackage(db, bytesOf(file)), null),
  'handover.choose': async () => {
    const chosen = await chooseStaged(options);
    return chosen && previewOf(db, chosen.fileName, await verifyPackage(db, chosen.bytes), chosen.stagedId);
  },
  'handover.import': (input) => importBloc(db, options, input),
});

async function exportBloc(db: Db, options: ServiceOptions, blocId: number) {
  const { fileName, bytes } = await packBloc(db, options.dataDir, blocId, options.now?.() ?? new Date());
  // Every package made here is kept in the data directory too: the officer can always find what was handed over.
  const root = path.resolve(options.dataDir);
  const copy = path.join(root, HANDOVER_FOLDER, fileName);
  if (!isInside(root, copy)) throw new ServiceError('FORBIDDEN', 'Tên tệp gói bàn giao không hợp lệ.');
  writeFile(copy, bytes);
  if (!options.desktop) return { fileName, path: null, copy, base64: base64(bytes) };
  const chosen = await options.desktop.chooseSavePath(copy);
  if (chosen !== null && path.resolve(chosen) !== copy) writeFile(chosen, bytes);
  return { fileName, path: chosen, copy, base64: null };
}

async function existingBloc(db: Reader, uid: string) {
  const bloc = await db.selectFrom('blocs').select(['id', 'name']).where('uid', '=', uid).executeTakeFirst();
  if (!bloc) return null;
  const years = await db.selectFrom('years').select('year').where('blocId', '=', bloc.id).orderBy('year').execute();
  return { blocId: bloc.id, name: bloc.name, years: years.map((y) => y.year) };
}

async function previewOf(db: Reader, fileName: string, v: Verification, stagedId: string | null): Promise<HandoverPreview> {
  const m = v.manifest;
  return {
    fileName,
    problems: v.problems,
    blocUid: m?.bloc.uid ?? null,
    blocName: m?.bloc.name ?? null,
    years: m?.bloc.years ?? [],
    units: m?.counts.units ?? 0,
    documents: m?.counts.documents ?? 0,
    files: m?.counts.files ?? 0,
    programVersion: m?.program.version ?? null,
    createdAt: m?.createdAt ?? null,
    existing: m && v.problems.length === 0 ? await existingBloc(db, m.bloc.uid) : null,
    stagedId,
  };
}

async function importBloc(db: Db, options: ServiceOptions, input: ParsedInput<'handover.import'>) {
  const { fileName, bytes } = input.file ? { fileName: input.file.fileName, bytes: bytesOf(input.file) } : readStaged(options.dataDir, input.stagedId!);
  const v = await verifyPackage(db, bytes);
  if (!v.verified) throw new ServiceError('VALIDATION', `Không nhập gói bàn giao “${fileName}”: ${v.problems.join(' ')}`);
  const existing = await existingBloc(db, v.verified.manifest.bloc.uid);
  if (existing && !input.replace) {
    throw new ServiceError(
      'CONFLICT',
      `Khối “${existing.name}” của gói này đã có trên máy (năm ${existing.years.join(', ')}). Nhập gói sẽ thay thế toàn bộ dữ liệu của khối đó; hãy xác nhận thay thế nếu muốn.`,
    );
  }
  const backup = await options.backup(existing ? 'replaceBloc' : 'importPackage');
  const { blocId, renamedFiles } = await unpackBloc(db, options.dataDir, v.verified, existing?.blocId ?? null);
  if (input.stagedId) removeStaged(options.dataDir);
  return { blocId, replaced: existing !== null, backup, renamedFiles };
}
