import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Input, Output } from '../../main/contract/index.js';
import { api, unwrap } from '../api/client';
import { useAction } from '../common/actions';
import { documentName } from './naming';

export type DocumentRequestInput = Input<'documents.prepare'>;
export type Prepared = Output<'documents.prepare'>;

export const useRegister = (yearId: number) =>
  useQuery({
    queryKey: ['register', yearId],
    queryFn: async () =>
      (await unwrap(api['documents.list']({ yearId }))).sort(
        (a, b) => a.date.localeCompare(b.date) || (a.number ?? 0) - (b.number ?? 0) || a.id - b.id,
      ),
  });

/** The live preview of a draft: model and breaches; the last good preview stays while the next loads. */
export const usePrepared = (request: DocumentRequestInput | null) =>
  useQuery({
    queryKey: ['prepare', request],
    queryFn: () => unwrap(api['documents.prepare'](request as DocumentRequestInput)),
    enabled: request !== null,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

/** A register entry and its document rebuilt from the snapshot. */
export const useIssued = (documentId: number | null) =>
  useQuery({
    queryKey: ['document', documentId],
    queryFn: () => unwrap(api['documents.get']({ documentId: documentId as number })),
    enabled: documentId !== null,
  });

export const useIssue = () => useAction(api['documents.issue']);
export const useWithdraw = () => useAction(api['documents.withdraw'], (e) => `Đã thu hồi ${documentName(e)}`);
