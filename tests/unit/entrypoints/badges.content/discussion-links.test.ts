import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { DISCUSSIONS_PER_PAGE_MAX } from '../../../../utils/badges/discussion-sites';
import { findDiscussionLinks } from '../../../../entrypoints/badges.content/discussion-links';

function page(html: string) {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

const hnRow = (id: number, href: string, subtext: string) => `
  <tr class="athing submission" id="${id}">
    <td class="title"><span class="titleline"><a href="${href}">A title</a>
      <span class="sitebit comhead"> (<a href="from?site=example.com"><span class="sitestr">example.com</span></a>)</span></span></td>
  </tr>
  <tr><td class="subtext"><span class="subline">
    <span class="score">212 points</span> by <a href="user?id=someone" class="hnuser">someone</a>
    <span class="age"><a href="item?id=${id}">3 hours ago</a></span> | <a href="hide?id=${id}">hide</a> |
    ${subtext}
  </span></td></tr>`;

describe('findDiscussionLinks', () => {
  it('reads Hacker News listings: thread, canonical article URL and comment count', () => {
    const document = page(
      `<table>${hnRow(41, 'https://www.Example.com/post/?utm_source=hn', '<a href="item?id=41">1,212&nbsp;comments</a>')}
       ${hnRow(42, 'https://blog.example/new', '<a href="item?id=42">discuss</a>')}
       ${hnRow(43, 'item?id=43', '<a href="item?id=43">5&nbsp;comments</a>')}</table>`,
    );
    expect(
      findDiscussionLinks(document, { href: 'https://news.ycombinator.com/news', hostname: 'news.ycombinator.com' }),
    ).toEqual([
      { articleUrl: 'https://www.example.com/post', url: 'https://news.ycombinator.com/item?id=41', comments: 1212 },
      { articleUrl: 'https://blog.example/new', url: 'https://news.ycombinator.com/item?id=42', comments: 0 },
    ]);
  });

  it('keeps a link’s anchor, which may name one of several notes on one page', () => {
    const document = page(
      `<table>${hnRow(101, 'https://notes.example/2026/12/02#n1', '<a href="item?id=101">57&nbsp;comments</a>')}
       ${hnRow(102, 'https://notes.example/2026/12/02#n2', '<a href="item?id=102">9&nbsp;comments</a>')}</table>`,
    );
    expect(
      findDiscussionLinks(document, { href: 'https://news.ycombinator.com/news', hostname: 'news.ycombinator.com' }),
    ).toEqual([
      {
        articleUrl: 'https://notes.example/2026/12/02#n1',
        url: 'https://news.ycombinator.com/item?id=101',
        comments: 57,
      },
      {
        articleUrl: 'https://notes.example/2026/12/02#n2',
        url: 'https://news.ycombinator.com/item?id=102',
        comments: 9,
      },
    ]);
  });

  it('reads a Hacker News item page the same way', () => {
    const document = page(
      `<table class="fatitem">${hnRow(7, 'https://blog.example/a', '<a href="item?id=7">12&nbsp;comments</a>')}</table>`,
    );
    expect(
      findDiscussionLinks(document, {
        href: 'https://news.ycombinator.com/item?id=7',
        hostname: 'news.ycombinator.com',
      }),
    ).toEqual([{ articleUrl: 'https://blog.example/a', url: 'https://news.ycombinator.com/item?id=7', comments: 12 }]);
  });

  it('reads Lobsters and both Reddit layouts', () => {
    const lobsters = page(`<ol><li id="story_abc123" class="story" data-shortid="abc123">
      <span class="link"><a class="u-url" href="https://blog.example/lobsters" rel="ugc">T</a></span>
      <span class="comments_label"><a href="/s/abc123/t">34 comments</a></span></li></ol>`);
    expect(findDiscussionLinks(lobsters, { href: 'https://lobste.rs/', hostname: 'lobste.rs' })).toEqual([
      { articleUrl: 'https://blog.example/lobsters', url: 'https://lobste.rs/s/abc123', comments: 34 },
    ]);

    const reddit =
      page(`<shreddit-post content-href="https://blog.example/r" permalink="/r/programming/comments/x1/t/" comment-count="88"></shreddit-post>
      <shreddit-post content-href="https://www.reddit.com/r/programming/comments/x2/self/" permalink="/r/programming/comments/x2/self/" comment-count="3"></shreddit-post>`);
    expect(
      findDiscussionLinks(reddit, { href: 'https://www.reddit.com/r/programming/', hostname: 'www.reddit.com' }),
    ).toEqual([
      {
        articleUrl: 'https://blog.example/r',
        url: 'https://www.reddit.com/r/programming/comments/x1/t/',
        comments: 88,
      },
    ]);

    const oldReddit = page(
      `<div class="thing link" data-url="https://blog.example/old" data-permalink="/r/x/comments/y/z/" data-comments-count="9"></div>`,
    );
    // The thread seen on old Reddit is the one seen on www: one address, so one discussion.
    expect(findDiscussionLinks(oldReddit, { href: 'https://old.reddit.com/r/x/', hostname: 'old.reddit.com' })).toEqual(
      [{ articleUrl: 'https://blog.example/old', url: 'https://www.reddit.com/r/x/comments/y/z/', comments: 9 }],
    );
  });

  it('reads a Lobsters story with no comments as 0 comments', () => {
    const lobsters = page(`<ol><li id="story_r9tamc" class="story" data-shortid="r9tamc">
      <span class="link"><a class="u-url" href="https://blog.example/quiet">T</a></span>
      <span class="comments_label"><a role="heading" href="/s/r9tamc/t">
        no comments</a></span></li></ol>`);
    expect(findDiscussionLinks(lobsters, { href: 'https://lobste.rs/', hostname: 'lobste.rs' })).toEqual([
      { articleUrl: 'https://blog.example/quiet', url: 'https://lobste.rs/s/r9tamc', comments: 0 },
    ]);
  });

  it('takes no Hacker News job ad for a discussion: its row has no thread link', () => {
    const job = `<tr class="athing submission" id="37934688">
        <td class="title"><span class="titleline"><a href="https://jobs.example/founding-marketer">Example is hiring</a></span></td>
      </tr>
      <tr><td class="subtext"><span class="age"><a href="item?id=37934688">1 hour ago</a></span> |
        <a href="hide?id=37934688">hide</a></td></tr>`;
    const document = page(
      `<table>${job}${hnRow(5, 'https://blog.example/story', '<a href="item?id=5">3&nbsp;comments</a>')}</table>`,
    );
    expect(
      findDiscussionLinks(document, { href: 'https://news.ycombinator.com/news', hostname: 'news.ycombinator.com' }),
    ).toEqual([
      { articleUrl: 'https://blog.example/story', url: 'https://news.ycombinator.com/item?id=5', comments: 3 },
    ]);
  });

  it('finds nothing on other sites or in unrelated markup', () => {
    const document = page(`<table>${hnRow(1, 'https://blog.example/a', '<a href="item?id=1">2 comments</a>')}</table>`);
    expect(findDiscussionLinks(document, { href: 'https://blog.example/', hostname: 'blog.example' })).toEqual([]);
    expect(
      findDiscussionLinks(page('<a href="https://blog.example/a">x</a>'), {
        href: 'https://news.ycombinator.com/',
        hostname: 'news.ycombinator.com',
      }),
    ).toEqual([]);
  });

  it('stops reading a long listing once it has a full page of discussions', () => {
    const rows = Array.from({ length: DISCUSSIONS_PER_PAGE_MAX + 50 }, (_, i) =>
      hnRow(i + 1, `https://blog.example/post-${i + 1}`, `<a href="item?id=${i + 1}">${i}&nbsp;comments</a>`),
    );
    const document = page(`<table>${rows.join('')}</table>`);
    const later = document.getElementById(String(DISCUSSIONS_PER_PAGE_MAX + 20))!;
    const read = vi.spyOn(later, 'getAttribute');
    const found = findDiscussionLinks(document, {
      href: 'https://news.ycombinator.com/news',
      hostname: 'news.ycombinator.com',
    });
    expect(found).toHaveLength(DISCUSSIONS_PER_PAGE_MAX);
    expect(found.at(-1)).toEqual({
      articleUrl: `https://blog.example/post-${DISCUSSIONS_PER_PAGE_MAX}`,
      url: `https://news.ycombinator.com/item?id=${DISCUSSIONS_PER_PAGE_MAX}`,
      comments: DISCUSSIONS_PER_PAGE_MAX - 1,
    });
    expect(read).not.toHaveBeenCalled();
  });
});
