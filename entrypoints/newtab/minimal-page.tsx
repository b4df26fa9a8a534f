import { useEffect, useState } from 'react';
import { clockTime } from '@/utils/text/clock-time';

const dateFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });

/** The minimal new tab: a clock. (The search box is the page's, shown above it.) */
export function Clock() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    // Tick on the minute boundary, not every second: a new tab should cost nothing idle.
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      timer = setTimeout(
        () => {
          setNow(new Date());
          schedule();
        },
        60_000 - (Date.now() % 60_000),
      );
    };
    schedule();
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="clock">
      <time className="clock__time" dateTime={now.toISOString()}>
        {clockTime(now)}
      </time>
      <p className="clock__date">{dateFormat.format(now)}</p>
    </div>
  );
}
