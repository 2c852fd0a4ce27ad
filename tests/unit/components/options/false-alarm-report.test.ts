// The false-positive report the list owner receives: per prospect, how often people said "Not a
// prospect here" (or sent anyway as "not this company"), and where.
import { describe, expect, it } from 'vitest';
import type { ActivityRecord } from '../../../../utils/model/messages';
import { activityToCsv } from '../../../../components/options/activity-csv';
import { falseAlarmFileName, falseAlarmReport, falseAlarmsToCsv } from '../../../../components/options/false-alarm-report';

const at = (iso: string) => Date.parse(iso);
const record = (over: Partial<ActivityRecord>): ActivityRecord => ({
  at: at('2026-11-27T09:00:00Z'),
  site: 'mail.example.com',
  entryIds: ['orange'],
  entryNames: ['Orange'],
  choice: 'ignored',
  ...over,
});

describe('false-alarm report', () => {
  const log: ActivityRecord[] = [
    record({}),
    record({ at: at('2026-11-27T10:00:00Z'), site: 'chat.example.com' }),
    record({ at: at('2026-11-28T08:00:00Z'), site: 'mail.example.com', entryNames: ['orange'] }),
    record({ entryIds: ['apple'], entryNames: ['Apple'], choice: 'sent-anyway', reason: 'not-this-company', site: 'docs.example.com' }),
    // Not false alarms: a caution shown, reviewed, or sent anyway because the recipient is on the deal.
    record({ entryIds: ['acme'], entryNames: ['Acme'], choice: 'shown' }),
    record({ entryIds: ['acme'], entryNames: ['Acme'], choice: 'reviewed' }),
    record({ entryIds: ['acme'], entryNames: ['Acme'], choice: 'sent-anyway', reason: 'on-the-deal' }),
    record({ entryIds: ['acme'], entryNames: ['Acme'], choice: 'sent-anyway' }),
  ];

  it('counts each prospect’s false alarms with its sites, most reported first', () => {
    expect(falseAlarmReport(log)).toEqual([
      { entryId: 'orange', name: 'orange', count: 3, sites: ['mail.example.com', 'chat.example.com'], lastAt: at('2026-11-28T08:00:00Z') },
      { entryId: 'apple', name: 'Apple', count: 1, sites: ['docs.example.com'], lastAt: at('2026-11-27T09:00:00Z') },
    ]);
  });

  it('counts every prospect of a record that names several', () => {
    const report = falseAlarmReport([record({ entryIds: ['a', 'b'], entryNames: ['Alpha', 'Beta'] })]);
    expect(report.map((alarm) => [alarm.name, alarm.count])).toEqual([
      ['Alpha', 1],
      ['Beta', 1],
    ]);
  });

  it('is empty when nobody reported a false alarm', () => {
    expect(falseAlarmReport([record({ choice: 'shown' })])).toEqual([]);
  });

  it('exports as CSV for the list owner, quoting and defusing cells', () => {
    const csv = falseAlarmsToCsv(falseAlarmReport([...log, record({ entryIds: ['x'], entryNames: ['=HYPERLINK("x")'] })]));
    expect(csv).toBe(
      'prospect,times,sites,last\r\n' +
        'orange,3,mail.example.com; chat.example.com,2026-11-28T08:00:00.000Z\r\n' +
        `"'=HYPERLINK(""x"")",1,mail.example.com,2026-11-27T09:00:00.000Z\r\n` +
        'Apple,1,docs.example.com,2026-11-27T09:00:00.000Z\r\n',
    );
    expect(falseAlarmFileName(new Date('2026-12-05T01:00:00Z'))).toBe('prospect-guard-false-alarms-2026-12-05.csv');
  });
});

describe('activity log CSV with reasons', () => {
  it('adds a reason column once a send anyway was explained, blank where none was given', () => {
    const csv = activityToCsv([
      record({ choice: 'sent-anyway', reason: 'on-the-deal', entryNames: ['Acme'] }),
      record({ choice: 'shown', entryNames: ['Acme'] }),
    ]);
    expect(csv).toBe(
      'time,site,prospects,choice,reason\r\n' +
        '2026-11-27T09:00:00.000Z,mail.example.com,Acme,sent-anyway,on-the-deal\r\n' +
        '2026-11-27T09:00:00.000Z,mail.example.com,Acme,shown,\r\n',
    );
  });
});
