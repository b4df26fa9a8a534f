import type { ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { topicLabel } from '@/utils/curation/topic-labels';
import type { TopicCoverage } from '@/utils/curation/stats';
import { db } from '@/utils/db';
import { readingStats } from '@/utils/db/library-queries';
import { countOf } from '@/utils/text/count-of';

const WEEKS = 12;

/**
 * Reading stats at the top of History: one summary line, and every chart on demand (reads per
 * week, how much of each topic has been read, each path's steps read and minutes per week), each
 * with a labelled scale. The list below stays the page's subject until the reader opens them.
 * The paths' charts come in as children, loaded lazily by the page: imported here instead, they
 * changed how the bundler splits the page's shared code, and the chunk every new tab loads
 * first grew from 82 to 118 kB gzipped.
 */
export default function StatsPanel({ children }: { children?: ReactNode }) {
  const stats = useLiveQuery(() => readingStats(db, Date.now(), WEEKS), []);
  if (!stats) return null;
  const inWindow = stats.weeks.reduce((sum, count) => sum + count, 0);
  const top = [...stats.coverage].sort((a, b) => b.read - a.read)[0];
  return (
    <section className="stats" aria-labelledby="stats-heading">
      <h2 id="stats-heading" className="visually-hidden">
        Your reading
      </h2>
      <p className="stats__summary">
        <strong>{stats.thisWeek}</strong> read this week · <strong>{inWindow}</strong> in {WEEKS} weeks ·{' '}
        <strong>{stats.total}</strong> in all
        {top && top.read > 0 && (
          <>
            {' '}
            · most read: {topicLabel(top.topic)} ({top.read} of {top.known})
          </>
        )}
      </p>
      <details className="stats__details">
        <summary>Reading charts</summary>
        <div className="stats__charts">
          <WeeklyReads weeks={stats.weeks} />
          <Coverage coverage={stats.coverage} />
        </div>
        {children}
      </details>
    </section>
  );
}

function WeeklyReads({ weeks }: { weeks: number[] }) {
  const max = Math.max(1, ...weeks);
  const total = weeks.reduce((sum, count) => sum + count, 0);
  const axis = 34;
  const width = 340;
  const height = 130;
  const bar = (width - axis) / weeks.length;
  return (
    <figure className="chart">
      <svg width={width} viewBox={`0 0 ${width} ${height + 24}`} role="img" aria-labelledby="reads-title">
        <title id="reads-title">{`Articles read per week over the last ${weeks.length} weeks: ${weeks.join(', ')} (oldest first)`}</title>
        <text className="chart__axis" x={axis - 6} y={10} textAnchor="end">
          {max}
        </text>
        <text className="chart__axis" x={axis - 6} y={height} textAnchor="end">
          0
        </text>
        <rect className="chart__track" x={axis} y={4} width={width - axis} height={1} />
        {weeks.map((count, i) => {
          const h = (count / max) * (height - 6);
          return (
            <g key={i}>
              <rect
                className="chart__bar"
                x={axis + i * bar + 3}
                y={height - h}
                width={bar - 6}
                height={Math.max(h, count ? 2 : 0)}
                rx={3}
              />
              <rect className="chart__track" x={axis + i * bar + 3} y={height - 1} width={bar - 6} height={1} />
            </g>
          );
        })}
        <text className="chart__axis" x={axis} y={height + 20}>
          {WEEKS} weeks ago
        </text>
        <text className="chart__axis" x={width} y={height + 20} textAnchor="end">
          this week
        </text>
      </svg>
      <figcaption>
        Articles read per week (scale 0 to {max}): {countOf(total, 'article')} in {WEEKS} weeks
      </figcaption>
    </figure>
  );
}

function Coverage({ coverage }: { coverage: TopicCoverage[] }) {
  const rowHeight = 22;
  const labelWidth = 130;
  const barWidth = 150;
  const height = coverage.length * rowHeight + 20;
  return (
    <figure className="chart">
      <svg
        width={labelWidth + barWidth + 80}
        viewBox={`0 0 ${labelWidth + barWidth + 80} ${height}`}
        role="img"
        aria-labelledby="coverage-title"
      >
        <title id="coverage-title">
          {`Share of each topic's articles you have read: ${coverage.map((entry) => `${topicLabel(entry.topic)} ${entry.read} of ${entry.known}`).join('; ')}`}
        </title>
        <text className="chart__axis" x={labelWidth} y={12}>
          0%
        </text>
        <text className="chart__axis" x={labelWidth + barWidth} y={12} textAnchor="end">
          100%
        </text>
        {coverage.map((entry, i) => (
          <g key={entry.topic} transform={`translate(0 ${20 + i * rowHeight})`}>
            <text className="chart__label" x={labelWidth - 6} y={14} textAnchor="end">
              {topicLabel(entry.topic)}
            </text>
            <rect className="chart__track" x={labelWidth} y={5} width={barWidth} height={10} rx={5} />
            <rect
              className="chart__bar"
              x={labelWidth}
              y={5}
              width={(barWidth * entry.read) / entry.known}
              height={10}
              rx={5}
            />
            <text className="chart__axis" x={labelWidth + barWidth + 6} y={14}>
              {entry.read} of {entry.known}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>Share of each topic’s articles you have read</figcaption>
    </figure>
  );
}
