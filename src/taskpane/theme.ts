import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export type ThemeKind = "light" | "dark" | "highContrast";

/** The part of Office.context.officeTheme we look at; every field may be missing (older hosts, Office on the web). */
export interface OfficeThemeLike {
  readonly isDarkTheme?: boolean;
  readonly bodyBackgroundColor?: string;
}

/** Relative luminance (0 black .. 1 white) of "#RRGGBB", or undefined when it is not such a colour. */
function luminance(hex: string): number | undefined {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return undefined;
  const [r, g, b] = match.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Light, dark or high contrast, following Office: the operating system's forced colours first, then Office's own
 * isDarkTheme, then the darkness of its body background. Light when Office tells us nothing.
 */
export function pickThemeKind(officeTheme: OfficeThemeLike | undefined, forcedColors = false): ThemeKind {
  if (forcedColors) return "highContrast";
  if (typeof officeTheme?.isDarkTheme === "boolean") return officeTheme.isDarkTheme ? "dark" : "light";
  const background = officeTheme?.bodyBackgroundColor ? luminance(officeTheme.bodyBackgroundColor) : undefined;
  return background !== undefined && background < 0.2 ? "dark" : "light";
}

export const THEMES: Readonly<Record<ThemeKind, Theme>> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};
