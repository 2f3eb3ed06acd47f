import { useState } from 'react';

interface Props {
  /** The file input's id, for its label. */
  id: string;
  label: string;
  /** The files chosen or dropped, several at once. */
  onFiles: (files: File[]) => void;
}

/** Where a leader drops or chooses the .json files colleagues saved: a file input inside a drop target. */
export function FileDrop({ id, label, onFiles }: Props) {
  const [dragging, setDragging] = useState(false);
  return (
    <div
      className={`drop-zone${dragging ? ' drop-zone--active' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        onFiles([...e.dataTransfer.files]);
      }}
    >
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        multiple
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          // Cleared so that choosing the same file again reads it again.
          e.currentTarget.value = '';
          onFiles(files);
        }}
      />
    </div>
  );
}
