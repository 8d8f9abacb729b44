import dayjs from 'dayjs';
import type { Db } from '../../../db/connection.js';
import { scaleDefinition, type Handlers } from '../../contract/index.js';
import type { ServiceOptions } from '../options.js';
import { backedUp, inTransaction } from '../transaction.js';
import { findOpenYear, findYear } from '../years/queries.js';
import { addEvidence, listEvidence, openEvidence, removeEvidence } from './evidence.js';
import { latestScaleRow, listScaleRows, rankingOf, readableScaleRow, readScores, toScale } from './queries.js';
import { lastYearDefinition, lockScale, newVersion, templateDefinition, unlockScale, writeDraft } from './scales.js';
import { setScores } from './scores.js';
import { allWorkbooks, confirmImport, previewImport, summaryWorkbook, unitWorkbook } from './workbooks.js';
import { readScaleWorkbook } from './workbooks/scale-workbook.js';

type ScoringHandlers = Pick<Handlers, Extract<keyof Handlers, `scoring.${string}`>>;

export const scoringHandlers = (db: Db, options: ServiceOptions): ScoringHandlers => {
  const now = () => dayjs(options.now?.() ?? new Date()).toISOString();
  // Only a scale that exists can be lost by replacing it.
  const backupIfScale = async (yearId: number, kind: 'replaceScale' | 'importScale') => {
    if (await latestScaleRow(db, yearId)) await options.backup(kind);
  };
  return {
    'scoring.scale': async ({ yearId }) => {
      await findYear(db, yearId);
      const rows = await listScaleRows(db, yearId);
      const latest = rows.at(-1);
      const versions = await Promise.all(rows.map(async (r) => {
        const { definition: _definition, ...rest } = await toScale(db, r);
        return rest;
      }));
      const locked = rows.filter((r) => r.status === 'locked').at(-1);
      return {
        current: latest ? await toScale(db, latest) : null,
        inForce: locked ? await toScale(db, locked) : null,
        versions,
      };
    },
    'scoring.saveScale': ({ yearId, definition }) => inTransaction(db, (trx) => writeDraft(trx, yearId, definition)),
    // Starting over replaces the draft wholesale: the data as it was is kept aside first.
    'scoring.startScale': ({ yearId, source }) =>
      backedUp(db, () => backupIfScale(yearId, 'replaceScale'), async (trx) => {
        const year = await findOpenYear(trx, yearId);
        const definition = source === 'template' ? templateDefinition() : await lastYearDefinition(trx, year);
        return writeDraft(trx, year.id, definition);
      }),
    'scoring.importScale': async ({ yearId, file }) => {
      const { definition } = await readScaleWorkbook(Buffer.from(file.base64, 'base64'), file.fileName);
      const parsed = scaleDefinition.parse(definition);
      return backedUp(db, () => backupIfScale(yearId, 'importScale'), (trx) => writeDraft(trx, yearId, parsed));
    },
    'scoring.lockScale': ({ yearId }) => inTransaction(db, (trx) => lockScale(trx, yearId, now())),
    'scoring.unlockScale': ({ yearId }) => inTransaction(db, (trx) => unlockScale(trx, yearId)),
    'scoring.newVersion': ({ yearId }) => backedUp(db, () => options.backup('newScaleVersion'), (trx) => newVersion(trx, yearId)),
    'scoring.scores': async ({ yearId, scaleId }) => {
      const row = await readableScaleRow(db, await findYear(db, yearId), scaleId);
      return row ? readScores(db, row.id) : [];
    },
    'scoring.setScores': ({ yearId, changes }) =>
      inTransaction(db, async (trx) => {
        const scaleId = await setScores(trx, yearId, changes);
        return rankingOf(trx, await findYear(trx, yearId), scaleId);
      }),
    'scoring.ranking': async ({ yearId, scaleId }) => rankingOf(db, await findYear(db, yearId), scaleId),
    'scoring.evidence': async ({ yearId, unitId }) => {
      await findYear(db, yearId);
      return listEvidence(db, yearId, unitId);
    },
    'scoring.addEvidence': (input) => inTransaction(db, (trx) => addEvidence(trx, options.dataDir, input)),
    'scoring.removeEvidence': ({ evidenceId }) => inTransaction(db, (trx) => removeEvidence(trx, options.dataDir, evidenceId)),
    'scoring.openEvidence': ({ evidenceId }) => openEvidence(db, options.dataDir, options.desktop, evidenceId),
    'scoring.unitWorkbook': ({ yearId, unitId }) => unitWorkbook(db, yearId, unitId),
    'scoring.allWorkbooks': async (input) => {
      const written = await allWorkbooks(db, options.dataDir, input);
      if (written.folder && written.files[0]) options.desktop?.showItemInFolder(`${written.folder}/${written.files[0]}`);
      return written;
    },
    'scoring.previewImport': (input) => previewImport(db, input),
    'scoring.confirmImport': async (input) => {
      const done = await confirmImport(db, input);
      return { ...done, ranking: await rankingOf(db, await findYear(db, input.yearId)) };
    },
    'scoring.summaryWorkbook': ({ yearId }) => summaryWorkbook(db, yearId),
  };
};
