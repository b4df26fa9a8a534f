import { useCallback, useEffect, useState } from 'react';
import { hashFromView, viewFromHash, type ViewState } from '@/utils/curation/filters';

/** The view and filters, kept in the URL hash so a reload, or the back button, keeps them. */
export function useViewState(): [ViewState, (change: Partial<ViewState>) => void] {
  const [state, setState] = useState(() => viewFromHash(location.hash));
  useEffect(() => {
    const onHashChange = () => setState(viewFromHash(location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const update = useCallback((change: Partial<ViewState>) => {
    setState((current) => {
      const next = { ...current, ...change };
      const hash = hashFromView(next);
      history.replaceState(null, '', hash || location.pathname);
      return next;
    });
  }, []);
  return [state, update];
}
