/** ISO 639-3 code (`fra`, `eng`, ...) or `und` when the text is too short or unclear to tell. */
export interface LanguageGuess {
  readonly lang: string;
  /** 0..1: how sure the detector is; 0 with `und`. */
  readonly confidence: number;
}
