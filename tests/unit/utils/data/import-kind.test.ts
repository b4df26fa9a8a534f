import { describe, expect, it } from 'vitest';
import { importKind } from '../../../../utils/data/import-kind';
import { readImportFile } from '../../../../utils/data/import-data';

describe('importKind', () => {
  it('goes by what the file starts with, whatever its name', () => {
    expect(importKind('quorum.json', '  {"format":"quorum-export"}')).toEqual({ kind: 'json' });
    expect(importKind('feeds.txt', '\ufeff<?xml version="1.0"?><opml/>')).toEqual({ kind: 'opml' });
    expect(importKind('export', '[1, 2]')).toEqual({ kind: 'json' });
  });

  it('sends a damaged .json file to the JSON reader, which says what is wrong with it', () => {
    const garbage = importKind('quorum-2026-12-01.json', 'not json at all {{{');
    expect(garbage).toEqual({ kind: 'json' });
    const read = readImportFile('not json at all {{{');
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error).toMatch(/not a Quorum export: the file is not valid JSON/);
    expect(!read.ok && read.error).not.toMatch(/OPML/);
  });

  it('sends a damaged .opml or .xml file to the OPML reader', () => {
    expect(importKind('subscriptions.opml', 'garbage')).toEqual({ kind: 'opml' });
    expect(importKind('Feeds.XML', '\u0000\u0001')).toEqual({ kind: 'opml' });
  });

  it('says an empty file is empty, and an unknown file is neither kind', () => {
    expect(importKind('quorum.json', ' \n\t')).toEqual({ kind: 'unreadable', error: expect.stringMatching(/empty/) });
    expect(importKind('photo.png', '\u0089PNG\r\n')).toEqual({
      kind: 'unreadable',
      error: expect.stringMatching(/neither a Quorum export \(JSON\) nor an OPML list/),
    });
  });
});
