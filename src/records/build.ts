import type { AnalyzedDocument } from '../analysis.js';
import type { Span } from '../document/span.js';
import type {
  ClaimRecord,
  DateRecord,
  DocumentRecord,
  EntityRecord,
  FigureRecord,
  LangRecord,
  SentenceRecord,
  TokenRecord,
} from './types.js';

/** A span as the contract counts it: code-point offsets and the exact text. */
export function spanFields(analysis: AnalyzedDocument, span: Span): { start: number; end: number; text: string } {
  const index = analysis.codePoints;
  return { start: index.toCodePoint(span.start), end: index.toCodePoint(span.end), text: analysis.text.slice(span.start, span.end) };
}

export function tokenRecords(analysis: AnalyzedDocument): TokenRecord[] {
  const doc = analysis.document.id;
  const sentences = analysis.sentences;
  let sentence = 0;
  return analysis.tokens.map((token, i) => {
    while (sentence + 1 < sentences.length && sentences[sentence + 1].start <= token.start) sentence++;
    return { type: 'token', doc, i, sentence, ...spanFields(analysis, token), kind: token.kind };
  });
}

export function sentenceRecords(analysis: AnalyzedDocument): SentenceRecord[] {
  const doc = analysis.document.id;
  return analysis.sentences.map((span, i) => ({ type: 'sentence', doc, i, ...spanFields(analysis, span) }));
}

export function langRecords(analysis: AnalyzedDocument, by: 'document' | 'sentence'): LangRecord[] {
  const doc = analysis.document.id;
  if (by === 'document') return [{ type: 'lang', doc, ...analysis.language }];
  return analysis.sentences.map((span, i) => {
    const fields = spanFields(analysis, span);
    const guess = analysis.languageOf(fields.text);
    return { type: 'lang', doc, sentence: i, ...fields, lang: guess.lang, confidence: guess.confidence };
  });
}

export function documentRecord(analysis: AnalyzedDocument): DocumentRecord {
  const { document } = analysis;
  return {
    type: 'document',
    doc: document.id,
    title: document.title,
    source: document.source,
    url: document.url,
    date: document.date,
    lang: analysis.language.lang,
    chars: analysis.codePoints.toCodePoint(document.text.length),
    sentences: analysis.sentences.length,
    tokens: analysis.tokens.length,
  };
}

export function figureRecords(analysis: AnalyzedDocument): FigureRecord[] {
  const doc = analysis.document.id;
  return analysis.figures.map((figure) => {
    const record: FigureRecord = {
      type: 'figure',
      doc,
      sentence: analysis.sentenceIndexAt(figure.start),
      ...spanFields(analysis, figure),
      kind: figure.kind,
      value: figure.value,
      unit: figure.unit,
      approx: figure.approx,
    };
    if (figure.per) record.per = figure.per;
    return record;
  });
}

export function dateRecords(analysis: AnalyzedDocument): DateRecord[] {
  const doc = analysis.document.id;
  return analysis.dates.map((date) => ({
    type: 'date',
    doc,
    sentence: analysis.sentenceIndexAt(date.start),
    ...spanFields(analysis, date),
    value: date.value,
    precision: date.precision,
    relative: date.relative,
  }));
}

export function entityRecords(analysis: AnalyzedDocument): EntityRecord[] {
  const doc = analysis.document.id;
  return analysis.entities.map((entity) => ({
    type: 'entity',
    doc,
    canonical: entity.canonical,
    label: entity.label,
    aliases: [...entity.aliases],
    count: entity.mentions.length,
    mentions: entity.mentions.map((mention) => ({ ...spanFields(analysis, mention), sentence: analysis.sentenceIndexAt(mention.start) })),
  }));
}

export function claimRecords(analysis: AnalyzedDocument): ClaimRecord[] {
  const doc = analysis.document.id;
  // pushed, not mapped (see extractClaims)
  const records: ClaimRecord[] = [];
  for (const claim of analysis.claims) {
    const record: ClaimRecord = {
      type: 'claim',
      doc,
      sentence: claim.sentence,
      ...spanFields(analysis, claim),
      kind: claim.kind,
      value: claim.value,
      unit: claim.unit,
      approx: claim.approx,
      subject: claim.subject,
      metric: claim.metric,
      time: claim.time,
      attribution: claim.attribution,
      modality: claim.modality,
      sentenceText: analysis.text.slice(analysis.sentences[claim.sentence].start, analysis.sentences[claim.sentence].end),
    };
    if (claim.per) record.per = claim.per;
    records.push(record);
  }
  return records;
}
