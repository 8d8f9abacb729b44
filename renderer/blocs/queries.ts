import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { useAction } from '../common/actions';

export const useBlocs = () => useQuery({ queryKey: ['blocs'], queryFn: () => unwrap(api['blocs.list']({})) });

export const useCreateBloc = () => useAction(api['blocs.create'], () => 'Đã tạo khối thi đua');

export const useOpenDemo = () => useAction(api['blocs.openDemo'], () => 'Đã mở dữ liệu mẫu');
