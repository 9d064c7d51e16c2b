/**
 * The one Buffer function the Excel fake uses (it measures each batch's bytes as Excel on the web limits them), for
 * the browser, where Node's Buffer does not exist. webpack's ProvidePlugin hands it to the fake.
 */
const encoder = new TextEncoder();

export const Buffer = {
  byteLength: (text: string): number => encoder.encode(text).length,
};
