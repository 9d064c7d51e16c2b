import { Body1, Button, Caption1, Field, Input, Spinner } from "@fluentui/react-components";
import { TableCursorRegular } from "@fluentui/react-icons";
import { NoticeBar } from "../../../components/NoticeBar";
import { useStrings } from "../../../i18n";
import { BarChart } from "../../../components/BarChart";
import { useMembersStyles } from "./MembersSection.styles";
import type { useMembers } from "./useMembers";
import { useLinesInSheet } from "./useLinesInSheet";

export interface MembersSectionProps {
  readonly segmentNo: string;
  readonly members: ReturnType<typeof useMembers>;
}

/**
 * Who is in the segment (the first 50 lines, searchable, and a link that selects all its rows on the Segment Lines
 * sheet) and what it is made of, as small charts with numbers.
 */
export function MembersSection({ segmentNo, members }: MembersSectionProps) {
  const strings = useStrings();
  const text = strings.segment.members;
  const styles = useMembersStyles();
  const inSheet = useLinesInSheet(segmentNo);
  const { view } = members;
  if (view.status === "loading") return <Spinner size="tiny" label={text.loading} />;
  if (view.status === "failed") return <NoticeBar notice={view.notice} />;
  const { makeUp, members: all } = view.data;
  const total = makeUp.total;
  return (
    <div className={styles.root} data-testid="members">
      <Field label={text.search}>
        <Input
          className={styles.search}
          type="search"
          value={members.search}
          onChange={(_, data) => members.setSearch(data.value)}
        />
      </Field>
      {all.length === 0 ? (
        <Body1 className={styles.secondary}>{text.empty}</Body1>
      ) : (
        <>
          <div className={styles.shownRow}>
            <Caption1 className={styles.secondary}>
              {text.shown(members.shown.length, members.matching.length, all.length)}
            </Caption1>
            {inSheet.show && (
              // A transparent button, as the Contacts panel's "Go to C14": Fluent's Link would add 5 KiB for one use.
              <Button
                appearance="transparent"
                size="small"
                icon={<TableCursorRegular />}
                disabled={inSheet.busy}
                onClick={inSheet.show}
              >
                {text.showInSheet}
              </Button>
            )}
          </div>
          <NoticeBar notice={inSheet.notice} onDismiss={inSheet.dismiss} />
          <ul className={styles.list} aria-label={text.listLabel}>
            {members.shown.map((member) => (
              <li key={member.lineNo} className={styles.member}>
                <Body1>{member.name || member.company || member.contactNo}</Body1>
                <Caption1 className={styles.secondary}>
                  {[member.name ? member.company : "", member.email || text.noEmail].filter(Boolean).join(" · ")}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      {total > 0 && (
        <div className={styles.root} data-testid="make-up">
          <BarChart
            title={text.kinds}
            scale={total}
            bars={[
              { label: text.companies, count: makeUp.companies },
              { label: text.persons, count: makeUp.persons },
            ]}
          />
          <BarChart
            title={text.email}
            scale={total}
            bars={[
              { label: text.withEmail, count: makeUp.withEmail },
              { label: text.withoutEmail, count: makeUp.withoutEmail },
              { label: text.excluded, count: makeUp.excluded },
            ]}
          />
          <BarChart
            title={text.bySalesperson}
            scale={total}
            bars={makeUp.bySalesperson.map((entry) => ({ label: entry.key || text.blank, count: entry.count }))}
          />
          <BarChart
            title={text.byCorrespondenceType}
            scale={total}
            bars={makeUp.byCorrespondenceType.map((entry) => ({
              label: entry.key ? (strings.segment.header.choices[entry.key] ?? entry.key) : text.blank,
              count: entry.count,
            }))}
          />
        </div>
      )}
    </div>
  );
}
