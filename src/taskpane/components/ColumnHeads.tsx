/** A table's header row: one column header (`scope="col"`) per label, in order. */
export function ColumnHeads({ labels, className }: { labels: string[]; className: string }) {
  return (
    <thead>
      <tr>
        {labels.map((label, i) => (
          <th key={i} className={className} scope="col">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
