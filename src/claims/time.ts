import { countBefore } from '../document/sorted-search.js';
import type { Refiner } from '../extract/pipeline.js';
import { isAccordingTo } from './antecedent.js';
import { isInciseVerb } from './attribution.js';
import type { ClaimContext } from './context.js';
import { columnHeaderOf } from './table-column.js';
import type { DateMention } from '../extract/dates/types.js';
import type { ClaimDraft } from './types.js';
import { claimVocabulary } from './vocabulary.js';

/** Words that place a figure before the period of the one it is set against (« un an plus tôt »). */
const EARLIER = new Set(['tôt', 'auparavant', 'précédemment', 'avant']);
/** How many tokens after a figure such a word may stand (« contre 21 % un an plus tôt »). */
const EARLIER_WINDOW = 5;

/** Where a figure's dates may lie, as offsets: what the sentence around it leaves to it. */
interface TimeScope {
  /** Where the next figure of the sentence starts (the sentence end if none). */
  readonly nextFigure: number;
  /** Where the run of coordinated figures it belongs to ends: before a figure set against an earlier state. */
  readonly runEnd: number;
  /** Whether the figure is itself set against an earlier state (« contre 18 500 fin 2021 »). */
  readonly earlierState: boolean;
}

/**
 * The period a figure holds for: a date of its sentence that governs it. The date right
 * after it, before the next figure, first (« 47,8 % … en 2018 »); else a date before it
 * in the sentence (« En 2018, AWS détenait … »); else the date that closes a run of
 * coordinated figures (« 12 % du chiffre d'affaires … mais la moitié de ses bénéfices
 * en 2019 » → both 2019). A date after a reporting verb that follows the figure is when
 * it was said, not what it holds for (« en hausse de 5 %, a annoncé le groupe jeudi »);
 * one after « selon », « ; » or « : » is the source's or another clause's, and one after
 * « depuis » that closes a superlative is a comparison (« sa plus forte hausse depuis 2022 »).
 * A figure set against an earlier state (« 22 000 salariés, contre 18 500 fin 2021 »)
 * holds for another period: it takes only a date of its own, and its date does not close
 * the run before it.
 */
export function timeOf(context: ClaimContext, draft: ClaimDraft, scope: TimeScope): string | null {
  // the sentence's dates once, then two binary searches per figure: linear in a long sentence of figures
  const placed = context.memo('time-dates', draft.sentence, () => context.datesOf(draft.sentence).filter((date) => !comparedSince(context, date.start)));
  if (placed.length === 0) return null;
  // after the figure, only a date with a value governs it (« 9 milliards de colis livrés le jour même
  // en 2024 »); before it, the nearest date does, even one the document's date cannot resolve (« Depuis
  // 2010, Amazon … y emploie aujourd'hui 25 000 personnes » is not for 2010)
  const dates = context.memo('time-resolved-dates', draft.sentence, () => placed.filter((date) => date.value !== null));
  const { figure } = draft;
  const saidAt = firstInciseAfter(context, draft);
  // dates are sorted and do not overlap: the first after the figure, the last before it
  const after = dates[countBefore(dates.length, (k) => dates[k].start < figure.end)];
  if (after !== undefined && after.start < Math.min(scope.nextFigure, saidAt)) return after.value;
  if (scope.earlierState) return null;
  let b = countBefore(placed.length, (k) => placed[k].end <= figure.start) - 1;
  while (b >= 0 && inParticipleAside(context, placed[b], figure.start)) b--;
  if (b >= 0) return placed[b].value;
  return after !== undefined && after.start < Math.min(scope.runEnd, saidAt) ? after.value : null;
}

/** Words that open a date after a participle (« fondée en 2021 », « racheté le 3 mars »). */
const DATE_PREPOSITIONS = new Set(['en', 'le', 'au', 'dès', 'depuis', 'à']);
/** Endings of a past participle (« fondée », « racheté », « créés »). */
const PARTICIPLE_ENDINGS = ['é', 'ée', 'és', 'ées'];

/**
 * A date that dates the participle right before it (« fondée en 2021 », « rachetée en 2017 »)
 * in an aside that a comma, or the sentence's start, opens and a comma closes before the figure (« La société, fondée en 2021 par d'anciens
 * salariés d'OpenAI, emploie 800 personnes »): the time of that event, not of the figure.
 */
function inParticipleAside(context: ClaimContext, date: DateMention, figureStart: number): boolean {
  let k = context.tokenAt(date.start) - 1;
  // the date's own preposition (« en 2021 », « le 3 mars », « dès 2019 »)
  if (DATE_PREPOSITIONS.has(context.word(k))) k--;
  const word = context.word(k);
  if (word.length < 5 || !PARTICIPLE_ENDINGS.some((ending) => word.endsWith(ending))) return false;
  // an aside opens after a comma or with its sentence (« , adoptée en 2019, », « Fondée en 1990, »),
  // where a noun in -é is rare (« 6,6 pour 100 salariés en 2022 »)
  const [first] = context.sentenceTokens(context.analysis.sentenceIndexAt(date.start));
  if (!(k === first || context.word(k - 1) === ',')) return false;
  for (let i = context.tokenAt(date.end); i < context.tokens.length && context.tokens[i].start < figureStart; i++) if (context.word(i) === ',') return true;
  return false;
}

/**
 * « …, contre 18 500 fin 2021 », « contre 15,9 % un an plus tôt »: a figure set against an
 * earlier state, which says so with a date or a word for « earlier » of its own before the
 * next figure (« contre 20 % pour Microsoft » is the same period for another subject).
 */
export function isEarlierState(context: ClaimContext, draft: ClaimDraft, nextFigure: number): boolean {
  const { figure } = draft;
  if (context.word(context.tokenAt(figure.start) - 1) !== 'contre') return false;
  if (context.datesOf(draft.sentence).some((date) => date.start >= figure.end && date.start < nextFigure)) return true;
  const after = context.tokenAt(figure.end);
  for (let i = after; i < after + EARLIER_WINDOW && i < context.tokens.length && context.tokens[i].start < nextFigure; i++) {
    if (EARLIER.has(context.word(i))) return true;
  }
  return false;
}

/** Where the first incise with a reporting verb after the figure (« …, a annoncé le groupe jeudi »), in its sentence, starts (the sentence end if none). */
function firstInciseAfter(context: ClaimContext, draft: ClaimDraft): number {
  const verbs = context.memo('incise-verbs', draft.sentence, () => {
    const [first, last] = context.sentenceTokens(draft.sentence);
    const starts: number[] = [];
    for (let i = first; i < last; i++) if (isInciseVerb(context, i) || opensSourceOrClause(context, i)) starts.push(context.tokens[i].start);
    return starts;
  });
  const k = countBefore(verbs.length, (n) => verbs[n] < draft.figure.end);
  return k < verbs.length ? verbs[k] : context.sentences[draft.sentence].end;
}

/** Words of a superlative or a record before « depuis » (« sa plus forte hausse depuis », « jamais … depuis »). */
const RECORD_WORDS = new Set(['plus', 'moins', 'jamais', 'record', 'inédit', 'inédite', 'inégalé', 'inégalée']);
/** How many words before « depuis » such a word may stand (« la plus forte hausse trimestrielle depuis »). */
const RECORD_WINDOW = 5;

/**
 * « sa plus forte hausse depuis fin 2022 »: a date after « depuis » that closes a superlative is
 * the last time the figure was matched, not the period it holds for (« 10 millions d'articles
 * depuis 2019 » does hold since then).
 */
function comparedSince(context: ClaimContext, dateStart: number): boolean {
  const since = context.tokenAt(dateStart) - 1;
  if (context.word(since) !== 'depuis') return false;
  for (let k = since - 1; k >= Math.max(0, since - RECORD_WINDOW); k--) if (RECORD_WORDS.has(context.word(k))) return true;
  return false;
}

/**
 * « selon le rapport publié mercredi », « d'après … », « ; », « : »: a date after one of them is
 * the source's or another clause's, not the figure's.
 */
function opensSourceOrClause(context: ClaimContext, i: number): boolean {
  return isAccordingTo(context, i) || claimVocabulary().wordClass.get(context.word(i)) === 'boundary';
}

const COORDINATORS = new Set(['et', 'mais', 'ou', ',']);
/** Prepositions that, after a comma, open an adjunct of another time than the figure before (« …, après une hausse de 43 % en 2022 »). */
const TIME_ADJUNCTS = new Set(['après', 'avant']);

/**
 * A new clause starts between two figures: a semicolon, a coordinated « que » (« assure que
 * moins de 1 % … et que l'entreprise a fait don de 10 millions d'articles depuis 2019 »), or an
 * adjunct of « après » or « avant » after a comma. The later figure's date is then its own, not the run's.
 */
function clauseBreakBetween(context: ClaimContext, from: number, to: number): boolean {
  for (let i = context.tokenAt(from); i < context.tokens.length && context.tokens[i].start < to; i++) {
    const word = context.word(i);
    if (word === ';') return true;
    if ((word === 'que' || word === "qu'") && COORDINATORS.has(context.word(i - 1))) return true;
    // « 69,90 euros par an, après une hausse de 43 % en 2022 »: an adjunct of another time
    if (TIME_ADJUNCTS.has(word) && context.word(i - 1) === ',') return true;
  }
  return false;
}

/** Each figure's time scope, in one pass from the last figure back. */
function timeScopes(context: ClaimContext, drafts: readonly ClaimDraft[]): TimeScope[] {
  const scopes: TimeScope[] = new Array<TimeScope>(drafts.length);
  for (let k = drafts.length - 1; k >= 0; k--) {
    const draft = drafts[k];
    const sentenceEnd = context.sentences[draft.sentence].end;
    const next = drafts[k + 1]?.sentence === draft.sentence ? drafts[k + 1] : undefined;
    const nextFigure = next ? next.figure.start : sentenceEnd;
    const earlierState = isEarlierState(context, draft, nextFigure);
    const runEnd = !next ? sentenceEnd : scopes[k + 1].earlierState || clauseBreakBetween(context, draft.figure.end, next.figure.start) ? next.figure.start : scopes[k + 1].runEnd;
    scopes[k] = { nextFigure, runEnd, earlierState };
  }
  return scopes;
}

/** In a Markdown table, the date its column header gives (« | Part de marché (T4 2024) | »). */
function columnTime(context: ClaimContext, draft: ClaimDraft): string | null {
  const header = columnHeaderOf(context, draft.figure.start);
  if (header === null) return null;
  const { dates } = context;
  const k = countBefore(dates.length, (n) => dates[n].start < header.start);
  return k < dates.length && dates[k].end <= header.end ? dates[k].value : null;
}

/** A quarter or half-year as written (« quatrième trimestre 2024 », « T4 2024 », « S1 2025 »). */
const RESULTS_PERIOD = /trimestre|semestre|^[TSQ][1-4]\b/i;

/**
 * The results period announced before sentence `sentence` in its paragraph: by a sentence
 * with no figure whose one dated phrase of a quarter or a half-year says what the figures
 * after it are for (« Amazon a publié jeudi des résultats … pour le quatrième trimestre 2024.
 * Le chiffre d'affaires a atteint … »). A sentence between with a date of its own ends it.
 * Sentences without dates take what their predecessor took, so the paragraph is read once.
 */
function announcedPeriod(context: ClaimContext, sentence: number): string | null {
  const table = 'announced-period';
  const paragraph = context.paragraphStart(context.sentences[sentence].start);
  const inParagraph = (s: number): boolean => s >= 0 && context.sentences[s].start >= paragraph;
  // back over the sentences without dates, to one already settled or one that settles it
  const pending = [sentence];
  let s = sentence - 1;
  while (inParagraph(s) && !context.hasMemo(table, s + 1) && context.datesOf(s).length === 0) pending.push(s--);
  let period: string | null = null;
  if (context.hasMemo(table, s + 1)) period = context.memo<string | null>(table, s + 1, () => null);
  else if (inParagraph(s) && !context.figuresIn(context.sentences[s].start, context.sentences[s].end)) {
    const periods = context.datesOf(s).filter((date) => RESULTS_PERIOD.test(context.text.slice(date.start, date.end)));
    if (periods.length === 1) period = periods[0].value;
  }
  for (const k of pending) context.memo(table, k, () => period);
  return period;
}

export const resolveTime: Refiner<ClaimContext, ClaimDraft> = {
  name: 'resolveTime',
  refine: (drafts, context) => {
    const scopes = timeScopes(context, drafts);
    // pushed, not mapped: see extractClaims
    const resolved: ClaimDraft[] = [];
    for (let k = 0; k < drafts.length; k++) {
      const draft = drafts[k];
      const own = timeOf(context, draft, scopes[k]) ?? columnTime(context, draft);
      // a table's cells take their times from their column headers only
      const announces = own === null && context.datesOf(draft.sentence).length === 0 && columnHeaderOf(context, draft.figure.start) === null;
      resolved.push({ ...draft, time: announces ? announcedPeriod(context, draft.sentence) : own });
    }
    return resolved;
  },
};
