import { useLiveQuery } from 'dexie-react-hooks';
import { topicLabel, type TopicId } from '@/utils/curation/taxonomy';
import { readsPerWeek, topicCoverage, WEEK_MS } from '@/utils/curation/stats';
import { db } from '@/utils/db';

const WEEKS = 12;

/** Reading stats as pictures: reads per week, and how much of each topic has been read. */
export default function StatsPanel() {
  const stats = useLiveQuery(async () => {
    const now = Date.now();
    const reads = await db.reading.where('readAt').above(0).toArray();
    const readUrls = new Set(reads.map((reading) => reading.url));
    const articles: { url: string; topics: TopicId[] }[] = [];
    await db.articles.each((article) => void articles.push({ url: article.url, topics: article.topics }));
    return {
      weeks: readsPerWeek(
        reads.map((reading) => reading.readAt!).filter((time) => time > now - WEEKS * WEEK_MS),
        now,
        WEEKS,
      ),
      coverage: topicCoverage(articles, readUrls).filter((entry) => entry.known > 0),
    };
  }, []);
  if (!stats) return null;
  return (
    <section className="stats" aria-labelledby="stats-heading">
      <h2 id="stats-heading" className="section-heading">
        Your reading
      </h2>
      <div className="stats__charts">
        <WeeklyReads weeks={stats.weeks} />
        <Coverage coverage={stats.coverage} />
      </div>
    </section>
  );
}

function WeeklyReads({ weeks }: { weeks: number[] }) {
  const max = Math.max(1, ...weeks);
  const total = weeks.reduce((sum, count) => sum + count, 0);
  const width = 300;
  const height = 120;
  const bar = width / weeks.length;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height + 18}`} role="img" aria-labelledby="reads-title">
        <title id="reads-title">{`Articles read per week over the last ${weeks.length} weeks: ${weeks.join(', ')} (oldest first)`}</title>
        {weeks.map((count, i) => {
          const h = (count / max) * height;
          return (
            <g key={i}>
              <rect
                className="chart__bar"
                x={i * bar + 3}
                y={height - h}
                width={bar - 6}
                height={Math.max(h, count ? 2 : 0)}
                rx={3}
              />
              <rect className="chart__track" x={i * bar + 3} y={height - 1} width={bar - 6} height={1} />
            </g>
          );
        })}
        <text className="chart__axis" x={0} y={height + 14}>
          {WEEKS} weeks ago
        </text>
        <text className="chart__axis" x={width} y={height + 14} textAnchor="end">
          this week
        </text>
      </svg>
      <figcaption>
        {total === 1 ? '1 article read' : `${total} articles read`} in {WEEKS} weeks
      </figcaption>
    </figure>
  );
}

function Coverage({ coverage }: { coverage: ReturnType<typeof topicCoverage> }) {
  const rowHeight = 18;
  const labelWidth = 110;
  const barWidth = 180;
  const height = coverage.length * rowHeight;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${labelWidth + barWidth + 50} ${height}`} role="img" aria-labelledby="coverage-title">
        <title id="coverage-title">
          {`Share of known articles read, per topic: ${coverage.map((entry) => `${topicLabel(entry.topic)} ${entry.read} of ${entry.known}`).join('; ')}`}
        </title>
        {coverage.map((entry, i) => (
          <g key={entry.topic} transform={`translate(0 ${i * rowHeight})`}>
            <text className="chart__label" x={labelWidth - 6} y={12} textAnchor="end">
              {topicLabel(entry.topic)}
            </text>
            <rect className="chart__track" x={labelWidth} y={4} width={barWidth} height={10} rx={5} />
            <rect
              className="chart__bar"
              x={labelWidth}
              y={4}
              width={(barWidth * entry.read) / entry.known}
              height={10}
              rx={5}
            />
            <text className="chart__axis" x={labelWidth + barWidth + 6} y={13}>
              {entry.read}/{entry.known}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>Coverage per topic (read / known)</figcaption>
    </figure>
  );
}
