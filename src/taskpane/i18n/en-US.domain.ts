import type { DomainMessage, DomainMessageStrings } from "./domainMessages";

/** The domain writes its messages in English: the English pane shows them as they are. */
const asWritten = ({ message }: DomainMessage) => message;

export const domainEnUS: DomainMessageStrings = {
  problems: { describe: asWritten },
  filterErrors: { describe: asWritten },
  domainErrors: { describe: asWritten },
};
