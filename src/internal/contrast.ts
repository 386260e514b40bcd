/**
 * Colour contrast for the `debug` check of a partner's accent colour: WCAG 2.2's relative luminance and contrast
 * ratio (success criterion 1.4.3 asks 4.5:1 for normal text). Pure: it reads colour strings as a browser's
 * `getComputedStyle()` gives them (`rgb()`, `rgba()`, `color(srgb …)`) and hex; anything else reads as unknown.
 */

export type Rgb = readonly [number, number, number];

/** The colour in 0–255 sRGB channels, or undefined when the text is not a colour this reads (or not opaque). */
export function parseColor(text: string): Rgb | undefined {
  const value = text.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(value)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
    return [0, 2, 4].map((at) => parseInt(full.slice(at, at + 2), 16)) as unknown as Rgb;
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[,/]\s*([\d.]+%?))?\s*\)$/.exec(value);
  if (rgb) return opaque(rgb[4]) ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : undefined;
  const srgb = /^color\(srgb\s+([-\d.e]+)\s+([-\d.e]+)\s+([-\d.e]+)\s*(?:\/\s*([\d.]+%?))?\s*\)$/.exec(value);
  if (srgb) return opaque(srgb[4]) ? [srgb[1], srgb[2], srgb[3]].map((channel) => Math.min(255, Math.max(0, Number(channel) * 255))) as unknown as Rgb : undefined;
  return undefined;
}

function opaque(alpha: string | undefined): boolean {
  if (alpha === undefined) return true;
  return alpha.endsWith('%') ? Number(alpha.slice(0, -1)) >= 100 : Number(alpha) >= 1;
}

/** WCAG relative luminance of an sRGB colour. */
export function luminance([red, green, blue]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

/** WCAG contrast ratio, 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The warning for a button whose text (the on-accent colour) on its fill (the accent) is below 4.5:1, or
 * undefined when it is enough or a colour cannot be read.
 */
export function accentContrastWarning(widget: string, accent: string, onAccent: string, theme: 'light' | 'dark' = 'light'): string | undefined {
  const fill = parseColor(accent);
  const text = parseColor(onAccent);
  if (!fill || !text) return undefined;
  const ratio = contrastRatio(fill, text);
  if (ratio >= 4.5) return undefined;
  const shown = Math.floor(ratio * 100) / 100;
  const suffix = theme === 'dark' ? '-dark' : '';
  return `<carepath-${widget}> button text has a contrast of ${shown.toFixed(2)}:1 on the accent colour (${accent.trim()}) in the ${theme} theme; at least 4.5:1 is needed to be readable. Set a ${theme === 'dark' ? 'lighter' : 'darker'} --carepath-color-accent${suffix}, or set --carepath-color-on-accent${suffix} to a colour that contrasts with it (for example #000000 or #ffffff).`;
}

/** Resolves the widget's button colours inside `root` (any CSS colour, color-mix() included) and returns the warning, if any. */
export function measuredAccentWarning(root: Element, widget: string): string | undefined {
  // A probe resolves the tokens to computed colours; CSSOM, so CSP-safe.
  const probe = document.createElement('span');
  probe.style.color = 'var(--_on-accent)';
  probe.style.backgroundColor = 'var(--_accent)';
  root.append(probe);
  const { color, backgroundColor, colorScheme } = getComputedStyle(probe);
  probe.remove();
  return accentContrastWarning(widget, backgroundColor, color, colorScheme === 'dark' ? 'dark' : 'light');
}
