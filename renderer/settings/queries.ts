import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { useAction } from '../common/actions';

export const useDocumentSettings = (yearId: number) =>
  useQuery({ queryKey: ['settings', yearId], queryFn: () => unwrap(api['settings.get']({ yearId })) });

export const useUpdateSettings = () => useAction(api['settings.update'], () => 'Đã lưu');
