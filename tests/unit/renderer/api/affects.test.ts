import { describe, expect, it } from 'vitest';
import { channelNames } from '../../../../main/contract/index.js';
import { affectedDomains, affects, domainOf, refreshes } from '../../../../renderer/api/affects.js';

describe('what a save refreshes', () => {
  it('saving a unit refreshes the pledge signatories and the year’s member count', () => {
    expect(refreshes('units.update', 'pledges.get')).toBe(true);
    expect(refreshes('units.update', 'years.list')).toBe(true);
    expect(refreshes('units.update', 'years.get')).toBe(true);
  });

  it('saving a unit refreshes the bloc’s signature, the attendance names and the document preview', () => {
    expect(refreshes('units.update', 'settings.get')).toBe(true);
    expect(refreshes('units.update', 'meetings.get')).toBe(true);
    expect(refreshes('units.update', 'documents.prepare')).toBe(true);
  });

  it('saving a meeting refreshes the meeting and its documents, not the unit list', () => {
    expect(refreshes('meetings.update', 'meetings.get')).toBe(true);
    expect(refreshes('meetings.setAttendance', 'documents.prepare')).toBe(true);
    expect(refreshes('meetings.update', 'units.list')).toBe(false);
    expect(refreshes('meetings.setAttendance', 'units.listAll')).toBe(false);
    expect(affectedDomains('meetings.update')).not.toContain('units');
  });

  it('issuing a document refreshes the meeting’s issued count and the register', () => {
    expect(refreshes('documents.issue', 'meetings.get')).toBe(true);
    expect(refreshes('documents.issue', 'meetings.list')).toBe(true);
    expect(refreshes('documents.issue', 'documents.list')).toBe(true);
  });

  it('creating a bloc or opening the demo refreshes everything', () => {
    for (const read of channelNames) {
      expect(refreshes('blocs.create', read)).toBe(true);
      expect(refreshes('blocs.openDemo', read)).toBe(true);
    }
  });

  it('every write refreshes its own domain', () => {
    for (const channel of channelNames) expect(affectedDomains(channel)).toContain(domainOf(channel));
  });
});

describe('the map', () => {
  const domains = [...new Set(channelNames.map(domainOf))];

  it('has an entry for every domain of the contract', () => {
    expect(Object.keys(affects).sort()).toEqual([...domains].sort());
  });

  it('names only domains of the contract', () => {
    for (const affected of Object.values(affects)) {
      for (const domain of affected) expect(domains).toContain(domain);
    }
  });
});
