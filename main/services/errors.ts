import { ServiceError } from '../common/errors.js';

export { fieldError, notFound, ServiceError } from '../common/errors.js';

export const yearClosed = (year: number) =>
  new ServiceError('YEAR_CLOSED', `Năm ${year} đã khóa sổ, không thể thay đổi dữ liệu của năm này.`);
