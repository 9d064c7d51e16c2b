import { logReadiness } from "../../../src/domain/interactions/logReadiness";

const header = { description: "Spring", interactionTemplateCode: "EMAIL", salespersonCode: "JO" };
const line = { interactionTemplateCode: "EMAIL", salespersonCode: "JO" };

describe("what a segment still needs before Log", () => {
  it("is ready with a description and lines that all have a template and a salesperson", () => {
    expect(logReadiness(header, [line, line])).toEqual([]);
  });

  it("asks for lines, then for what the header lacks, on an empty segment", () => {
    expect(logReadiness({ ...header, interactionTemplateCode: "", salespersonCode: " " }, [])).toEqual([
      "lines",
      "template",
      "salesperson",
    ]);
    expect(logReadiness(header, [])).toEqual(["lines"]);
  });

  it("looks at the lines once there are some: one line without a salesperson is enough to miss one", () => {
    expect(logReadiness({ ...header, salespersonCode: "" }, [line])).toEqual([]);
    expect(logReadiness(header, [line, { ...line, salespersonCode: "" }])).toEqual(["salesperson"]);
    expect(logReadiness({ ...header, description: "" }, [{ ...line, interactionTemplateCode: "" }])).toEqual([
      "template",
      "description",
    ]);
  });
});
