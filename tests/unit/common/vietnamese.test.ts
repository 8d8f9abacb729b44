import { describe, expect, it } from 'vitest';
import { matchesSearch, searchKey, sortVietnamese } from '../../../main/common/vietnamese.js';

describe('search without diacritics', () => {
  it.each([
    ['so y te', 'Sở Y tế'],
    ['SO Y TE', 'Sở Y tế'],
    ['dai phat thanh', 'Đài Phát thanh và Truyền hình tỉnh Bắc Kạn'],
    ['giao duc dao tao', 'Sở Giáo dục và Đào tạo'],
    ['Đào tạo', 'Sở Giáo dục và Đào tạo'],
    ['cao dang bac kan', 'Trường Cao đẳng Bắc Kạn'],
    ['lao dong thuong binh', 'Sở Lao động - Thương binh và Xã hội'],
  ])('"%s" finds "%s"', (query, name) => {
    expect(matchesSearch(query, name)).toBe(true);
  });

  it('does not find what is not there', () => {
    expect(matchesSearch('so noi vu', 'Sở Y tế')).toBe(false);
    expect(matchesSearch('y te', 'Sở Văn hóa, Thể thao và Du lịch')).toBe(false);
  });

  it('matches decomposed (NFD) input too', () => {
    expect(searchKey('Sở Y tế'.normalize('NFD'))).toBe('so y te');
  });
});

describe('Vietnamese order', () => {
  it('sorts by the Vietnamese alphabet, not by code points', () => {
    const names = ['Sở Y tế', 'Đài Phát thanh', 'Ban Dân tộc', 'Bảo hiểm xã hội', 'Sở Văn hóa', 'Dân tộc', 'Ấp Bắc', 'An Giang'];
    expect(sortVietnamese(names, (n) => n)).toEqual([
      'An Giang',
      'Ấp Bắc',
      'Ban Dân tộc',
      'Bảo hiểm xã hội',
      'Dân tộc',
      'Đài Phát thanh',
      'Sở Văn hóa',
      'Sở Y tế',
    ]);
  });
});
