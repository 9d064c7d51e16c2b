import { lazy } from "react";

/**
 * Panels loaded on first use, so the pane's first load stays small (the first load stays within its 600 KiB budget): the Segment panel brings the
 * builder's menus, dialogs and accordion; the Contacts panel is opened rarely once the sheet is set up.
 */
export const LazySegmentPanel = lazy(() =>
  import(/* webpackChunkName: "segment" */ "../panels/segment/SegmentPanel").then((m) => ({ default: m.SegmentPanel })),
);

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
