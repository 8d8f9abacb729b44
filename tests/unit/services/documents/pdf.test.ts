// "Lưu PDF": the desktop prints its window and the services name and write the file; browser mode is told to
// use the browser's own print dialog.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../../../db/connection.js';
import { databaseFile } from '../../../../db/location.js';
import { createDispatcher, createHandlers, optionsFor, type DesktopPort } from '../../../../main/services/index.js';
import { BROWSER_PDF } from '../../../../main/services/documents/pdf.js';
import { openTestServices, tempDir } from '../../../support/services.js';

const PDF = new TextEncoder().encode('%PDF-1.7 the window as printed');

let dir: string;
let opened: OpenedDatabase;
let asked: string[];
let printed: number;
let answer: (proposed: string) => string | null;

const desktop: DesktopPort = {
  chooseSavePath: async (proposed) => (asked.push(proposed), answer(proposed)),
  openPath: async () => {},
  showItemInFolder: () => {},
  chooseOpenPath: async () => null,
  chooseFolder: async () => null,
  printToPdf: async () => (printed++, PDF),
};

async function call<T>(channel: string, input: unknown) {
  const result = await createDispatcher(createHandlers(opened.db, optionsFor(opened, { desktop })))(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.message}`);
  return result.data as T;
}

beforeEach(async () => {
  dir = tempDir();
  opened = await openDatabase(databaseFile(dir));
  asked = [];
  printed = 0;
  answer = (proposed) => path.join(dir, 'gui-email', path.basename(proposed));
});
afterEach(async () => {
  await opened.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function signing2018() {
  const { blocId } = await call<{ blocId: number }>('blocs.openDemo', {});
  const year = (await call<{ id: number; year: number }[]>('years.list', { blocId })).find((y) => y.year === 2018)!;
  const meetings = await call<{ id: number; kind: string }[]>('meetings.list', { yearId: year.id });
  return { yearId: year.id, meetingId: meetings.find((m) => m.kind === 'signing')!.id };
}

describe('documents.savePdf on the desktop', () => {
  it("offers the DOCX's name as .pdf in the year's documents folder, then writes what the window printed", async () => {
    const { yearId, meetingId } = await signing2018();
    const entry = await call<{ id: number; fileName: string }>('documents.issue', { yearId, type: 'minutes', input: { meetingId }, date: '2018-03-09' });
    const { path: saved } = await call<{ path: string }>('documents.savePdf', { documentId: entry.id });
    const name = entry.fileName.replace(/\.docx$/, '.pdf');
    expect(asked).toEqual([path.join(dir, 'van-ban', '2018', name)]);
    expect(saved).toBe(path.join(dir, 'gui-email', name));
    expect(fs.readFileSync(saved)).toEqual(Buffer.from(PDF));
  });

  it('names a draft as its DOCX download is named', async () => {
    const { yearId, meetingId } = await signing2018();
    const request = { yearId, type: 'invitation', input: { meetingId } };
    const docx = await call<{ fileName: string }>('documents.docx', request);
    await call('documents.savePdf', request);
    expect(path.basename(asked[0]!)).toBe(docx.fileName.replace(/\.docx$/, '.pdf'));
    expect(printed).toBe(1);
  });

  it('prints nothing and writes nothing when the officer cancels the save dialog', async () => {
    const { yearId, meetingId } = await signing2018();
    answer = () => null;
    expect(await call('documents.savePdf', { yearId, type: 'agenda', input: { meetingId } })).toEqual({ path: null });
    expect(printed).toBe(0);
    expect(fs.existsSync(path.join(dir, 'van-ban'))).toBe(false);
  });

  it("prints a closed year's documents too: a PDF changes nothing of the year", async () => {
    const { yearId, meetingId } = await signing2018();
    const entry = await call<{ id: number }>('documents.issue', { yearId, type: 'agenda', input: { meetingId }, date: '2018-03-02' });
    await call('years.close', { yearId, reason: 'Kiểm thử' });
    expect((await call<{ path: string | null }>('documents.savePdf', { documentId: entry.id })).path).not.toBeNull();
  });
});

describe('documents.savePdf elsewhere', () => {
  it('in browser mode says to use the print dialog, in Vietnamese', async () => {
    const s = await openTestServices();
    try {
      const result = await s.call('documents.savePdf', { documentId: 1 });
      expect(result).toEqual({ ok: false, code: 'FORBIDDEN', message: BROWSER_PDF });
      expect(BROWSER_PDF).toContain('In / Lưu PDF');
    } finally {
      await s.close();
    }
  });

  it('refuses malformed input before reaching the desktop', async () => {
    for (const input of [{ documentId: 'một' }, { yearId: 1, type: 'khác', input: {} }, { documentId: 1.5 }]) {
      expect(await createDispatcher(createHandlers(opened.db, optionsFor(opened, { desktop })))('documents.savePdf', input)).toMatchObject({
        ok: false,
        code: 'VALIDATION',
      });
    }
    expect(asked).toEqual([]);
    expect(printed).toBe(0);
  });
});
