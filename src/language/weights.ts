/**
 * The constants that weigh the detector's evidence. They were chosen on a development set
 * apart from the test lines (the Universal Declaration of Human Rights in the eight candidate
 * languages, cut into sentences, word pairs and single words: scripts/data/tune-language-model.ts).
 */
export interface DetectorWeights {
  /**
   * eld's n-gram scores are summed points, not log-probabilities: this factor puts them on
   * the scale of the word model's log-probabilities.
   */
  readonly ngramWeight: number;
  /**
   * A word missing from a language's list is taken to be a rare word of that language of this
   * rank (the lists hold 10,000 words), not impossible: lists miss names, loans and rare forms.
   */
  readonly unlistedRank: number;
  /**
   * A word written without diacritics that a language's list only has with them (eleveur ->
   * éleveur) counts as that form with its probability divided by this factor: web text loses
   * accents, but an unaccented spelling is also weak evidence against the accented language.
   * 0 turns the look-up off.
   */
  readonly unaccentedPenalty: number;
  /**
   * Log-odds added to French before the languages are compared: the tool reads French press,
   * so a text that is as likely French as anything else is French. 0 treats all alike.
   */
  readonly frenchPrior: number;
}

export const DEFAULT_WEIGHTS: DetectorWeights = {
  ngramWeight: 0.05,
  unlistedRank: 500_000,
  unaccentedPenalty: 1,
  frenchPrior: 0,
};
