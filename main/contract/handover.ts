// The handover package (.ktd): the whole bloc in one file for the next head unit, checked before anything
// of it is written.
import { z } from 'zod';
import { channel } from './channel.js';
import { id, stagedFileId } from './fields.js';
import { attachedFile } from './scoring.js';

/** A package is bigger than a unit's file: every evidence file and document of the bloc travels in it. */
export const packageFile = attachedFile.extend({
  // The smallest zip (an empty one) is 22 bytes: anything shorter cannot be a package.
  base64: z.string().min(32, 'Tệp quá nhỏ, không phải gói bàn giao').max(100_000_000, 'Gói bàn giao quá lớn (tối đa khoảng 75 MB)'),
});

const stagedId = stagedFileId('Gói bàn giao đã chọn không hợp lệ');

export const exportedPackage = z.object({
  fileName: z.string(),
  /** Where the officer saved it (desktop); null when cancelled or in browser mode. */
  path: z.string().nullable(),
  /** The copy kept in the data directory's handover folder. */
  copy: z.string(),
  /** The bytes to download (browser mode); null on the desktop. */
  base64: z.string().nullable(),
});

/** What a package holds, checked; `problems` empty means it can be imported. */
export const handoverPreview = z.object({
  fileName: z.string(),
  /** Vietnamese reasons the package is refused (damaged, foreign, newer…); empty when it checks out. */
  problems: z.array(z.string()),
  blocUid: z.string().nullable(),
  blocName: z.string().nullable(),
  years: z.array(z.number().int()),
  units: z.number().int(),
  documents: z.number().int(),
  files: z.number().int(),
  programVersion: z.string().nullable(),
  createdAt: z.string().nullable(),
  /** The same bloc (by its identity) is already here: importing replaces it, after a backup. */
  existing: z.object({ blocId: id, name: z.string(), years: z.array(z.number().int()) }).nullable(),
  /** A package the desktop read from disk (no size cap): import it by this id. Null for an uploaded one. */
  stagedId: z.string().nullable(),
});
export type HandoverPreview = z.infer<typeof handoverPreview>;

export const handoverChannels = {
  /** Packs the bloc: desktop saves where the officer picks (and keeps a copy); browser mode downloads. */
  'handover.export': channel(z.object({ blocId: id }), exportedPackage),
  /** Reads and verifies an uploaded package (browser mode, up to about 75 MB) without writing anything. */
  'handover.preview': channel(z.object({ file: packageFile }), handoverPreview),
  /** Desktop: the system's open dialog, then as preview for the file read by main, of any size; null when cancelled. */
  'handover.choose': channel(z.object({}), handoverPreview.nullable()),
  /** Verifies again, backs up, then adds the bloc (or replaces the same bloc when `replace`) in one transaction. */
  'handover.import': channel(
    z
      .object({ file: packageFile.optional(), stagedId: stagedId.optional(), replace: z.boolean().default(false) })
      .refine((input) => (input.file === undefined) !== (input.stagedId === undefined), 'Chưa chọn gói bàn giao để nhập'),
    z.object({ blocId: id, replaced: z.boolean(), backup: z.string(), renamedFiles: z.array(z.string()) }),
  ),
};
