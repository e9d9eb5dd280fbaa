/**
 * A whole number within the range main accepts, saved when the field is left or Enter is pressed (not on every
 * keystroke, so typing "15" never saves a 1 on the way).
 */
export function WholeNumberInput({
  range,
  value,
  onChange,
  onCommit,
}: {
  range: { readonly min: number; readonly max: number };
  value: string;
  onChange: (value: string) => void;
  onCommit: () => void;
}) {
  return (
    <input
      type="number"
      inputMode="numeric"
      min={range.min}
      max={range.max}
      step={1}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onBlur={onCommit}
      onKeyDown={(e) => e.key === 'Enter' && onCommit()}
    />
  );
}
