/**
 * What each record type shows: `table` columns for people (the widest text column
 * shrinks to fit the terminal) and `csv` fields (every contract field, in contract order).
 */
export interface Column {
  readonly header: string;
  readonly value: (record: Record<string, unknown>) => string;
  /** Takes the room left, elided with … when the terminal is narrow. */
  readonly flex?: boolean;
  readonly align?: 'left' | 'right';
  /** Widest the column may grow before its content is elided. */
  readonly max?: number;
}

const field =
  (name: string) =>
  (record: Record<string, unknown>): string => {
    const value = record[name];
    return value === null || value === undefined ? '' : String(value);
  };

/**
 * A number as a person reads it in a table: no exponent, no grouping, two decimals at most
 * (« un tiers » → 33.33 %), three significant digits below one (0.0952). json, jsonl and csv
 * keep the full value.
 */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US', { useGrouping: false });
  const options: Intl.NumberFormatOptions = Math.abs(value) >= 1 ? { maximumFractionDigits: 2 } : { maximumSignificantDigits: 3 };
  return value.toLocaleString('en-US', { useGrouping: false, ...options });
}

const quantity = (record: Record<string, unknown>): string => {
  const value = formatNumber(record.value as number);
  const unit = record.unit as string | null;
  const approx = record.approx ? '~' : '';
  return `${approx}${value}${unit ? (unit === '%' ? ' %' : ` ${unit}`) : ''}${record.per ? `/${record.per}` : ''}`;
};

const oneLine = (name: string) => (record: Record<string, unknown>) => field(name)(record).replace(/\s+/g, ' ');

export const TABLE_COLUMNS: Record<string, readonly Column[]> = {
  document: [
    { header: 'doc', value: field('doc') },
    { header: 'date', value: field('date') },
    { header: 'lang', value: field('lang') },
    { header: 'chars', value: field('chars'), align: 'right' },
    { header: 'sent.', value: field('sentences'), align: 'right' },
    { header: 'tokens', value: field('tokens'), align: 'right' },
    { header: 'title', value: oneLine('title'), flex: true },
  ],
  token: [
    { header: 'doc', value: field('doc') },
    { header: 'i', value: field('i'), align: 'right' },
    { header: 'sent.', value: field('sentence'), align: 'right' },
    { header: 'start', value: field('start'), align: 'right' },
    { header: 'end', value: field('end'), align: 'right' },
    { header: 'kind', value: field('kind') },
    { header: 'text', value: oneLine('text'), flex: true },
  ],
  sentence: [
    { header: 'doc', value: field('doc') },
    { header: 'i', value: field('i'), align: 'right' },
    { header: 'start', value: field('start'), align: 'right' },
    { header: 'end', value: field('end'), align: 'right' },
    { header: 'text', value: oneLine('text'), flex: true },
  ],
  lang: [
    { header: 'doc', value: field('doc') },
    { header: 'sent.', value: field('sentence'), align: 'right' },
    { header: 'lang', value: field('lang') },
    { header: 'confidence', value: (r) => (r.confidence as number).toFixed(2), align: 'right' },
    { header: 'text', value: oneLine('text'), flex: true },
  ],
  figure: [
    { header: 'doc', value: field('doc') },
    { header: 'sent.', value: field('sentence'), align: 'right' },
    { header: 'kind', value: field('kind') },
    { header: 'value', value: quantity, align: 'right' },
    { header: 'text', value: oneLine('text'), flex: true },
  ],
  date: [
    { header: 'doc', value: field('doc') },
    { header: 'sent.', value: field('sentence'), align: 'right' },
    { header: 'value', value: (r) => (r.value === null ? '?' : String(r.value)) },
    { header: 'precision', value: field('precision') },
    { header: 'relative', value: (r) => (r.relative ? 'yes' : '') },
    { header: 'text', value: oneLine('text'), flex: true },
  ],
  claim: [
    { header: 'doc', value: field('doc'), max: 12 },
    { header: 'subject', value: field('subject'), max: 20 },
    { header: 'metric', value: field('metric'), max: 18 },
    { header: 'value', value: quantity, align: 'right' },
    { header: 'time', value: field('time') },
    { header: 'by', value: field('attribution'), max: 16 },
    { header: 'sentence', value: oneLine('sentenceText'), flex: true },
  ],
  'conflict-row': [
    { header: 'severity', value: field('severity') },
    { header: 'subject', value: field('subject'), max: 20 },
    { header: 'metric', value: field('metric'), max: 18 },
    { header: 'doc', value: field('doc'), max: 14 },
    { header: 'value', value: (r) => `${formatNumber(r.value as number)}${r.unitShown ? (r.unitShown === '%' ? ' %' : ` ${r.unitShown}`) : ''}`, align: 'right' },
    { header: 'time', value: field('time') },
    { header: 'by', value: field('attribution'), max: 16 },
    { header: 'sentence', value: oneLine('sentenceText'), flex: true },
  ],
  entity: [
    { header: 'doc', value: field('doc') },
    { header: 'label', value: field('label') },
    { header: 'canonical', value: field('canonical') },
    { header: 'mentions', value: field('count'), align: 'right' },
    { header: 'aliases', value: (r) => (r.aliases as string[]).join(', '), flex: true },
  ],
};

export const CSV_FIELDS: Record<string, readonly string[]> = {
  document: ['doc', 'title', 'source', 'url', 'date', 'lang', 'chars', 'sentences', 'tokens'],
  token: ['doc', 'i', 'sentence', 'start', 'end', 'text', 'kind'],
  sentence: ['doc', 'i', 'start', 'end', 'text'],
  lang: ['doc', 'sentence', 'start', 'end', 'lang', 'confidence', 'text'],
  figure: ['doc', 'sentence', 'start', 'end', 'text', 'kind', 'value', 'unit', 'approx', 'per'],
  date: ['doc', 'sentence', 'start', 'end', 'text', 'value', 'precision', 'relative'],
  claim: ['doc', 'sentence', 'start', 'end', 'text', 'kind', 'value', 'unit', 'approx', 'per', 'subject', 'metric', 'time', 'attribution', 'modality', 'sentenceText'],
  'conflict-row': ['severity', 'subject', 'metric', 'unit', 'spread', 'relativeSpread', 'doc', 'value', 'time', 'start', 'end', 'text', 'attribution', 'sentenceText'],
  entity: ['doc', 'canonical', 'label', 'aliases', 'count', 'mentions'],
};
