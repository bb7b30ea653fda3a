/**
 * The UTF-16 units of a text in a typed array, for the loops that read every character. A loop
 * over the characters of strings runs several times slower once it has met strings stored in
 * two ways (one byte or two bytes per character), as a reader of varied texts always does; a
 * Uint16Array is read the same way whatever the text. Copied natively by Buffer.write, at well
 * under a nanosecond per character.
 */
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Texts up to this length are copied into one buffer kept from call to call; longer ones get their own. */
const maxSharedLength = 1 << 20;
let shared = new Uint16Array(0);

/**
 * The units of `text` (the first text.length of the array). With `shareBuffer`, the array is a
 * buffer rewritten by the next call with `shareBuffer`: for one reader at a time.
 */
export function textUnits(text: string, shareBuffer = false): Uint16Array {
  let units: Uint16Array;
  if (shareBuffer && text.length <= maxSharedLength) {
    if (shared.length < text.length) shared = new Uint16Array(Math.min(maxSharedLength, Math.max(text.length, shared.length * 2, 4096)));
    units = shared;
  } else units = new Uint16Array(text.length);
  if (littleEndian) Buffer.from(units.buffer, units.byteOffset, text.length * 2).write(text, 0, 'utf16le');
  else for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}
