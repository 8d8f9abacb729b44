// "Văn bản": choose a kind, fill in its form, see the live preview, its format check and what is still to
// fill in, then print, save as DOCX or issue it (a number from the register).
import { useState } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Radio, Space, Typography } from 'antd';
import type { DocumentType, Input, Meeting, Output, RegisterEntry } from '../../main/contract/index.js';
import { ApiError } from '../api/client';
import { useRead } from '../api/hooks';
import { navigate, numberParam, useRouteParams } from '../app/routes';
import { useSelection } from '../app/selection';
import { useDebounced } from '../common/useDebounced';
import { byDate } from '../meetings/order';
import { BreachAlert } from './BreachAlert';
import { DocumentToolbar } from './DocumentToolbar';
import { IssueDialog } from './IssueDialog';
import type { AnyDraft } from './kinds/kind';
import { emptyDraft, isDocumentType, kindForms, kindLabel } from './kinds/registry';
import { documentName, issuedMessage } from './naming';
import { IssuedView } from './IssuedView';
import { ProblemsList } from './ProblemsList';
import { DocumentPreview } from './preview/DocumentPreview';

type DocumentRequestInput = Input<'documents.prepare'>;
type Prepared = Output<'documents.prepare'>;

export function DocumentPage() {
  const { year, locked } = useSelection();
  const params = useRouteParams();
  const type = params.get('type');
  const replacesId = numberParam(params, 'replaces');
  const [draft, setDraft] = useState<AnyDraft>(() =>
    emptyDraft(isDocumentType(type) ? type : 'invitation', numberParam(params, 'meetingId'), numberParam(params, 'roundId')),
  );
  const meetings = useRead('meetings.list', { yearId: year.id }, { select: byDate });
  const replaced = useRead('documents.get', replacesId === null ? null : { documentId: replacesId }).data;
  const replaces = replaced?.entry ?? null;
  const [issued, setIssued] = useState<RegisterEntry | null>(null);
  // A replacement starts from what the replaced entry was issued from, once that entry has loaded;
  // an entry issued before the register kept requests leaves the empty form.
  const [prefilledFrom, setPrefilledFrom] = useState<number | null>(null);
  if (replaced && replaced.entry.id !== prefilledFrom) {
    setPrefilledFrom(replaced.entry.id);
    const request = replaced.request;
    if (request) setDraft({ type: request.type, value: kindForms[request.type].fromRequest(request.input) });
  }

  // An address naming a meeting this year does not have (one of another year, after a reload): the picker
  // starts empty rather than on the bare id. Only a fresh list tells: a cached one may predate a meeting just created.
  const draftMeetingId = kindForms[draft.type].meetingId(draft.value);
  const meetingListed = draftMeetingId === null || (meetings.data?.some((m) => m.id === draftMeetingId) ?? false);
  if (meetings.data && !meetings.isFetching && !meetingListed) {
    setDraft(emptyDraft(draft.type, null, numberParam(params, 'roundId')));
  }

  if (issued) {
    return (
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {kindLabel(issued.type)}
        </Typography.Title>
        <Alert
          type="success"
          showIcon
          title={issuedMessage(issued)}
          action={
            <Space>
              <Button onClick={() => navigate('register')}>Mở sổ văn bản</Button>
              <Button onClick={() => setIssued(null)}>Soạn tiếp</Button>
            </Space>
          }
        />
        <IssuedView documentId={issued.id} />
      </Space>
    );
  }

  const chooseKind = (next: DocumentType) => setDraft(emptyDraft(next, kindForms[draft.type].meetingId(draft.value)));
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        Văn bản năm {year.year}
      </Typography.Title>
      {replaces && <Alert type="info" showIcon title={`Văn bản ban hành lần này thay thế ${documentName(replaces)}${replaces.number === null ? '' : ` (${replaces.title})`}.`} />}
      <Card size="small" title="Loại văn bản">
        <Radio.Group
          aria-label="Loại văn bản"
          optionType="button"
          value={draft.type}
          onChange={(e) => chooseKind(e.target.value as DocumentType)}
          options={Object.keys(kindForms).map((value) => ({ value, label: kindLabel(value as DocumentType) }))}
        />
      </Card>
      {/* Until the meetings have loaded the picker could only show the meeting's id. */}
      <Card size="small" title={`Nội dung ${kindLabel(draft.type).toLowerCase()}`} loading={!meetingListed && (meetings.isPending || meetings.isFetching)}>
        <DraftEditor draft={draft} onChange={setDraft} meetings={meetings.data ?? []} locked={locked} replaces={replaces} onIssued={setIssued} />
      </Card>
    </Space>
  );
}

/** The form, then the checks, the buttons and the preview of what the form says (debounced). */
function DraftEditor({
  draft,
  onChange,
  meetings,
  locked,
  replaces,
  onIssued,
}: {
  draft: AnyDraft;
  onChange: (d: AnyDraft) => void;
  meetings: Meeting[];
  locked: boolean;
  replaces: RegisterEntry | null;
  onIssued: (entry: RegisterEntry) => void;
}) {
  const { year } = useSelection();
  const form = kindForms[draft.type];
  const settled = useDebounced(draft, 400);
  const asked = settled.type === draft.type ? kindForms[settled.type].toRequest(settled.value) : null;
  const missing = isMissing(asked) ? asked.missing : null;
  const request = asked !== null && !isMissing(asked) ? ({ yearId: year.id, type: settled.type, input: asked } as DocumentRequestInput) : null;
  // The live preview: the last good one stays while the next loads; never taken stale from the cache.
  const prepared = useRead('documents.prepare', request, { placeholderData: keepPreviousData, staleTime: 0 });
  // What "Ban hành" opened on: the request as previewed, fixed until the dialog closes, so a preview
  // refreshing meanwhile neither changes what is issued nor closes the dialog.
  const [issuing, setIssuing] = useState<{ request: DocumentRequestInput; prepared: Prepared } | null>(null);
  const typing = draft !== settled;
  const error = prepared.error;
  const errors = error instanceof ApiError ? error.fieldErrors : {};
  const meetingId = form.meetingId(draft.value);
  // Missing meeting fields (date, place…) come back keyed by the meeting's field names.
  const meetingProblem = error instanceof ApiError && meetingId !== null && !Object.keys(error.fieldErrors).some((k) => k.startsWith('input.'));
  const data = prepared.data;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Form layout="vertical" component="div">
        <form.Form draft={draft.value} onChange={(value) => onChange({ type: draft.type, value })} meetings={meetings} errors={errors} />
      </Form>
      {missing && <Alert type="info" showIcon title={missing} />}
      {error && (
        <Alert
          type="error"
          showIcon
          title={error.message}
          action={
            meetingProblem ? (
              <Button size="small" onClick={() => navigate('meeting', { id: meetingId })}>
                Sửa hội nghị
              </Button>
            ) : undefined
          }
        />
      )}
      {request && data && !error && (
        <>
          {!form.listsProblems && <ProblemsList problems={data.problems} />}
          <BreachAlert breaches={data.breaches} />
          <DocumentToolbar source={{ request }}>
            <Button
              type="primary"
              disabled={locked || typing || prepared.isFetching || data.breaches.length > 0 || data.problems.length > 0}
              title={locked ? `Năm ${year.year} đã khóa sổ` : data.problems.length > 0 ? 'Điền đủ các mục còn thiếu trước khi ban hành' : undefined}
              onClick={() => setIssuing({ request, prepared: data })}
            >
              Ban hành
            </Button>
          </DocumentToolbar>
          <DocumentPreview doc={data.model} />
        </>
      )}
      {issuing && (
        <IssueDialog
          open
          request={issuing.request}
          replaces={replaces}
          numbered={issuing.prepared.model.header.numbered !== false}
          dates={issuing.prepared.issueDate}
          onClose={() => setIssuing(null)}
          onIssued={(entry) => {
            setIssuing(null);
            onIssued(entry);
          }}
        />
      )}
    </Space>
  );
}

/** A form's answer that says why there is no preview yet. */
const isMissing = (asked: unknown): asked is { missing: string } => typeof asked === 'object' && asked !== null && 'missing' in asked;
