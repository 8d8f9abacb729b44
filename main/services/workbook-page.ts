// How the bloc's lists print from Excel: A4 landscape, one page wide, centred, narrow margins.
import type ExcelJS from 'exceljs';

export const landscapeA4: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  horizontalCentered: true,
  margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
};
