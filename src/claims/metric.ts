import { foldWord } from '../extract/figures/fold-text.js';
import { figureLexicon } from '../extract/figures/lexicon.js';
import type { Refiner } from '../extract/pipeline.js';
import type { ClaimContext } from './context.js';
import { labelBefore } from './label.js';
import { columnHeaderOf } from './table-column.js';
import type { ClaimDraft } from './types.js';
import { claimVocabulary, type MetricPhrase } from './vocabulary.js';

/** Prepositions after a figure that open where or when it holds, not what it measures. */
const PLACE_PREPOSITIONS = new Set(['devant', 'derrière', 'dans', 'chez', 'près', 'autour', 'depuis', 'pendant', 'avant', 'après', 'vers', 'sous']);
/** How far before the figure its metric may be named (« le stockage de ces produits dans ses entrepôts, jusqu'à 1 500 euros »). */
const BEFORE_WINDOW = 16;
/** The length of the longest month or weekday name (« septembre »): a longer word is neither. */
const LONGEST_CALENDAR_WORD = 9;
const ASCII_LOWER = /^[a-z]+$/;
/** Plural nouns that do not change (« prix », « fois », « cours »). */
const INVARIABLE_ENDINGS = ['s', 'x', 'z'];

/** The metric a phrase at token i names for a figure of this kind, and where the phrase ends. */
export function metricPhraseAt(context: ClaimContext, i: number, limit: number, kind: string, after: boolean): { phrase: MetricPhrase; end: number } | null {
  const match = claimVocabulary().metrics.matchAt(context.word, i, limit);
  if (!match) return null;
  const phrase = match.value;
  // a word of a name: « Amazon Prime » holds no bonus
  if (context.capitalised(i) && context.inMention(context.tokens[i].start)) return null;
  if (phrase.only === 'percent' && !(after && kind === 'percent')) return null;
  if (phrase.only === 'money' && kind !== 'money') return null;
  // a counted noun names the metric of its own count, not of an amount near it, nor of money paid
  // to them (« verser 200 M£ aux vendeurs »)
  if (phrase.only === 'count' && (!after || kind === 'money')) return null;
  if (phrase.only === 'price' && !namesShare(context, i, kind)) return null;
  // « 2 % de ses actions »: a stake in the company, not its share price
  if (phrase.only === 'price' && after && kind === 'percent') {
    const stake = claimVocabulary().metrics.valueOf('capital');
    if (stake) return { phrase: stake, end: match.end };
  }
  if (phrase.written && !phrase.written.every((part, k) => context.text.slice(context.tokens[i + k].start, context.tokens[i + k].end) === part)) return null;
  return { phrase, end: match.end };
}

/** « le titre », « du titre », « l'action » before a percentage or an amount: a share, not « à titre indicatif » nor « au titre de ». */
function namesShare(context: ClaimContext, i: number, kind: string): boolean {
  const before = context.word(i - 1);
  return (kind === 'percent' || kind === 'money') && (claimVocabulary().wordClass.get(before) === 'determiner' || before === 'du' || before === 'des');
}

/** Token i written in capitals only (« CDI », « PME »). */
function isAbbreviation(context: ClaimContext, i: number): boolean {
  const { start, end } = context.tokens[i];
  const written = context.text.slice(start, end);
  return end - start >= 2 && written === written.toUpperCase() && written !== written.toLowerCase();
}

function pluralise(word: string): string {
  return INVARIABLE_ENDINGS.some((ending) => word.endsWith(ending)) ? word : word.endsWith('al') ? `${word.slice(0, -2)}aux` : `${word}s`;
}

/**
 * What a figure measures, as a normalised lower-case noun phrase: the phrase after it
 * (« 47,8 % de parts de marché », « 6 millions de clients »), else one named shortly
 * before in its clause (« un temps de réaction … de 10 minutes », « le titre … a gagné
 * 3,49 % »), else for a rank its scope (« 6ème groupe mondial » → rang mondial).
 */
export function metricOf(context: ClaimContext, draft: ClaimDraft, previous?: ClaimDraft): string | null {
  const { figure } = draft;
  const { wordClass } = claimVocabulary();
  const [first, last] = context.sentenceTokens(draft.sentence);

  if (isAge(context, draft)) return claimVocabulary().metrics.valueOf('âge')?.metric ?? null;

  if (figure.kind === 'rank') {
    for (let i = context.tokenAt(figure.end); i < Math.min(last, context.tokenAt(figure.end) + 3); i++) {
      // « 6ème groupe mondial », « la quatrième du monde », « numéro un au monde »
      if (context.word(i).startsWith('mondial') || (context.word(i) === 'monde' && (context.word(i - 1) === 'du' || context.word(i - 1) === 'au'))) return 'rang mondial';
    }
    return 'rang';
  }

  // after the figure: « de parts de marché », « du chiffre d'affaires », « de ses bénéfices », « clients »
  let i = context.tokenAt(figure.end);
  const afterStop = Math.min(last, i + 6);
  // past « de », determiners and the like, not a preposition that opens a place or a time (« 3 000 devant l'entrepôt »)
  while (i < afterStop && wordClass.has(context.word(i)) && wordClass.get(context.word(i)) !== 'boundary' && !PLACE_PREPOSITIONS.has(context.word(i))) i++;
  i = pastAdjectives(context, i);
  const after = i < last ? metricPhraseAt(context, i, last, figure.kind, true) : null;
  if (after) return after.phrase.metric;
  // « réduit de 15 % le nombre d'accidents »: what is counted
  const counted = i < last ? numberOf(context, i, last) : null;
  if (counted) return counted;
  // « 480 millions de colis », but not « 18 500 fin 2021 » nor « aux 455 000 attendus »
  if (figure.kind === 'count' && i < last && i === pastAdjectives(context, nextWordAfter(context, figure.end)) && isCountedNoun(context, i) && agreesInNumber(context, i, figure.value)) {
    // an abbreviation stays as written (« 2 000 CDI » → cdi, not « cdis »)
    return isAbbreviation(context, i) ? context.word(i) : pluralise(context.word(i));
  }

  // before it, in its clause: the nearest phrase that names a measure; a change noun only
  // for the figure it introduces (« une hausse de salaire de 5 % et une prime de 300 euros »)
  const figureToken = context.tokenAt(figure.start);
  const previousFigure = previous?.sentence === draft.sentence ? previous.figure.start : -1;
  for (let k = figureToken - 1; k >= Math.max(first, figureToken - BEFORE_WINDOW); k--) {
    if (wordClass.get(context.word(k)) === 'boundary') break;
    const match = metricPhraseAt(context, k, figureToken, figure.kind, false);
    if (match && !(match.phrase.only === 'change' && context.tokens[k].start < previousFigure)) return match.phrase.metric;
    // « le nombre de colis a augmenté de 12 % », « le nombre de salariés atteint 20 000 »
    const counted = figure.kind === 'percent' || figure.kind === 'count' ? numberOf(context, k, figureToken) : null;
    if (counted) return counted;
  }
  // « Chiffre d'affaires d'AWS : 24,2 milliards »: the label the figure follows, where its clause
  // stopped, names it as its own noun would
  const label = labelBefore(context, figureToken, draft.sentence);
  if (label) {
    for (let k = label[0]; k < label[1]; k++) {
      const match = metricPhraseAt(context, k, label[1], figure.kind, true);
      if (match) return match.phrase.metric;
    }
  }
  return null;
}

/** Past the adjectives that stand between a count and its noun (« les 10 premiers matchs », « 3 nouvelles usines »). */
function pastAdjectives(context: ClaimContext, i: number): number {
  while (claimVocabulary().countModifiers.get(context.word(i)) === 'before') i++;
  return i;
}

/**
 * Whether token i may be the noun a count counts: a word, not a function word (« 3 et »,
 * « 12 en »), not a participle standing for a noun left out (« aux 455 000 attendus »),
 * not a date's month (« le 34 avril ») nor a suffix (« 20 ème »).
 */
function isCountedNoun(context: ClaimContext, i: number): boolean {
  const { wordClass, countModifiers } = claimVocabulary();
  const word = context.word(i);
  if (context.tokens[i].kind !== 'word' || word.length < 3 || context.inDate(context.tokens[i].start)) return false;
  if (wordClass.has(word) || countModifiers.has(word)) return false;
  if (word.length > LONGEST_CALENDAR_WORD) return true;
  const { months, weekdays } = figureLexicon();
  // the calendar words are folded (« fevrier »); most words need no folding to be compared
  const folded = ASCII_LOWER.test(word) ? word : foldWord(word);
  return !months.has(folded) && !weekdays.has(folded);
}

/**
 * Two or more take a plural noun (« 40 salariés »): a singular word after such a count is a verb
 * or starts another phrase (« du CAC 40 utilisent », « une étude de 2019 évaluait »). An
 * abbreviation does not change (« 2 000 CDI »).
 */
function agreesInNumber(context: ClaimContext, i: number, value: number): boolean {
  if (value < 2 || isAbbreviation(context, i)) return true;
  const word = context.word(i);
  return INVARIABLE_ENDINGS.some((ending) => word.endsWith(ending));
}

/**
 * A person's age: years right after a name and a comma, or after « âgé de » (« Karim, 34 ans,
 * préparateur », « âgée de 52 ans »).
 */
function isAge(context: ClaimContext, draft: ClaimDraft): boolean {
  const { figure } = draft;
  if (figure.kind !== 'duration' || figure.unit !== 'yr' || figure.approx) return false;
  const before = context.tokenAt(figure.start) - 1;
  if (context.word(before) === 'de' && /^âgée?s?$/.test(context.word(before - 1))) return true;
  if (context.word(before) !== ',' || before < 1) return false;
  // a person named before the comma, or a capitalised word no entity claims (« Karim, 34 ans »: a given name alone)
  const named = context.mentionsBefore(context.tokens[before].start)[0];
  if (named !== undefined && context.tokenAt(named.end) === before) return named.entity.label === 'PER';
  return context.capitalised(before - 1) && context.tokens[before - 1].kind === 'word';
}

/** « le nombre de X », « le nombre d'X » at token i: X in the plural, or null. */
function numberOf(context: ClaimContext, i: number, last: number): string | null {
  if (context.word(i) !== 'nombre' || i + 2 >= last) return null;
  const of = context.word(i + 1);
  if (of !== 'de' && of !== "d'" && of !== 'des') return null;
  return isCountedNoun(context, i + 2) ? pluralise(context.word(i + 2)) : null;
}

/** The token index of the first word after `offset` with only « de / d' / des » between. */
function nextWordAfter(context: ClaimContext, offset: number): number {
  let i = context.tokenAt(offset);
  while (i < context.tokens.length && (context.word(i) === 'de' || context.word(i) === "d'" || context.word(i) === 'des')) i++;
  return i;
}

/** Words that set a figure beside the one before it, measuring the same thing (« 32 % …, contre 20 % pour Microsoft », « derrière E.Leclerc (23,4 %) »). */
const PARALLEL = new Set(['contre', 'et', 'ou', 'puis', 'à', 'vs', 'face', '(']);

/**
 * A figure that names no metric of its own but stands in parallel with the previous figure
 * of its sentence, of the same kind and unit, measures the same thing.
 */
function parallelMetric(context: ClaimContext, draft: ClaimDraft, previous: ClaimDraft | undefined, previousMetric: string | null): string | null {
  if (!previous || previousMetric === null || previous.sentence !== draft.sentence) return null;
  const before = context.tokenAt(draft.figure.start) - 1;
  if (before < 0) return null;
  if (previous.figure.kind !== draft.figure.kind || previous.figure.unit !== draft.figure.unit) return levelAfterChange(context, previous, before) ? previousMetric : null;
  return PARALLEL.has(context.word(before)) ? previousMetric : null;
}

/**
 * « le chiffre d'affaires a progressé de 13 %, à 180,2 milliards de dollars »: after a change
 * told by a verb (« a progressé de 13 % »), « à » gives the level it reached, of the same metric.
 */
function levelAfterChange(context: ClaimContext, change: ClaimDraft, before: number): boolean {
  if (context.word(before) !== 'à' || change.figure.kind !== 'percent') return false;
  const de = context.tokenAt(change.figure.start) - 1;
  if (context.word(de) !== 'de') return false;
  const verb = foldWord(context.word(de - 1));
  return figureLexicon().changeVerbStems.some((stem) => verb.startsWith(stem));
}

/**
 * A percentage written with its sign in brackets right after another figure gives that
 * figure's change (« 637,96 milliards de dollars (+11 %) », « 1 556 000 salariés (−0,3 %) »):
 * the metric of « hausse », the sign in the value.
 */
function signedChangeMetric(context: ClaimContext, draft: ClaimDraft, previous: ClaimDraft | undefined): string | null {
  if (draft.figure.kind !== 'percent' || previous?.sentence !== draft.sentence) return null;
  const sign = context.text.charAt(draft.figure.start);
  if (sign !== '+' && sign !== '-' && sign !== '−') return null;
  const open = context.tokenAt(draft.figure.start) - 1;
  if (context.word(open) !== '(') return null;
  // the previous figure right before, or its counted noun (« 1 556 000 salariés (−0,3 %) »)
  const after = context.tokenAt(previous.figure.end);
  if (open < after || open - after > 2) return null;
  for (let k = after; k < open; k++) if (context.tokens[k].kind !== 'word') return null;
  return claimVocabulary().metrics.valueOf('hausse')?.metric ?? null;
}

/** Words before a rival's figure in a ranking (« Microsoft Azure suit avec 25 % », « Google Cloud plafonne à 11 % »). */
const RIVAL_FIGURE = new Set(['avec', 'à']);

/**
 * A rival's figure in the sentence after, or the clause after, one that gave its metric:
 * « AWS contrôle 31 % du marché. Microsoft Azure suit avec 25 %, tandis que Google Cloud
 * plafonne à 11 %. » Same kind and unit, another organisation as subject.
 */
function rivalMetric(context: ClaimContext, draft: ClaimDraft, previous: ClaimDraft | undefined): string | null {
  if (!previous?.metric || !draft.subject || !previous.subject || draft.subject === previous.subject) return null;
  if (draft.sentence - previous.sentence > 1 || previous.figure.kind !== draft.figure.kind || previous.figure.unit !== draft.figure.unit) return null;
  return RIVAL_FIGURE.has(context.word(context.tokenAt(draft.figure.start) - 1)) ? previous.metric : null;
}

/** Words that join the bounds of a range (« entre 40 et 60 % », « de 3 à 5 millions »). */
const RANGE_JOINERS = new Set(['et', 'à', '-', '–']);

/** « entre 40 et 60 % des salariés »: the lower bound of a range measures what its upper bound does. */
function rangeMetric(context: ClaimContext, draft: ClaimDraft, next: ClaimDraft | undefined, nextMetric: string | null): string | null {
  if (!next || nextMetric === null || next.sentence !== draft.sentence) return null;
  if (next.figure.kind !== draft.figure.kind || next.figure.unit !== draft.figure.unit) return null;
  const between = context.tokenAt(draft.figure.end);
  return context.tokenAt(next.figure.start) === between + 1 && RANGE_JOINERS.has(context.word(between)) ? nextMetric : null;
}

/** In a Markdown table, what the figure's column header names (« | Part de marché (T4 2024) | »). */
function columnMetric(context: ClaimContext, draft: ClaimDraft): string | null {
  const header = columnHeaderOf(context, draft.figure.start);
  if (header === null) return null;
  const last = context.tokenAt(header.end);
  for (let k = context.tokenAt(header.start); k < last; k++) {
    const match = metricPhraseAt(context, k, last, draft.figure.kind, true);
    if (match) return match.phrase.metric;
  }
  return null;
}

export const resolveMetric: Refiner<ClaimContext, ClaimDraft> = {
  name: 'resolveMetric',
  refine: (drafts, context) => {
    // pushed, not mapped: see extractClaims
    const own: (string | null)[] = [];
    for (let k = 0; k < drafts.length; k++) own.push(metricOf(context, drafts[k], drafts[k - 1]));
    const resolved: ClaimDraft[] = [];
    for (const [k, draft] of drafts.entries()) {
      const metric =
        own[k] ??
        parallelMetric(context, draft, drafts[k - 1], resolved[k - 1]?.metric ?? null) ??
        rangeMetric(context, draft, drafts[k + 1], own[k + 1] ?? null) ??
        rivalMetric(context, draft, resolved[k - 1]) ??
        signedChangeMetric(context, draft, drafts[k - 1]) ??
        columnMetric(context, draft);
      resolved.push({ ...draft, metric });
    }
    return resolved;
  },
};
