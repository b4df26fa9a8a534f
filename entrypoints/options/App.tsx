import { useLiveQuery } from 'dexie-react-hooks';
import { Brand } from '@/components/brand';
import { db } from '@/utils/db';

/** Options are still small: what is installed today, and what this page will hold. */
export function App() {
  const feeds = useLiveQuery(() => db.feeds.toArray(), []);
  const articleCount = useLiveQuery(() => db.articles.count(), []);

  return (
    <main className="options">
      <header>
        <Brand />
        <h1>Options</h1>
      </header>
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources</h2>
        {feeds === undefined ? null : (
          <ul>
            {feeds.map((feed) => (
              <li key={feed.id}>
                {feed.title} {feed.itemCount !== undefined && `— ${feed.itemCount} articles`}
                {feed.lastError && <p role="alert">{feed.lastError}</p>}
              </li>
            ))}
          </ul>
        )}
        {articleCount !== undefined && <p>{articleCount.toLocaleString('en')} articles are stored on this device.</p>}
      </section>
      <section aria-labelledby="coming-heading">
        <h2 id="coming-heading">Coming next</h2>
        <p>
          Adding your own feeds and curated packs, refresh settings, themes, and exporting or importing your reading
          history will live on this page.
        </p>
      </section>
    </main>
  );
}
