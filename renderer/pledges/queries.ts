import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { useAction } from '../common/actions';

/** The year's pledge: saved, or the default draft from the bloc template; signatories resolved. */
export const usePledge = (yearId: number, enabled = true) =>
  useQuery({ queryKey: ['pledge', yearId], queryFn: () => unwrap(api['pledges.get']({ yearId })), enabled });

export const useSavePledge = () => useAction(api['pledges.save'], () => 'Đã lưu');

export const useStartPledgeFrom = () =>
  useAction(api['pledges.startFrom'], () => 'Đã thay nội dung giao ước');
