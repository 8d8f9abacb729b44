// The writer the crash test kills: opens the services on a data folder, as the window does, and writes
// until it is killed — units created and renamed heads, documents issued (each taking a register number)
// and withdrawn — with a backup every few writes. Each line on stdout is written synchronously (fd 1, not
// the buffered stream), so a line the parent reads is one the child finished writing before it died.
//   node --import tsx scripts/crash/child.ts <dataDir> <yearId> <round> <seed>
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { YearUnit } from '../../main/contract/index.js';
import { openLocalServices } from '../../main/services/local.js';
import type { ChildEvent } from './protocol.js';
import { between, seededRandom } from './random.js';

/** A backup after every this many writes, so a run has many backups to be killed in. */
const BACKUP_EVERY = 4;
const ISSUE_DATE = '2018-04-02';

const say = (event: ChildEvent) => fs.writeSync(1, `${JSON.stringify(event)}\n`);

const [dataDir, yearArg, roundArg, seedArg] = process.argv.slice(2);
if (!dataDir || !yearArg || !roundArg || !seedArg) throw new Error('usage: child.ts <dataDir> <yearId> <round> <seed>');
const yearId = Number(yearArg);
const random = seededRandom(Number(seedArg));

const s = await openLocalServices(dataDir, (error) => process.stderr.write(`service error: ${String(error)}\n`));
say({ e: 'ready' });
const units = new Map<number, YearUnit>((await s.ok('units.list', { yearId })).map((u) => [u.unitId, u]));
const issued = (await s.ok('documents.list', { yearId })).filter((d) => d.status === 'issued').map((d) => d.id);
const pick = <T>(list: T[]) => list[between(random, 0, list.length - 1)]!;

for (let i = 1; ; i++) {
  if (i % BACKUP_EVERY === 0) {
    say({ e: 'begin', op: 'backup' });
    const started = performance.now();
    const { entry } = await s.ok('backups.take', {});
    say({ e: 'backup', name: entry.backup, ms: Math.round(performance.now() - started) });
    continue;
  }
  const roll = random();
  if (roll < 0.3 || units.size === 0) {
    const name = `Đơn vị thử ${roundArg}-${i}`;
    say({ e: 'begin', op: 'unit', name });
    const unit = await s.ok('units.create', { yearId, name, headName: `Nguyễn Văn ${roundArg}`, headPosition: 'GIÁM ĐỐC' });
    units.set(unit.unitId, unit);
    say({ e: 'unit', unitId: unit.unitId, name: unit.name, headName: unit.headName });
  } else if (roll < 0.5) {
    const unit = pick([...units.values()]);
    const headName = `Trần Thị ${roundArg}-${i}`;
    say({ e: 'begin', op: 'update', unitId: unit.unitId, headName });
    const updated = await s.ok('units.update', { ...unit, yearId, headName });
    units.set(updated.unitId, updated);
    say({ e: 'update', unitId: updated.unitId, headName: updated.headName });
  } else if (roll < 0.6 && issued.length > 0) {
    const id = issued.splice(between(random, 0, issued.length - 1), 1)[0]!;
    say({ e: 'begin', op: 'withdraw', id });
    await s.ok('documents.withdraw', { documentId: id });
    say({ e: 'withdraw', id });
  } else {
    say({ e: 'begin', op: 'doc' });
    const input = { kind: 'notice' as const, subject: `Thông báo số ${roundArg}-${i}`, paragraphs: ['Trưởng khối thông báo lịch họp./.'] };
    const entry = await s.ok('documents.issue', { yearId, type: 'letter', input, date: ISSUE_DATE });
    issued.push(entry.id);
    say({ e: 'doc', id: entry.id, number: entry.number!, sha256: entry.sha256 });
  }
}
