import { describe, expect, it } from 'vitest';
import { saveFilters } from '../../../main/shell/save-filters.js';

describe('the save dialog file type', () => {
  it('follows the extension of the file being saved', () => {
    expect(saveFilters('C:/Văn bản/2022-TTr.docx')).toEqual([{ name: 'Văn bản Word', extensions: ['docx'] }]);
    expect(saveFilters('/tmp/Ban-giao-2018-2022.KTD')).toEqual([{ name: 'Gói bàn giao Khối Thi Đua', extensions: ['ktd'] }]);
    expect(saveFilters('/tmp/Tong-hop-diem-2022.xlsx')[0]?.name).toBe('Bảng tính Excel');
    expect(saveFilters('C:/Văn bản/2018-02-BB-bien-ban.pdf')).toEqual([{ name: 'Tài liệu PDF', extensions: ['pdf'] }]);
    expect(saveFilters('/tmp/khong-duoi')).toEqual([]);
  });
});
