import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { useAction } from '../common/actions';

export const useMembers = (yearId: number) =>
  useQuery({ queryKey: ['members', yearId], queryFn: () => unwrap(api['units.list']({ yearId })) });

export const useAllUnits = (blocId: number) =>
  useQuery({ queryKey: ['units', blocId], queryFn: () => unwrap(api['units.listAll']({ blocId })) });

export const useCreateUnit = () => useAction(api['units.create'], (u) => `Đã thêm “${u.name}”`);
export const useUpdateUnit = () => useAction(api['units.update'], () => 'Đã lưu');
export const useAddToYear = () => useAction(api['units.addToYear'], (u) => `Đã thêm “${u.name}” vào năm thi đua`);
export const useRemoveFromYear = () => useAction(api['units.removeFromYear'], () => 'Đã bỏ đơn vị khỏi năm thi đua');
export const useRetireUnit = () =>
  useAction(api['units.retire'], (u) => `“${u.name}” ngừng tham gia khối từ sau năm ${u.endYear ?? ''}`);
export const useMergeUnits = () => useAction(api['units.merge'], (u) => `Đã hợp nhất thành “${u.name}”`);
