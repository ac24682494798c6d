// Session 19: a dated timeline ("year: sentence") read entry by entry, on invented pages.
import { describe, expect, it } from 'vitest';
import { timelineEntries, timelineFounding } from '../../src/import/timeline-entries.js';
import { page } from '../support/import-page.js';

const TIMELINE = [
  'Our story',
  '1998: Four bakeries of the Tarnel valley agree to set up the Tarnel Bakers Guild.',
  '2001: The Tarnel Bakers Guild is formally established with eleven members.',
  'A first office opens in Orvane.',
  '2005 – The guild opens a training centre.',
];

describe('a timeline of dated entries', () => {
  it('reads each dated paragraph as an entry with its year', () => {
    expect(timelineEntries(TIMELINE).map((entry) => entry.year)).toEqual(['1998', '2001', '2005']);
  });

  it('is no timeline when its years go back or there are fewer than three', () => {
    expect(timelineEntries(TIMELINE.slice(0, 3))).toEqual([]);
    expect(timelineEntries(['2005: A.', '1998: B.', '2007: C.'])).toEqual([]);
  });

  it('dates the actor by the entry that says it was established, not the plan to found it', () => {
    expect(timelineFounding(TIMELINE, ['Tarnel Bakers Guild'])).toBe('2001');
    expect(timelineFounding(TIMELINE, ['Orvane Mill'])).toBe(null);
  });

  it('gives the founding year on a whole page', () => {
    const text = [
      'Tarnel Bakers Guild',
      '',
      'The Tarnel Bakers Guild is an association of bakeries in the Tarnel valley.',
      '',
      ...TIMELINE,
    ].join('\n');
    expect(page(text).facts?.find((fact) => fact.field === 'founded')).toMatchObject({
      value: '2001',
    });
  });
});
