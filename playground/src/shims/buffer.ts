/**
 * The one Buffer function the Excel fake uses (it measures each batch's bytes as Excel on the web limits them), for
 * the browser, where Node's Buffer does not exist. webpack's ProvidePlugin hands it to the fake.
 *
 * Counted from the UTF-16 code units, as Node counts them (a lone surrogate is the three bytes of U+FFFD): the
 * fake measures every answer, and encoding a 4 MB answer with TextEncoder only to take its length cost the
 * playground more than JSON.stringify itself (bench/pane's profile of opening a segment at 100,000 contacts).
 */
export function utf8ByteLength(text: string): number {
  // One byte per code unit, plus what each takes beyond it.
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) {
      bytes += 1;
      continue;
    }
    // Three bytes, or a surrogate pair's four for its two units.
    bytes += 2;
    if (code >= 0xd800 && code < 0xdc00 && isLowSurrogate(text.charCodeAt(i + 1))) i++;
  }
  return bytes;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code < 0xe000;

export const Buffer = {
  byteLength: (text: string): number => utf8ByteLength(text),
};
