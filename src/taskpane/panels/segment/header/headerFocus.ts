import type { HeaderFieldId } from "../../../../domain/segments/headerFields";

/** The attribute that marks a header field's box, so the pane can take the user to it. */
export const HEADER_FIELD_ATTRIBUTE = "data-header-field";

/** Puts focus in a header field's control (input, dropdown button or checkbox); false when it is not on screen. */
export function focusHeaderField(field: HeaderFieldId): boolean {
  const box = `[${HEADER_FIELD_ATTRIBUTE}="${field}"]`;
  const control = document.querySelector<HTMLElement>(`${box} input, ${box} button`);
  if (!control) return false;
  control.focus();
  return true;
}
