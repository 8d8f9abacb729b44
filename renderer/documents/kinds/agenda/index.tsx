// Chương trình: drawn from the meeting's agenda.
import { meetingDraftForm } from '../meeting-draft';

export const agendaForm = meetingDraftForm();
