import { corpusCommand } from './corpus.js';
import { datesCommand } from './dates.js';
import { entitiesCommand } from './entities.js';
import { extractCommand } from './extract.js';
import { figuresCommand } from './figures.js';
import { langCommand } from './lang.js';
import { sentencesCommand } from './sentences.js';
import { tokensCommand } from './tokens.js';
import type { DocumentCommand } from './types.js';

/** Commands that print records document by document, in the order --help lists them. */
export const DOCUMENT_COMMANDS: readonly DocumentCommand[] = [
  corpusCommand,
  tokensCommand,
  sentencesCommand,
  langCommand,
  entitiesCommand,
  figuresCommand,
  datesCommand,
  extractCommand,
];
