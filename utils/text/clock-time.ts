/**
 * A time of day as the reader's own locale writes it ("1:25 PM", "13:25"), with no padded hour.
 * The new tab's clock, History's times and the options page all use it, so one time never
 * reads two ways on two pages.
 */
const clockFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

export function clockTime(at: number | Date): string {
  return clockFormat.format(at);
}
