// edtf ships no types; these cover the part the model uses.
declare module 'edtf' {
  interface ParsedDate {
    type: 'Date' | 'Year' | 'Season' | 'Set' | 'List' | 'Interval' | 'Century' | 'Decade';
    level: number;
    values: (number | ParsedDate)[];
    approximate?: boolean | number;
    uncertain?: boolean | number;
    unspecified?: number;
  }
  export function parse(input: string): ParsedDate;
}
