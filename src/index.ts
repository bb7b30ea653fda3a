// The public library API of amz-claims. Offsets in results are UTF-16 units into the
// document text; records (src/records) carry the contract's code-point offsets.
export { AnalyzedDocument } from './analysis.js';
export { createDocument, type Document, type DocumentMeta } from './document/document.js';
export { readInputs, type InputItem, type InputError, type ReadOptions } from './document/read-inputs.js';
export { CodePointIndex } from './document/code-points.js';
export { parseIsoDate, formatIsoDate, type IsoDate } from './document/iso-date.js';
export type { Span } from './document/span.js';
export { tokenize } from './tokenize/index.js';
export type { Token, TokenKind } from './tokenize/token.js';
export { splitSentences } from './segment/index.js';
export { detectLanguage, documentPrior, type DetectOptions, type LanguagePrior } from './language/index.js';
export type { LanguageGuess } from './language/types.js';
export { extractFigures } from './extract/figures/index.js';
export type { Figure, FigureKind } from './extract/figures/types.js';
export { extractDates } from './extract/dates/index.js';
export type { DateMention, DatePrecision } from './extract/dates/types.js';
export { extractEntities } from './extract/entities/index.js';
export type { Entity, EntityLabel } from './extract/entities/types.js';
export { extractClaims } from './claims/extract-claims.js';
export type { Claim, Modality } from './claims/types.js';
export { checkClaims, checkFails, type CheckOptions, type FailOn } from './check/index.js';
export type { CheckedClaim, ConflictRecord, Expectation, Tolerance } from './check/types.js';
export {
  claimRecords,
  dateRecords,
  documentRecord,
  entityRecords,
  figureRecords,
  langRecords,
  sentenceRecords,
  tokenRecords,
} from './records/build.js';
export type * from './records/types.js';
