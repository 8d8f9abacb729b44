// npm run bench [-- --runs N]
// A benchmark, not a test: a synthetic bloc of 30 units, its meeting and documents. Times each
// document type (through the services, and the pure build + DOCX render alone) and the whole set,
// against the floor of zipping the same XML parts with jszip. Prints the medians.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { Input } from '../main/contract/index.js';
import { kindOf, renderDocx } from '../main/documents/index.js';
import { openLocalServices } from '../main/services/local.js';
// The names the signature grid's tests break: realistic, long, shared rather than copied.
import { LONG_UNITS } from '../tests/unit/documents/layout/long-names.js';
import { numberArg, syntheticBloc, time, UNITS } from './bench-support.js';

const RUNS = numberArg('--runs', 20);

/** The floor: the same XML parts, zipped with DEFLATE and nothing else. */
async function zipFloor(bytes: Uint8Array): Promise<() => Promise<unknown>> {
  const source = await JSZip.loadAsync(bytes);
  const parts: [string, string][] = [];
  for (const entry of Object.values(source.files)) if (!entry.dir) parts.push([entry.name, await entry.async('string')]);
  return () => {
    const zip = new JSZip();
    for (const [name, xml] of parts) zip.file(name, xml);
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  };
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ktd-bench-'));
const services = await openLocalServices(dataDir, console.error);
const { ok } = services;

try {
  const { yearId } = await ok('blocs.create', syntheticBloc(2024));
  const units = [];
  for (let i = 1; i <= UNITS; i++) {
    units.push(await ok('units.create', { yearId, name: `Sở Thử nghiệm số ${i}`, headName: `Nguyễn Văn ${i}`, headPosition: 'GIÁM ĐỐC' }));
  }
  await ok('years.setLeadership', { yearId, headUnitId: units[0]!.unitId, deputyUnitId: units[1]!.unitId });
  const meeting = await ok('meetings.create', {
    yearId,
    kind: 'yearEndReview',
    name: 'Hội nghị tổng kết công tác thi đua năm 2024',
    date: '2024-12-20',
    startTime: '08:00',
    endTime: '11:30',
    place: 'Hội trường Sở Thử nghiệm số 1',
    chair: 'Nguyễn Văn 1 - Giám đốc Sở Thử nghiệm số 1, Trưởng khối',
    secretary: 'Trần Thị Thư - Chuyên viên',
    guests: [{ name: 'Lê Văn Khách', position: 'Phó Chủ tịch UBND tỉnh', role: 'dự và chỉ đạo Hội nghị' }],
    agenda: Array.from({ length: 6 }, (_, i) => ({ title: `Nội dung thứ ${i + 1} của hội nghị`, summary: 'Các đại biểu thống nhất. '.repeat(8) })),
    conclusions: 'Hội nghị thống nhất các nội dung.',
  });
  await ok('meetings.setAttendance', { meetingId: meeting.id, attendance: units.map((u) => ({ unitId: u.unitId, status: 'present' })) });

  const requests: Input<'documents.prepare'>[] = [
    { yearId, type: 'invitation', input: { meetingId: meeting.id, subject: '', inviteUnits: 'collective' } },
    { yearId, type: 'agenda', input: { meetingId: meeting.id } },
    { yearId, type: 'minutes', input: { meetingId: meeting.id } },
    { yearId, type: 'report', input: { meetingId: meeting.id, subject: '' } },
    {
      yearId,
      type: 'letter',
      input: { kind: 'notice', subject: 'Lịch hội nghị tổng kết', addressee: [], paragraphs: Array.from({ length: 8 }, () => 'Nội dung thông báo. '.repeat(12)) },
    },
    // The pledge with its signature grid of 30 blocks, the heaviest document of the year.
    { yearId, type: 'pledge', input: {} },
  ];

  const rows: [string, number, number, number, number][] = [];
  const all: { service: () => Promise<unknown>; pure: () => Promise<unknown>; floor: () => Promise<unknown> }[] = [];
  const measure = async (name: string, request: (typeof requests)[number]) => {
    const prepared = await ok('documents.prepare', request);
    const type = request.type;
    const data = { ...prepared.data, number: 1, date: '2024-12-01' };
    const pure = () => renderDocx(kindOf(type).build(data));
    const service = () => ok('documents.docx', request);
    const bytes = await pure();
    const floor = await zipFloor(bytes);
    all.push({ service, pure, floor });
    rows.push([name, await time(service, RUNS), await time(pure, RUNS), await time(floor, RUNS), bytes.length]);
  };
  for (const request of requests) await measure(request.type, request);
  // The same pledge once the 30 units carry the long names merged provinces have (up to ~85 characters):
  // every name broken into lines by rule, every row's lines shared.
  const members = await ok('units.list', { yearId });
  for (const [i, unit] of LONG_UNITS.entries()) {
    const member = members[i];
    if (member) await ok('units.update', { ...member, name: unit.name, headPosition: unit.position });
  }
  await measure('pledge, long names', { yearId, type: 'pledge', input: {} });
  const sequence = (pick: (x: (typeof all)[number]) => () => Promise<unknown>) => async () => {
    for (const x of all) await pick(x)();
  };
  const total = rows.reduce((a, r) => a + r[4], 0);
  rows.push(['whole set', await time(sequence((x) => x.service), RUNS), await time(sequence((x) => x.pure), RUNS), await time(sequence((x) => x.floor), RUNS), total]);

  console.log(`${UNITS} units, ${RUNS} runs each, medians in milliseconds (Node ${process.version})`);
  console.log('| document           | via services | build + DOCX | zip floor | size (KB) |');
  console.log('|--------------------|-------------:|-------------:|----------:|----------:|');
  for (const [name, service, pure, floor, size] of rows) {
    console.log(`| ${name.padEnd(18)} | ${service.toFixed(1).padStart(12)} | ${pure.toFixed(1).padStart(12)} | ${floor.toFixed(1).padStart(9)} | ${(size / 1024).toFixed(1).padStart(9)} |`);
  }
} finally {
  await services.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
