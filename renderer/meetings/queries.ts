import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { useAction } from '../common/actions';

export const useMeetings = (yearId: number) =>
  useQuery({
    queryKey: ['meetings', yearId],
    queryFn: async () =>
      (await unwrap(api['meetings.list']({ yearId }))).sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id - b.id),
  });

export const useMeeting = (meetingId: number | null) =>
  useQuery({
    queryKey: ['meeting', meetingId],
    queryFn: () => unwrap(api['meetings.get']({ meetingId: meetingId as number })),
    enabled: meetingId !== null,
  });

export const useCreateMeeting = () => useAction(api['meetings.create'], (m) => `Đã thêm “${m.name}”`);
export const useUpdateMeeting = () => useAction(api['meetings.update'], () => 'Đã lưu');
export const useDeleteMeeting = () => useAction(api['meetings.delete'], () => 'Đã xóa hội nghị');
export const useSetAttendance = () => useAction(api['meetings.setAttendance'], () => 'Đã lưu điểm danh');
