import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { describePlace, useStrings } from "../../i18n";
import type { Problem } from "../../../domain/contacts";
import { placeAddress, type ColumnLine, type ProblemList } from "./contactsModel";
import { useContactsPanelStyles } from "./ContactsPanel.styles";
import { SourcePicker } from "./SourcePicker";
import { useContacts } from "./useContacts";

/**
 * The contact sheet as the add-in understands it: where it comes from (the workbook's stored choice, which can be
 * changed here), recognised columns, counts and the problems to fix.
 */
export function ContactsPanel() {
  const { view, sources, shown, chosen, reload, choose, goTo, goToFailed } = useContacts();
  const strings = useStrings();
  const styles = useContactsPanelStyles();
  const text = strings.contacts;

  return (
    <section className={styles.root} aria-labelledby="contacts-title">
      <div className={styles.titleRow}>
        <Subtitle1 as="h2" id="contacts-title" className={styles.heading}>
          {text.title}
        </Subtitle1>
        <Button appearance="subtle" size="small" onClick={reload} disabled={view.status === "loading"}>
          {text.reload}
        </Button>
      </div>

      <SourcePicker sources={sources} value={shown} disabled={view.status === "loading"} onChoose={choose} />

      {view.status === "loading" && <Spinner size="small" label={text.loading} />}

      {chosen && view.status === "ready" && (
        <MessageBar intent="success">
          <MessageBarBody>{text.sourceChosen(chosen)}</MessageBarBody>
        </MessageBar>
      )}

      {view.status === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>
            {view.choosing ? text.chooseFailed : text.readFailed} {view.message}
          </MessageBarBody>
        </MessageBar>
      )}

      {view.status === "invalid" && (
        <>
          <MessageBar intent="error">
            <MessageBarBody>{text.invalid(view.sheetName)}</MessageBarBody>
          </MessageBar>
          <Problems problems={view.problems} goTo={goTo} />
        </>
      )}

      {goToFailed && (
        <MessageBar intent="error">
          <MessageBarBody>
            {text.goToFailed} {goToFailed}
          </MessageBarBody>
        </MessageBar>
      )}

      {view.status === "ready" && (
        <>
          <div className={styles.facts}>
            <Caption1 className={styles.secondary}>{text.source(view.sheetName, view.headerRow)}</Caption1>
            <Body1>{text.contactCount(view.contactCount)}</Body1>
            {view.hiddenRowCount > 0 && <Body1>{text.hiddenCount(view.hiddenRowCount)}</Body1>}
          </div>
          <Columns columns={view.columns} />
          <Problems problems={view.problems} goTo={goTo} />
        </>
      )}
    </section>
  );
}

function Columns({ columns }: { columns: readonly ColumnLine[] }) {
  const strings = useStrings();
  const styles = useContactsPanelStyles();
  return (
    <div>
      <Subtitle2 as="h3" className={styles.heading}>
        {strings.contacts.columnsHeading}
      </Subtitle2>
      <Table size="extra-small" aria-label={strings.contacts.columnsHeading}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.contacts.columnHeader}</TableHeaderCell>
            <TableHeaderCell>{strings.contacts.columnUse}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {columns.map((column) => (
            <TableRow key={column.letter}>
              <TableCell>
                {column.header}
                <Text size={200} className={styles.letter}>
                  {column.letter}
                </Text>
              </TableCell>
              <TableCell>
                {column.field ? (
                  strings.fields[column.field]
                ) : (
                  <span className={styles.filterable}>{strings.contacts.filterableByHeader}</span>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function Problems({ problems, goTo }: { problems: ProblemList; goTo?: (problem: Problem) => void }) {
  const strings = useStrings();
  const styles = useContactsPanelStyles();
  const total = problems.listed.length + problems.more;
  return (
    <div>
      <Subtitle2 as="h3" className={styles.heading}>
        {strings.contacts.problemsHeading(total)}
      </Subtitle2>
      {total === 0 && (
        <Body1 block className={styles.secondary}>
          {strings.contacts.noProblems}
        </Body1>
      )}
      {total > 0 && (
        <ul className={styles.problems}>
          {problems.listed.map((problem, i) => (
            <li key={i} className={styles.problem}>
              <Text weight="semibold" className={problem.severity === "error" ? styles.error : styles.warning}>
                {strings.contacts.severity[problem.severity]}
              </Text>
              <Body1>
                <span className={styles.place}>{describePlace(strings, problem)}</span>
                {strings.problems.describe(problem)}
              </Body1>
              {goTo && placeAddress(problem.row, problem.columnLetter) && (
                <Button appearance="transparent" size="small" onClick={() => goTo(problem)}>
                  {strings.contacts.goTo(placeAddress(problem.row, problem.columnLetter) ?? "")}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {problems.more > 0 && <Body1 className={styles.secondary}>{strings.contacts.moreProblems(problems.more)}</Body1>}
    </div>
  );
}
