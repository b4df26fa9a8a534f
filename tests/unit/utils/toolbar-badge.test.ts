import { describe, expect, it } from 'vitest';
import { badgeText } from '../../../utils/toolbar-badge';

describe('badgeText', () => {
  it.each([
    [0, ''],
    [-3, ''],
    [7, '7'],
    [999, '999'],
    [1000, '1k'],
    [1250, '1.3k'],
    [9999, '10k'],
    [12_345, '12k'],
  ])('shows %i as %j', (count, text) => {
    expect(badgeText(count)).toBe(text);
  });
});
