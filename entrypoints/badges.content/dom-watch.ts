import type { Lifetime } from './lifetime';

export interface DomWatch {
  /** Runs `change` (our own insertions) unobserved: the watch reports only the page's changes. */
  quietly(change: () => void): void;
}

const OPTIONS: MutationObserverInit = { childList: true, subtree: true };

/**
 * Watches the page for new content: infinite scroll appends, SPA renders, custom elements
 * filling in, and whole-<body> swaps (dev.to's InstantClick replaces <body> on navigation;
 * observing the document itself catches the new one). Only collects the added elements;
 * the scanning happens later, in idle time. Our own hosts are skipped. Watches as long as `life`.
 */
export function watchAddedElements(
  life: Lifetime,
  onAdded: (elements: Element[]) => void,
  ownTags: ReadonlySet<string>,
): DomWatch {
  const handle = (records: MutationRecord[]) => {
    const added: Element[] = [];
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && !ownTags.has((node as Element).localName)) added.push(node as Element);
      }
    }
    if (added.length > 0) onAdded(added);
  };
  const observer = new MutationObserver(handle);
  observer.observe(document, OPTIONS);
  life.onInvalidated(() => observer.disconnect());
  return {
    quietly(change) {
      // The page's changes so far are taken first: nothing of the page's is lost, and the
      // hundreds of records our own insertions would make are never created.
      const pending = observer.takeRecords();
      observer.disconnect();
      try {
        change();
      } finally {
        if (!life.isInvalid) observer.observe(document, OPTIONS);
        if (pending.length > 0) handle(pending);
      }
    },
  };
}
