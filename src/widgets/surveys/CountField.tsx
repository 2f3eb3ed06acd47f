interface Props {
  id: string;
  label: string;
  /** Undefined shows an empty box. */
  value: number | undefined;
  /** Receives undefined when the box is emptied. */
  onChange: (count: number | undefined) => void;
  /** Keep the label for screen readers only, where a table heading shows it. */
  hideLabel?: boolean;
}

/** A count from a number box: blank or negative reads as nothing. */
const countFrom = (text: string) => (text.trim() === '' || Number(text) < 0 ? undefined : Math.floor(Number(text)));

/** A whole-number box with its label. */
export function CountField({ id, label, value, onChange, hideLabel = false }: Props) {
  return (
    <div className={hideLabel ? undefined : 'criterion__notes'}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        className="number-input"
        type="number"
        min={0}
        value={value ?? ''}
        onChange={(e) => onChange(countFrom(e.currentTarget.value))}
      />
    </div>
  );
}
