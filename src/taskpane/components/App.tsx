import { makeStyles, Spinner, Tab, TabList, tokens } from "@fluentui/react-components";
import { Suspense, useEffect, useState } from "react";
import { useStrings } from "../i18n";
import { successNotice, type Notice } from "../notice";
import { SegmentsPanel } from "../panels/segments/SegmentsPanel";
import { NoticeBar } from "./NoticeBar";
import { ReadProgressBar } from "./ReadProgressBar";
import { LazyContactsPanel, LazyInteractionsPanel, LazySegmentPanel, preloadSegmentPanel } from "./lazyPanels";

type TabId = "segments" | "interactions" | "contacts";

const useAppStyles = makeStyles({
  root: {
    boxSizing: "border-box",
    minHeight: "100vh",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  // "Interaktionslogg" makes the Swedish tabs 2 px too wide for a 320 px pane: tighter tabs, and a wrap if ever needed.
  tabs: {
    flexWrap: "wrap",
  },
  tab: {
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
});

/** The pane: Segments (the list, or one segment open) and Contacts, as tabs. The workbook comes from BookServices. */
export function App() {
  const styles = useAppStyles();
  const strings = useStrings();
  const [tab, setTab] = useState<TabId>("segments");
  const [openNo, setOpenNo] = useState<string>();
  // Said once where the pane lands after Log Segment (the list, or the follow-up); any other move forgets it.
  const [logged, setLogged] = useState<Notice>();
  // Left to run after an unmount: fetching the scripts twice fetches them once.
  useEffect(() => void setTimeout(preloadSegmentPanel), []);
  const go = (segmentNo: string | undefined) => {
    setLogged(undefined);
    setOpenNo(segmentNo);
  };
  const openSegment = (segmentNo: string) => {
    go(segmentNo);
    setTab("segments");
  };
  const loading = <Spinner size="small" label={strings.segment.loading} />;
  return (
    <main className={styles.root}>
      {/* Small tabs: the three fit a 320 px pane in Swedish too. */}
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={tab}
        onTabSelect={(_, data) => {
          setLogged(undefined);
          setTab(data.value as TabId);
        }}
        aria-label={strings.common.tabs.label}
      >
        <Tab className={styles.tab} value="segments">
          {strings.common.tabs.segments}
        </Tab>
        <Tab className={styles.tab} value="interactions">
          {strings.common.tabs.interactions}
        </Tab>
        <Tab className={styles.tab} value="contacts">
          {strings.common.tabs.contacts}
        </Tab>
      </TabList>
      <ReadProgressBar />
      <Suspense fallback={loading}>
        {tab === "segments" && openNo === undefined && <SegmentsPanel onOpen={go} notice={logged} />}
        {tab === "segments" && openNo !== undefined && (
          <>
            <NoticeBar notice={logged} onDismiss={() => setLogged(undefined)} />
            <LazySegmentPanel
              key={openNo}
              segmentNo={openNo}
              onClose={() => go(undefined)}
              onLogged={(result) => {
                const done = successNotice(strings.segmentActions.log.done(result));
                // Said in words: the segment on screen changes under the user's eyes.
                setLogged(
                  result.followUp
                    ? { ...done, detail: strings.segmentActions.log.followUpOpened(result.followUp.segmentNo) }
                    : done,
                );
                setOpenNo(result.followUp?.segmentNo);
              }}
            />
          </>
        )}
        {tab === "interactions" && <LazyInteractionsPanel onOpenSegment={openSegment} />}
        {tab === "contacts" && <LazyContactsPanel />}
      </Suspense>
    </main>
  );
}
