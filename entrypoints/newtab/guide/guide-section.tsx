import { useState } from 'react';
import { CardGuidanceContext, type CardGuidanceValue } from '@/components/card-guidance';
import { NextUp } from '@/components/guide/next-up';
import { PathPicker } from '@/components/guide/path-picker';
import type { CardActions } from '@/components/pick-card';
import type { Guide } from '@/components/use-guide';
import { RelatedToPath } from './related-to-path';
import { SavedResurface } from './saved-resurface';

interface GuideSectionProps {
  guide: Guide;
  threshold: number;
  actions: CardActions;
  guidance: CardGuidanceValue;
  resurface: boolean;
}

/** The top of Picks: Next up with its path picker, related articles, and saved ones resurfaced. */
export function GuideSection({ guide, threshold, actions, guidance, resurface }: GuideSectionProps) {
  const [pickerOpen, setPickerOpen] = useState(false);
  const choose = (pathId: string | null) => {
    guide.choose(pathId);
    setPickerOpen(false);
  };
  return (
    <div className="guide">
      {resurface && <SavedResurface />}
      {/* With no path chosen nothing sits above the picks: the Paths section offers them. */}
      {guide.nextUp && (
        <NextUp
          nextUp={guide.nextUp}
          onMarkRead={guide.markRead}
          onSkip={guide.skip}
          onChangePath={() => setPickerOpen((open) => !open)}
        />
      )}
      {pickerOpen && (
        <PathPicker
          statuses={guide.statuses}
          currentPathId={guide.currentPathId}
          steps={guide.steps}
          onUnskip={guide.unskip}
          onChoose={choose}
          onClose={() => setPickerOpen(false)}
        />
      )}
      {guide.nextUp && (
        <CardGuidanceContext.Provider value={guidance}>
          <RelatedToPath guide={guide} threshold={threshold} actions={actions} />
        </CardGuidanceContext.Provider>
      )}
    </div>
  );
}
