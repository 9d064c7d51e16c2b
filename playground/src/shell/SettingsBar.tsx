/** The bar where the stand-in for office.js is set up: Office's language and theme, the ExcelApi version, latency. */
import { Dropdown, Field, Input, makeStyles, Option, tokens } from "@fluentui/react-components";
import { API_VERSIONS, LANGUAGES, MAX_LATENCY_MS, THEMES, type PlaygroundSettings } from "../settings";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "end",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
  },
  small: { minWidth: "120px", width: "120px" },
});

const THEME_LABELS = { light: "Light", dark: "Dark" } as const;

export function SettingsBar({
  settings,
  onChange,
}: {
  settings: PlaygroundSettings;
  onChange: (next: PlaygroundSettings) => void;
}) {
  const styles = useStyles();
  const choice =
    <K extends keyof PlaygroundSettings>(key: K) =>
    (_: unknown, data: { optionValue?: string }) =>
      data.optionValue !== undefined && onChange({ ...settings, [key]: data.optionValue });
  return (
    <div className={styles.bar} role="group" aria-label="Office settings of the simulated host">
      <Field label="Office language">
        <Dropdown
          className={styles.small}
          value={settings.language}
          selectedOptions={[settings.language]}
          onOptionSelect={choice("language")}
          data-testid="setting-language"
        >
          {LANGUAGES.map((language) => (
            <Option key={language} value={language}>
              {language}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Office theme">
        <Dropdown
          className={styles.small}
          value={THEME_LABELS[settings.theme]}
          selectedOptions={[settings.theme]}
          onOptionSelect={choice("theme")}
          data-testid="setting-theme"
        >
          {THEMES.map((theme) => (
            <Option key={theme} value={theme}>
              {THEME_LABELS[theme]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="ExcelApi version">
        <Dropdown
          className={styles.small}
          value={settings.apiVersion}
          selectedOptions={[settings.apiVersion]}
          onOptionSelect={choice("apiVersion")}
          data-testid="setting-api"
        >
          {API_VERSIONS.map((version) => (
            <Option key={version} value={version}>
              {version}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Latency per sync (ms)">
        <Input
          className={styles.small}
          type="number"
          min={0}
          max={MAX_LATENCY_MS}
          step={50}
          value={String(settings.latencyMs)}
          onChange={(_, data) =>
            onChange({
              ...settings,
              latencyMs: Math.max(0, Math.min(MAX_LATENCY_MS, Math.round(Number(data.value) || 0))),
            })
          }
          data-testid="setting-latency"
        />
      </Field>
    </div>
  );
}
