// Types for scripts/open-quorum.mjs, which an end-to-end test imports.
import type { ChildProcess } from 'node:child_process';

export interface PipeClient {
  send<T = unknown>(method: string, params?: Record<string, unknown>, sessionId?: string): Promise<T>;
  on(listener: (message: { method: string; params: unknown; sessionId?: string }) => void): () => void;
}

export interface OpenedQuorum {
  child: ChildProcess;
  cdp: PipeClient;
  exited: Promise<number>;
  extensionId: string;
  /** The page opened: Quorum's new tab. */
  url: string;
  targetId: string;
}

export function openQuorum(options: {
  chromePath: string;
  dist: string;
  profile: string;
  extraArgs?: string[];
  stdio?: 'inherit' | 'ignore';
}): Promise<OpenedQuorum>;
export function closeWithLastPage(opened: OpenedQuorum): Promise<void>;
