const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
const yearFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' });

function startOfDay(time: number): number {
  const date = new Date(time);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/** "Today", "Yesterday", "Monday 30 November", or with the year when it is not this year. */
export function dayLabel(time: number, now = Date.now()): string {
  const days = Math.round((startOfDay(now) - startOfDay(time)) / 86_400_000);
  if (days === 0) return 'Today';
  if (days === 1) return 'Yesterday';
  return new Date(time).getFullYear() === new Date(now).getFullYear()
    ? dayFormat.format(time)
    : yearFormat.format(time);
}

/** Items grouped by the local day of `timeOf`, in the order given (newest first stays so). */
export function groupByDay<T>(items: readonly T[], timeOf: (item: T) => number, now = Date.now()) {
  const groups: { day: string; items: T[] }[] = [];
  for (const item of items) {
    const day = dayLabel(timeOf(item), now);
    const last = groups[groups.length - 1];
    if (last?.day === day) last.items.push(item);
    else groups.push({ day, items: [item] });
  }
  return groups;
}
