// Names pasted from a web page or a Word file can hold characters nobody sees; stored as typed, "Sở Y tế"
// and its look-alike would be two units of the same bloc.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanText, sameNameKey } from '../../../main/common/vietnamese.js';
import { openTestServices, sampleProfile, type TestServices } from '../../support/services.js';

const invisible = {
  'soft hyphen': '\u00AD',
  'zero-width space': '\u200B',
  'zero-width non-joiner': '\u200C',
  'zero-width joiner': '\u200D',
  'left-to-right mark': '\u200E',
  'right-to-left mark': '\u200F',
  'left-to-right embedding': '\u202A',
  'right-to-left override': '\u202E',
  'word joiner': '\u2060',
  'invisible plus': '\u2064',
  'left-to-right isolate': '\u2066',
  'pop directional isolate': '\u2069',
  'byte order mark': '\uFEFF',
};

describe('cleanText', () => {
  it.each(Object.entries(invisible))('removes a %s', (_, char) => {
    expect(cleanText(`Sở Y${char} tế`)).toBe('Sở Y tế');
    expect(cleanText(`${char}Sở${char} Y tế${char}`)).toBe('Sở Y tế');
    expect(sameNameKey(`Sở Y${char} tế`)).toBe(sameNameKey('Sở Y tế'));
  });

  it('keeps the diacritics of decomposed text, composing them', () => {
    expect(cleanText('\u200BSở Giáo dục và Đào tạo'.normalize('NFD'))).toBe('Sở Giáo dục và Đào tạo'.normalize('NFC'));
  });
});

describe('unit names with hidden characters', () => {
  let s: TestServices;
  let yearId: number;

  beforeEach(async () => {
    s = await openTestServices();
    ({ yearId } = await s.ok('blocs.create', { ...sampleProfile, firstYear: 2018 }));
  });
  afterEach(() => s.close());

  it('refuses a look-alike of a unit already in the year', async () => {
    await s.ok('units.create', { yearId, name: 'Sở Y tế' });
    const result = await s.call('units.create', { yearId, name: 'Sở Y\u200B tế' });
    expect(result).toMatchObject({ ok: false, code: 'CONFLICT', fieldErrors: { name: 'Đơn vị “Sở Y tế” đã có trong khối năm 2018.' } });
    expect((await s.ok('units.list', { yearId })).map((u) => u.name)).toEqual(['Sở Y tế']);
  });

  it('stores a name without its hidden characters, and refuses one made of nothing else', async () => {
    expect((await s.ok('units.create', { yearId, name: '\uFEFFBan Dân\u00AD tộc\u202C' })).name).toBe('Ban Dân tộc');
    const empty = await s.call('units.create', { yearId, name: '\u200B\u2060' });
    expect(empty).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { name: 'Tên đơn vị không được để trống' } });
  });
});
