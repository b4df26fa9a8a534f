interface ListEndProps {
  shown: number;
  /** Every card the filters allow, all pages together; undefined while counting. */
  total: number | undefined;
  /** "unread pick" or "pick", as the list holds. */
  noun: string;
  onMore(): void;
}

/** Under the list: how much is shown of how much, a way to see more, or a clear end. */
export function ListEnd({ shown, total, noun, onMore }: ListEndProps) {
  if (total === undefined) return null;
  if (shown >= total) {
    return (
      <p className="list-end" role="status">
        That’s every {noun}.
      </p>
    );
  }
  return (
    <p className="list-end" role="status">
      Showing {shown} of {total} ·{' '}
      <button type="button" className="link-button" onClick={onMore}>
        Show more
      </button>
    </p>
  );
}
