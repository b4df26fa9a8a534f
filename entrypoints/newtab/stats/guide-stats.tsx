import { useLiveQuery } from 'dexie-react-hooks';
import { useGuide } from '@/components/use-guide';
import { db } from '@/utils/db';
import { queryMinutesPerWeek } from '@/utils/db/guide-queries';
import { countOf } from '@/utils/text/count-of';

const WEEKS = 8;

/** Path progress, one small bar per path, and minutes of reading finished per week. */
export default function GuideStats() {
  const guide = useGuide();
  const minutes = useLiveQuery(() => queryMinutesPerWeek(db, Date.now(), WEEKS), []);
  if (!guide || !minutes) return null;
  return (
    <section className="stats guide-stats" aria-labelledby="guide-stats-heading">
      <h2 id="guide-stats-heading" className="section-heading">
        Learning paths
      </h2>
      <div className="stats__charts">
        <figure className="chart">
          <ul className="guide-stats__paths">
            {guide.statuses.map((status) => (
              <li key={status.path.id} className="guide-stats__path">
                <span className="guide-stats__title">{status.path.title}</span>
                <svg
                  viewBox="0 0 100 8"
                  width="100"
                  height="8"
                  role="img"
                  aria-label={`${status.path.title}: ${status.read} of ${status.total} steps read`}
                >
                  <rect className="chart__track" x={0} y={0} width={100} height={8} rx={4} />
                  <rect
                    className="chart__bar"
                    x={0}
                    y={0}
                    width={status.total ? (100 * status.read) / status.total : 0}
                    height={8}
                    rx={4}
                  />
                </svg>
                <span className="guide-stats__count">
                  {status.read} of {status.total}
                </span>
              </li>
            ))}
          </ul>
          <figcaption>Steps read in each path</figcaption>
        </figure>
        <MinutesPerWeek weeks={minutes.map((week) => week.minutes)} />
      </div>
    </section>
  );
}

function MinutesPerWeek({ weeks }: { weeks: number[] }) {
  const max = Math.max(1, ...weeks);
  const total = weeks.reduce((sum, value) => sum + value, 0);
  const width = 240;
  const height = 80;
  const bar = width / weeks.length;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="minutes-title">
        <title id="minutes-title">{`${total} minutes of reading finished in the last ${weeks.length} weeks`}</title>
        {weeks.map((value, index) => {
          const barHeight = (value / max) * (height - 4);
          return (
            <rect
              key={index}
              className="chart__bar"
              x={index * bar + 3}
              y={height - barHeight}
              width={bar - 6}
              height={barHeight}
            />
          );
        })}
      </svg>
      <figcaption>
        Minutes read per week (scale 0 to {max}): {countOf(total, 'minute')} in {weeks.length} weeks
      </figcaption>
    </figure>
  );
}
