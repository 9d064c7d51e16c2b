import { lazy } from "react";

/**
 * Panels loaded on first use, so the pane's first load stays small (the first load stays within its 600 KiB budget): the Segment panel brings the
 * builder's menus, dialogs and accordion; the Contacts panel is opened rarely once the sheet is set up.
 */
const segmentPanel = () => import(/* webpackChunkName: "segment" */ "../panels/segment/SegmentPanel");

export const LazySegmentPanel = lazy(() => segmentPanel().then((m) => ({ default: m.SegmentPanel })));

/**
 * Fetches the Segment panel's scripts ahead of the first Open, once the pane has drawn: opening a segment on a cold
 * pane waited for them first (docs/decisions.md §D86). A failure here is the first Open's to report.
 */
export function preloadSegmentPanel(): void {
  segmentPanel().catch(() => undefined);
}

export const LazyContactsPanel = lazy(() =>
  import(/* webpackChunkName: "contacts" */ "../panels/contacts/ContactsPanel").then((m) => ({
    default: m.ContactsPanel,
  })),
);

export const LazyInteractionsPanel = lazy(() =>
  import(/* webpackChunkName: "interactions" */ "../panels/interactions/InteractionsPanel").then((m) => ({
    default: m.InteractionsPanel,
  })),
);
