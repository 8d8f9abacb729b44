// Which cached reads a write makes stale. The domain of a channel is its prefix (`units.update` → `units`);
// a write refreshes the reads of the domains listed for its own domain, and nothing else, so saving one
// field does not reload every screen. Pure: no React, unit-tested in tests/unit/renderer/affects.test.ts.
import { channelNames, type ChannelName } from '../../main/contract/index.js';

type DomainOf<C> = C extends `${infer D}.${string}` ? D : never;
export type Domain = DomainOf<ChannelName>;

export const domainOf = <C extends ChannelName>(channel: C): DomainOf<C> => channel.slice(0, channel.indexOf('.')) as DomainOf<C>;

const everyDomain: readonly Domain[] = [...new Set(channelNames.map(domainOf))];

/** For each domain's writes, the domains whose reads they can change (read off main/services). */
export const affects: Record<Domain, readonly Domain[]> = {
  // A new bloc (or the demo bloc) arrives with its years, units, settings, meetings, pledges and register.
  blocs: everyDomain,
  // blocs.list and units.listAll list the years; the head unit signs (settings.get) and heads the pledge's
  // signatories; the profile (names, symbol, place) prints on every document and fills the pledge template.
  // Closing, reopening and deleting a year take a backup first (backups.overview lists it).
  years: ['years', 'blocs', 'units', 'settings', 'pledges', 'documents', 'scoring', 'votes', 'reports', 'guide', 'backups'],
  // Member counts and, after a merge, the head unit (years.*); the signature follows the head unit
  // (settings.get); attendance is listed under the unit's name (meetings.*); the signatories are the
  // members (pledges.get); documents.prepare prints all of these.
  units: ['units', 'years', 'settings', 'meetings', 'pledges', 'documents', 'scoring', 'votes', 'reports', 'guide'],
  // The unsaved pledge draft takes its legal bases from the settings; every document prints them.
  settings: ['settings', 'pledges', 'documents', 'guide'],
  // Invitations, agendas, minutes and reports are drawn from the meeting and its attendance.
  meetings: ['meetings', 'documents', 'votes', 'reports', 'guide'],
  // The pledge document is drawn from the saved pledge.
  pledges: ['pledges', 'documents', 'guide'],
  // A meeting counts the documents issued from it (`issuedDocuments`, which also blocks deleting it);
  // units.issuedPledges compares the issued pledge with the members.
  documents: ['documents', 'meetings', 'votes', 'reports', 'guide', 'units'],
  // The score summary document is drawn from the ranking.
  // The candidates come from the ranking; the close checklist counts unscored units.
  scoring: ['scoring', 'documents', 'votes', 'reports', 'guide'],
  // Ballots, vote-count minutes, the proposal and the annual report are drawn from the year end.
  votes: ['votes', 'documents', 'reports', 'guide'],
  // An imported package adds (or replaces) a whole bloc, like a new bloc does.
  handover: everyDomain,
  // A restore replaces the whole data; a backup or a second folder only changes the list of backups.
  backups: everyDomain,
  // The guided year reads every domain (each write above that changes a step lists it); deadlines only itself.
  guide: ['guide'],
  // The history and the search across years only read; every write above that changes what they show lists them.
  reports: ['reports'],
};

/** The domains whose reads a write can change. */
export const affectedDomains = (write: ChannelName): readonly Domain[] => affects[domainOf(write)];

/** Whether a write makes a read stale, e.g. `units.update` → `pledges.get`. */
export const refreshes = (write: ChannelName, read: ChannelName): boolean => affectedDomains(write).includes(domainOf(read));
