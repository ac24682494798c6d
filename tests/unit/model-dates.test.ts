import { describe, expect, it } from 'vitest';
import { isBefore, parsePartialDate } from '../../src/model/dates.js';

describe('parsePartialDate', () => {
  it('keeps the precision the source gives', () => {
    expect(parsePartialDate('2002')).toMatchObject({
      value: '2002',
      year: 2002,
      precision: 'year',
    });
    expect(parsePartialDate('2002-03')).toMatchObject({ year: 2002, precision: 'month' });
    expect(parsePartialDate('2024-02-29')?.precision).toBe('day');
    expect(parsePartialDate(2004)?.value).toBe('2004');
  });

  it('refuses what is not a calendar date', () => {
    for (const bad of [
      '2023-02-29',
      'March 2002',
      '2002-13',
      '200X',
      '2004/2005',
      '',
      'x'.repeat(50),
    ]) {
      expect(parsePartialDate(bad), bad).toBeUndefined();
    }
  });

  it('reads approximate and uncertain dates in EDTF', () => {
    expect(parsePartialDate('2004~')).toMatchObject({
      year: 2004,
      approximate: true,
      uncertain: false,
    });
    expect(parsePartialDate('2004-05?')).toMatchObject({
      year: 2004,
      precision: 'month',
      uncertain: true,
      approximate: false,
    });
    expect(parsePartialDate('2004%')).toMatchObject({ approximate: true, uncertain: true });
  });

  it('reads "one of" dates, filtering on the earliest year', () => {
    expect(parsePartialDate('[2002,2003]')).toEqual({
      value: '[2002,2003]',
      year: 2002,
      latestYear: 2003,
      precision: 'year',
      approximate: false,
      uncertain: true,
      oneOf: ['2002', '2003'],
    });
  });

  it('orders dates at the coarser precision, and "one of" dates by their bounds', () => {
    const date = (value: string) => parsePartialDate(value) ?? expect.unreachable(value);
    expect(isBefore(date('2002'), date('2002-05'))).toBe(false);
    expect(isBefore(date('2001-12'), date('2002'))).toBe(true);
    expect(isBefore(date('2004~'), date('2005'))).toBe(true);
    expect(isBefore(date('[2002,2003]'), date('2003'))).toBe(false);
    expect(isBefore(date('[2002,2003]'), date('2004'))).toBe(true);
  });
});
