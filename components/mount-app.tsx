import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

/** Renders a page's root component into its #root element. */
export function mountApp(app: ReactNode) {
  const container = document.getElementById('root');
  if (!container) throw new Error('Quorum: the page has no #root element');
  createRoot(container).render(<StrictMode>{app}</StrictMode>);
}
