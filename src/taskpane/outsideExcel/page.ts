/**
 * The one page the pane shows outside Excel: what this is, that it runs inside Excel, why it cannot run here, and how
 * to add it. Plain DOM and text only, so it draws even when nothing of Office is there.
 */
import { OUTSIDE_EXCEL_TEXTS } from "./texts";
import type { Whereabouts } from "./where";

const STYLE = `
  body { margin: 0; font-family: "Segoe UI", system-ui, sans-serif; font-size: 14px; line-height: 1.45; color: #242424; background: #ffffff; }
  main { max-width: 40em; padding: 16px 20px; }
  h1 { font-size: 20px; font-weight: 600; margin: 0 0 12px; }
  h2 { font-size: 16px; font-weight: 600; margin: 20px 0 8px; }
  ol { padding-left: 1.4em; }
  li { margin-bottom: 6px; }
`;

export function showOutsideExcel(
  page: Document,
  where: Exclude<Whereabouts, { kind: "excel" }>,
  language: "en" | "sv",
): void {
  const texts = OUTSIDE_EXCEL_TEXTS[language];
  const why =
    where.kind === "other-host"
      ? texts.whyOtherHost(where.host)
      : where.kind === "browser"
        ? texts.whyBrowser
        : texts.whyNoOffice;
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] => {
    const created = page.createElement(tag);
    if (text !== undefined) created.textContent = text;
    return created;
  };
  page.documentElement.lang = texts.lang;
  page.title = texts.title;
  const style = element("style", STYLE);
  page.head.append(style);
  const main = element("main");
  main.dataset.testid = "outside-excel";
  main.dataset.where = where.kind;
  const steps = element("ol");
  steps.append(...texts.steps.map((step) => element("li", step)));
  main.append(
    element("h1", texts.title),
    element("p", texts.what),
    element("p", why),
    element("h2", texts.howHeading),
    steps,
  );
  const container = page.getElementById("container");
  if (container) container.replaceChildren(main);
  else page.body.replaceChildren(main);
}
