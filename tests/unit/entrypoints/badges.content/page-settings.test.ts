import { describe, expect, it } from 'vitest';
import { PAGE_SETTINGS_DEFAULTS, readPageSettings } from '../../../../entrypoints/badges.content/page-settings';
import { DEFAULT_SETTINGS } from '../../../../utils/schemas/settings';

describe("the content script's reading of settings", () => {
  it('has the same defaults as the settings schema', () => {
    expect(PAGE_SETTINGS_DEFAULTS).toEqual({
      badgesEnabled: DEFAULT_SETTINGS.badgesEnabled,
      badgesDisabledHosts: DEFAULT_SETTINGS.badgesDisabledHosts,
      autoMarkRead: DEFAULT_SETTINGS.autoMarkRead,
    });
  });

  it('reads stored values and falls back field by field', () => {
    expect(
      readPageSettings({
        ...DEFAULT_SETTINGS,
        badgesEnabled: false,
        badgesDisabledHosts: ['dev.to'],
        autoMarkRead: 'never',
      }),
    ).toEqual({
      badgesEnabled: false,
      badgesDisabledHosts: ['dev.to'],
      autoMarkRead: 'never',
    });
    expect(
      readPageSettings({ badgesEnabled: 'no', badgesDisabledHosts: ['dev.to', 3], autoMarkRead: 'sometimes' }),
    ).toEqual(PAGE_SETTINGS_DEFAULTS);
    expect(readPageSettings(undefined)).toEqual(PAGE_SETTINGS_DEFAULTS);
  });
});
