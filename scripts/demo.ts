// npm run demo -- --out DIR
// Builds the demo bloc in a temporary database, issues every document type the app has through the
// services (so each has its number in the register), and writes the DOCX files to DIR.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import demo from '../assets/demo/demo-bloc.json' with { type: 'json' };
import { awardFields, voteRules, type Input, type YearEnd } from '../main/contract/index.js';
import { openLocalServices, type LocalServices } from '../main/services/local.js';

export interface DemoFile {
  file: string;
  numberText: string;
  sha256: string;
}

export async function writeDemoDocuments(outDir: string): Promise<DemoFile[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ktd-demo-'));
  const services = await openLocalServices(dataDir, console.error);
  const { ok } = services;
  try {
    const { blocId } = await ok('blocs.openDemo', {});
    const year = (await ok('years.list', { blocId })).find((y) => y.year === 2018);
    if (!year) throw new Error('the demo has no 2018');
    const signing = (await ok('meetings.list', { yearId: year.id })).find((m) => m.kind === 'signing');
    if (!signing) throw new Error('the demo 2018 has no signing conference');
    const yearId = year.id;
    const meetingId = signing.id;

    const issued: [string, Input<'documents.issue'>][] = [
      ['GM-hoi-nghi-ky-ket', { yearId, type: 'invitation', input: { meetingId }, date: '2018-03-02' }],
      ['CTr-hoi-nghi-ky-ket', { yearId, type: 'agenda', input: { meetingId }, date: '2018-03-02' }],
      // Issued without a number, as the bloc's pledges are: it takes none from the series.
      ['giao-uoc-thi-dua', { yearId, type: 'pledge', input: {}, date: '2018-03-09' }],
      ['BB-hoi-nghi-ky-ket', { yearId, type: 'minutes', input: { meetingId }, date: '2018-03-09' }],
      ['BC-ket-qua-hoi-nghi-ky-ket', { yearId, type: 'report', input: { meetingId }, date: '2018-03-12' }],
      // The bloc's notice reports the conference's results and the leader's directions, drafted from the meeting.
      ['TB-ket-qua-hoi-nghi-ky-ket', { yearId, type: 'letter', input: { kind: 'notice', meetingId }, date: '2018-03-13' }],
      [
        'CV-de-nghi-gui-bao-cao-tu-cham',
        {
          yearId,
          type: 'letter',
          date: '2018-11-05',
          input: {
            kind: 'officialLetter',
            subject: 'đề nghị gửi báo cáo tự chấm điểm thi đua năm 2018',
            addressee: ['Các đơn vị thành viên Khối thi đua Văn hóa - Xã hội'],
            paragraphs: [
              'Thực hiện Quy chế hoạt động của Khối thi đua Văn hóa - Xã hội năm 2018, Trưởng khối đề nghị các đơn vị thành viên gửi báo cáo tổng kết công tác thi đua, khen thưởng và bảng tự chấm điểm thi đua năm 2018 (kèm minh chứng) về Trưởng khối trước ngày 20/11/2018.',
              'Đề nghị các đơn vị quan tâm, thực hiện đúng thời gian quy định./.',
            ],
          },
        },
      ],
    ];

    fs.mkdirSync(outDir, { recursive: true });
    const written: DemoFile[] = [];
    for (const [name, request] of issued) {
      const entry = await ok('documents.issue', request);
      const docx = await ok('documents.docx', { documentId: entry.id });
      const file = path.join(outDir, `${year.year}-${name}.docx`);
      fs.writeFileSync(file, Buffer.from(docx.base64, 'base64'));
      written.push({ file, numberText: entry.numberText, sha256: docx.sha256 });
    }
    written.push(...(await writeScoring(ok, blocId, outDir)));
    written.push(...(await writeYearEnd(ok, blocId, outDir)));
    return written;
  } finally {
    await services.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** 2022's scoring: the score summary (DOCX, in the register; and XLSX) and one self-scoring workbook per unit. */
async function writeScoring(ok: LocalServices['ok'], blocId: number, outDir: string): Promise<DemoFile[]> {
  const year = (await ok('years.list', { blocId })).find((y) => y.year === 2022);
  if (!year) throw new Error('the demo has no 2022');
  const written: DemoFile[] = [];
  const save = (name: string, base64: string, numberText = '') => {
    const file = path.join(outDir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const bytes = Buffer.from(base64, 'base64');
    fs.writeFileSync(file, bytes);
    written.push({ file, numberText, sha256: sha256(bytes) });
  };
  const entry = await ok('documents.issue', { yearId: year.id, type: 'scoreSummary', input: { preparerName: 'Hoàng Thị Thu' }, date: '2022-12-29' });
  save('2022-bang-tong-hop-diem.docx', (await ok('documents.docx', { documentId: entry.id })).base64, entry.numberText);
  const summary = await ok('scoring.summaryWorkbook', { yearId: year.id });
  save(summary.fileName, summary.base64);
  for (const member of await ok('units.list', { yearId: year.id })) {
    const workbook = await ok('scoring.unitWorkbook', { yearId: year.id, unitId: member.unitId });
    save(path.join('2022-bang-tu-cham', workbook.fileName), workbook.base64);
  }
  return written;
}

/**
 * 2022's year end as the demo data tells it (assets/demo/demo-bloc.json, years[2022].yearEnd): the vote's
 * rules and tellers, 1 flag and 3 certificates voted on and counted twice, next year's head and deputy; then
 * the ballots, the vote-count minutes, the conference minutes, the proposal, the annual report and the
 * handover package of the whole bloc.
 */
async function writeYearEnd(ok: LocalServices['ok'], blocId: number, outDir: string): Promise<DemoFile[]> {
  const entry = demo.years.find((y) => y.year === 2022);
  const year = (await ok('years.list', { blocId })).find((y) => y.year === 2022);
  const data = entry && 'yearEnd' in entry ? entry.yearEnd : undefined;
  if (!data || !year) throw new Error('the demo has no 2022 year end');
  const { rules, awards, succession, report } = data;
  const yearId = year.id;
  const conference = (await ok('meetings.list', { yearId })).find((m) => m.kind === 'yearEndReview');
  if (!conference) throw new Error('the demo 2022 has no year-end conference');
  const members = await ok('units.list', { yearId });
  const unitId = (key: string) => {
    const name = [...demo.units, ...demo.years.flatMap((y) => ('merge' in y && y.merge ? [y.merge.into] : []))].find((u) => u.key === key)?.name;
    const found = members.find((m) => m.name === name);
    if (!found) throw new Error(`demo unit ${key} is not a member in 2022`);
    return found.unitId;
  };

  await ok('votes.saveRules', { yearId, ...voteRules.parse({ meetingId: conference.id, ...rules }) });
  let yearEnd: YearEnd = await ok('votes.saveAwards', { yearId, awards: awards.map((a) => awardFields.parse(a)) });
  for (const [i, { count }] of awards.entries()) {
    yearEnd = await ok('votes.proposeCandidates', { awardId: yearEnd.awards[i]!.id });
    const round = yearEnd.awards[i]!.rounds[0]!;
    const votes = Object.entries(count.votes).map(([key, n]) => ({ unitId: unitId(key), votes: n }));
    const ballot = round.candidates.filter((c) => c.included).map((c) => c.unitId).sort();
    if (JSON.stringify(ballot) !== JSON.stringify(votes.map((v) => v.unitId).sort())) throw new Error(`demo votes of award ${i + 1} are not its proposed candidates`);
    for (const [tally, enteredBy] of [[1, 'Lương Văn S'], [2, 'Hà Văn U']] as const) {
      yearEnd = await ok('votes.enterTally', { roundId: round.id, entry: tally, ...count, votes, enteredBy });
    }
  }
  await ok('votes.setSuccession', { yearId, nextHeadUnitId: unitId(succession.nextHead), nextDeputyUnitId: unitId(succession.nextDeputy), source: 'vote' });
  yearEnd = await ok('votes.yearEnd', { yearId });

  const date = conference.date ?? '2022-12-29';
  const issued: [string, Input<'documents.issue'>][] = [
    ...yearEnd.awards.map((a, i): [string, Input<'documents.issue'>] => [
      `2022-phieu-bau-${a.kind === 'flag' ? 'co-thi-dua' : 'bang-khen'}-${i + 1}`,
      { yearId, type: 'ballot', input: { roundId: a.rounds[0]!.id }, date },
    ]),
    ['2022-BB-kiem-phieu', { yearId, type: 'voteCountMinutes', input: { meetingId: conference.id, approvedAt: '10:40' }, date }],
    ['2022-BB-hoi-nghi-tong-ket', { yearId, type: 'minutes', input: { meetingId: conference.id }, date }],
    ['2022-TTr-de-nghi-khen-thuong', { yearId, type: 'proposal', input: {}, date: '2022-12-30' }],
    ['2022-BC-tong-ket-nam', { yearId, type: 'annualReport', input: { parts: report }, date: '2022-12-30' }],
  ];
  const written: DemoFile[] = [];
  for (const [name, request] of issued) {
    const document = await ok('documents.issue', request);
    const docx = await ok('documents.docx', { documentId: document.id });
    const file = path.join(outDir, `${name}.docx`);
    fs.writeFileSync(file, Buffer.from(docx.base64, 'base64'));
    written.push({ file, numberText: document.numberText, sha256: docx.sha256 });
  }
  const handover = await ok('handover.export', { blocId });
  const bytes = handover.base64 ? Buffer.from(handover.base64, 'base64') : fs.readFileSync(handover.copy);
  const file = path.join(outDir, handover.fileName);
  fs.writeFileSync(file, bytes);
  written.push({ file, numberText: '', sha256: sha256(bytes) });
  return written;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const isEntryPoint = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntryPoint) {
  const at = process.argv.indexOf('--out');
  const out = at >= 0 ? process.argv[at + 1] : undefined;
  if (!out) {
    console.error('Cách dùng: npm run demo -- --out THƯ_MỤC');
    process.exit(2);
  }
  for (const f of await writeDemoDocuments(path.resolve(out))) console.log(`${f.numberText.padEnd(16)} ${f.file}`);
}
