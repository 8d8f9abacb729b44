// Every message a malformed request gets back is Vietnamese, whichever channel it went to: the window
// shows it as is, and an officer cannot act on "Invalid input: expected object, received string".
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames, contract, type ChannelName } from '../../../main/contract/index.js';
import { openTestServices, type TestServices } from '../../support/services.js';

const english = /\b(Invalid|expected|received|Required|Too (big|small)|must|object|string|boolean|undefined|number|array)\b/i;
const vietnameseLetter = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

/** What the caller's value meets first: the schema under its default, optional, nullable and pipe wrappers. */
function outer(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    return outer(schema.unwrap() as z.ZodType);
  }
  if (schema instanceof z.ZodPipe) return outer(schema.in as z.ZodType);
  return schema;
}

/** The keys a channel's input may have, over every option of a union. */
function keysOf(schema: z.ZodType): string[] {
  const s = outer(schema);
  if (s instanceof z.ZodObject) return Object.keys(s.shape);
  if (s instanceof z.ZodUnion) return [...new Set((s.options as z.ZodType[]).flatMap(keysOf))];
  return [];
}

/**
 * Requests shaped like the schema down to its leaves, each leaf replaced by `wrong`. Literals keep their
 * value, so a document request reaches its kind's own fields.
 */
function deep(schema: z.ZodType, wrong: unknown): unknown[] {
  const s = outer(schema);
  if (s instanceof z.ZodLiteral) return [[...s.values][0]];
  if (s instanceof z.ZodArray) return deep(s.element as z.ZodType, wrong).map((item) => [item]);
  if (s instanceof z.ZodUnion) return (s.options as z.ZodType[]).flatMap((option) => deep(option, wrong));
  if (s instanceof z.ZodObject) {
    const fields = Object.entries(s.shape as Record<string, z.ZodType>).map(([key, field]) => [key, deep(field, wrong)] as const);
    const count = Math.max(1, ...fields.map(([, values]) => values.length));
    return Array.from({ length: count }, (_, i) => Object.fromEntries(fields.map(([key, values]) => [key, values[i % values.length]])));
  }
  return [wrong];
}

/** Not a request at all. */
const roots: unknown[] = ['văn bản', 42, [1, 2], true];
/** Wrong for every field of the contract: no positive integer, so no id is ever valid. */
const wrongs: unknown[] = ['x', '', 0, -1, 1.5, true, null, undefined, [], {}, ['x'], [{}], [null]];

function malformed(channel: ChannelName): unknown[] {
  const schema = contract[channel].input as z.ZodType;
  const keys = keysOf(schema);
  // A channel without fields accepts any object: only what is not an object is malformed there.
  if (keys.length === 0) return roots;
  return [
    ...roots,
    {},
    ...wrongs.map((wrong) => Object.fromEntries(keys.map((key) => [key, wrong]))),
    ...wrongs.flatMap((wrong) => deep(schema, wrong)),
  ];
}

function expectVietnamese(text: string, where: string) {
  expect(text, where).not.toMatch(english);
  // A field the labels do not know is named by its key in quotes: every field of the contract has a label.
  expect(text, where).not.toMatch(/^“\w+”:/);
  expect(text, where).toMatch(vietnameseLetter);
  expect(text, where).toBe(text.normalize('NFC'));
}

let s: TestServices;
beforeAll(async () => {
  s = await openTestServices();
});
afterAll(() => s.close());

describe('messages for malformed requests', () => {
  it.each(channelNames)('%s answers in Vietnamese, without reaching the service', async (channel) => {
    for (const input of malformed(channel)) {
      const where = `${channel} ${JSON.stringify(input)}`;
      const result = await s.call(channel, input as never);
      if (result.ok) throw new Error(`accepted: ${where}`);
      expect(result.code, where).toBe('VALIDATION');
      expectVietnamese(result.message, where);
      for (const [field, message] of Object.entries(result.fieldErrors ?? {})) expectVietnamese(message, `${where} → ${field}`);
    }
  });

  it('wrote nothing while refusing them', async () => {
    expect(await s.ok('blocs.list', {})).toEqual([]);
  });

  it('names the field and says the types in Vietnamese', async () => {
    expect(await s.call('units.create', { yearId: 1, name: 'Sở Y tế', phone: 5 } as never)).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      message: 'Số điện thoại: phải là chuỗi, nhận được số',
      fieldErrors: { phone: 'Số điện thoại: phải là chuỗi, nhận được số' },
    });
    expect(await s.call('meetings.setAttendance', { meetingId: 1, attendance: 'cả khối' } as never)).toMatchObject({
      fieldErrors: { attendance: 'Điểm danh: phải là mảng, nhận được chuỗi' },
    });
    expect(await s.call('pledges.save', { yearId: 1, title: 'Giao ước', groups: [], signatories: [{ unitId: 1, blankName: 'có' }] } as never)).toMatchObject({
      fieldErrors: { 'signatories.0.blankName': 'Để trống họ tên: phải là giá trị đúng/sai, nhận được chuỗi' },
    });
  });

  it('says what is missing, and names the request itself when it is not an object', async () => {
    expect(await s.call('documents.prepare', { yearId: 1, type: 'letter' } as never)).toMatchObject({
      fieldErrors: { input: 'Nội dung văn bản: còn thiếu, phải là đối tượng' },
    });
    expect(await s.call('meetings.get', 'hội nghị giữa năm' as never)).toMatchObject({
      message: 'Dữ liệu: phải là đối tượng, nhận được chuỗi',
    });
  });

  it('words limits and choices an officer can act on', async () => {
    const table = { yearId: 1, type: 'report', input: { sections: [{ heading: 'Kết quả', content: [{ table: { columns: [], rows: [] } }] }] } };
    expect(await s.call('documents.prepare', table as never)).toMatchObject({
      fieldErrors: { 'input.sections.0.content.0.table.columns': 'Cột của bảng: cần ít nhất 1 mục' },
    });
    expect(await s.call('documents.save', { documentId: 1, to: 'desktop' } as never)).toMatchObject({
      fieldErrors: { to: 'Nơi lưu tệp: giá trị không hợp lệ' },
    });
  });

  it('falls back to the key in quotes for a field the labels do not know', () => {
    const result = z.object({ soLuong: z.number() }).safeParse({ soLuong: 'ba' });
    expect(result.error?.issues[0]?.message).toBe('“soLuong”: phải là số, nhận được chuỗi');
  });
});
