import type { Refiner } from '../../pipeline.js';
import { scanUrl } from '../../../tokenize/scan-url.js';
import type { DateContext } from '../context.js';
import type { DateMention } from '../types.js';

/** The spans of the URLs written in `text` (« https://www.lemonde.fr/…/2024/11/14/… », « www.site.fr/2023/05 »). */
function urlSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const scheme of ['http', 'www.']) {
    for (let at = text.indexOf(scheme); at !== -1; at = text.indexOf(scheme, at + 1)) {
      // « www. » inside « https://www. » is that URL's
      if (spans.some(([start, end]) => at >= start && at < end)) continue;
      const end = scanUrl(text, at);
      if (end > at) {
        spans.push([at, end]);
        at = end - 1;
      }
    }
  }
  return spans;
}

/** A date inside a URL (« /2024/11/14/ » of an article's address) is part of an address, not a date of the text. */
export const dropDatesInUrls: Refiner<DateContext, DateMention> = {
  name: 'drop-dates-in-urls',
  refine(mentions, context) {
    if (mentions.length === 0) return mentions;
    const urls = urlSpans(context.text);
    if (urls.length === 0) return mentions;
    return mentions.filter((mention) => !urls.some(([start, end]) => mention.start < end && mention.end > start));
  },
};
