import type { Refiner } from '../../pipeline.js';
import { countBefore } from '../../../document/sorted-search.js';
import { scanUrl } from '../../../tokenize/scan-url.js';
import type { DateContext } from '../context.js';
import type { DateMention } from '../types.js';

/** The spans of the URLs written in `text` (« https://www.lemonde.fr/…/2024/11/14/… », « www.site.fr/2023/05 »). */
function urlSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let httpCount = 0;
  for (const scheme of ['http', 'www.']) {
    if (scheme === 'www.') httpCount = spans.length;
    for (let at = text.indexOf(scheme); at !== -1; at = text.indexOf(scheme, at + 1)) {
      // « www. » inside « https://www. » is that URL's (the http ones, found first, are in order)
      if (scheme === 'www.' && insideOne(spans, httpCount, at)) continue;
      const end = scanUrl(text, at);
      if (end > at) {
        spans.push([at, end]);
        at = end - 1;
      }
    }
  }
  return spans;
}

/** Whether offset `at` lies inside one of the first `count` spans, sorted by start and disjoint. */
function insideOne(spans: readonly [number, number][], count: number, at: number): boolean {
  const k = countBefore(count, (n) => spans[n][0] <= at) - 1;
  return k >= 0 && at < spans[k][1];
}

/** A date inside a URL (« /2024/11/14/ » of an article's address) is part of an address, not a date of the text. */
export const dropDatesInUrls: Refiner<DateContext, DateMention> = {
  name: 'drop-dates-in-urls',
  refine(mentions, context) {
    if (mentions.length === 0) return mentions;
    const urls = urlSpans(context.text).sort((a, b) => a[0] - b[0]);
    if (urls.length === 0) return mentions;
    // URLs do not overlap: the one that could hold a date is the last to start before its end
    return mentions.filter((mention) => {
      const k = countBefore(urls.length, (n) => urls[n][0] < mention.end) - 1;
      return k < 0 || urls[k][1] <= mention.start;
    });
  },
};
