import { Brand } from '@/components/brand';
import { useSettings } from '@/components/use-settings';
import { CrossDeviceSection } from './cross-device-section';
import { DataSection } from './data-section';
import { FeedsSection } from './feeds-section';
import { SettingsSection } from './settings-section';

/** Options: the user's sources, settings and data. */
export function App() {
  const settings = useSettings();
  return (
    <div className="options">
      <header className="options__header">
        <Brand />
        <h1>Options</h1>
        <nav aria-label="Sections">
          <a href="#feeds">Feeds</a> · <a href="#settings">Settings</a> · <a href="#devices">Other browsers</a> ·{' '}
          <a href="#data">Your data</a>
        </nav>
      </header>
      <main>
        <FeedsSection
          relevanceThreshold={settings?.relevanceThreshold}
          newTabShowsLists={settings?.newTabMode !== 'minimal'}
        />
        {settings && <SettingsSection settings={settings} />}
        <CrossDeviceSection />
        {settings && <DataSection settings={settings} />}
      </main>
    </div>
  );
}
