import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { useAction } from '../common/actions';

export const useYears = (blocId: number) =>
  useQuery({
    queryKey: ['years', blocId],
    queryFn: async () => (await unwrap(api['years.list']({ blocId }))).sort((a, b) => a.year - b.year),
  });

export const useCreateYear = () => useAction(api['years.create'], (y) => `Đã tạo năm thi đua ${y.year}`);
export const useUpdateProfile = () => useAction(api['years.updateProfile'], () => 'Đã lưu');
export const useSetLeadership = () => useAction(api['years.setLeadership'], () => 'Đã lưu Trưởng khối, Phó khối');
export const useCloseYear = () => useAction(api['years.close'], (y) => `Đã khóa sổ năm ${y.year}`);

/** Member units of several years at once (for head/deputy names in the years table). */
export const useMembersOfYears = (yearIds: number[]) =>
  useQueries({
    queries: yearIds.map((yearId) => ({
      queryKey: ['members', yearId],
      queryFn: () => unwrap(api['units.list']({ yearId })),
    })),
  });
