import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FocusWindow } from '../../../../electron/shared/domain/focus-windows.ts';
import { Truncated } from '../../components/Truncated.tsx';
import { textOn, WINDOW_KIND_COLOURS } from '../../charts/palette.ts';
import { formatClock, weekdayName } from '../../lib/format.ts';
import {
  blocksOf,
  inSelection,
  moveCell,
  selectionBetween,
  SLOTS_PER_DAY,
  timeOfSlot,
  WEEKDAYS,
  type Cell,
  type Selection,
} from './week-grid.ts';

const SLOTS = Array.from({ length: SLOTS_PER_DAY }, (_, slot) => slot);
const cellId = (cell: Cell) => `cell-${cell.day}-${cell.slot}`;

/**
 * The week as a grid of half hours. Draw a window by dragging, or with the keyboard: arrows move, Shift+arrows
 * select, Enter opens the selection in the editor. Existing windows sit on top as buttons that open them.
 */
export function WeekGrid({
  windows,
  onDraw,
  onEdit,
}: {
  windows: FocusWindow[];
  onDraw: (selection: Selection) => void;
  onEdit: (window: FocusWindow) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const dayName = useMemo(() => WEEKDAYS.map((day) => weekdayName(day, locale)), [locale]);
  const slotLabel = useMemo(() => SLOTS.map((slot) => formatClock(timeOfSlot(slot), locale)), [locale]);
  const [focus, setFocus] = useState<Cell>({ day: 1, slot: 18 });
  const [anchor, setAnchor] = useState<Cell | null>(null);
  const [selection, setSelectionState] = useState<Selection | null>(null);
  const latestSelection = useRef<Selection | null>(null);
  const setSelection = (next: Selection | null) => {
    latestSelection.current = next;
    setSelectionState(next);
  };
  const dragging = useRef(false);
  const moved = useRef(false);

  useEffect(() => {
    const finish = () => {
      if (!dragging.current) return;
      dragging.current = false;
      if (latestSelection.current) onDraw(latestSelection.current);
    };
    window.addEventListener('pointerup', finish);
    return () => window.removeEventListener('pointerup', finish);
  }, [onDraw]);

  useEffect(() => {
    if (moved.current) document.getElementById(cellId(focus))?.focus();
    moved.current = false;
  }, [focus]);

  const onKeyDown = (event: KeyboardEvent, cell: Cell) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onDraw(selection ?? selectionBetween(cell, cell));
      return;
    }
    if (event.key === 'Escape') {
      setSelection(null);
      setAnchor(null);
      return;
    }
    const next = moveCell(cell, event.key);
    if (next === cell) return;
    event.preventDefault();
    moved.current = true;
    setFocus(next);
    if (event.shiftKey) {
      const from = anchor ?? cell;
      setAnchor(from);
      setSelection(selectionBetween(from, next));
    } else {
      setAnchor(null);
      setSelection(null);
    }
  };

  const byId = new Map(windows.map((w) => [w.id, w]));
  return (
    <div className="week-grid-wrap">
      <div
        role="grid"
        className="week-grid"
        aria-label={t('schedule.gridLabel')}
        aria-describedby="week-grid-help"
        aria-multiselectable="true"
      >
        <div role="row" className="week-row">
          <div role="columnheader" className="week-corner">
            <span className="visually-hidden">{t('schedule.time')}</span>
          </div>
          {WEEKDAYS.map((day) => (
            <div role="columnheader" key={day} className="week-day">
              <abbr title={weekdayName(day, locale)}>{weekdayName(day, locale, 'short')}</abbr>
            </div>
          ))}
        </div>
        {SLOTS.map((slot) => (
          <div role="row" className="week-row" key={slot}>
            <div role="rowheader" className={slot % 2 === 0 ? 'week-hour' : 'week-hour half'}>
              <span className={slot % 2 === 0 ? undefined : 'visually-hidden'}>
                {formatClock(timeOfSlot(slot), locale)}
              </span>
            </div>
            {WEEKDAYS.map((day) => {
              const cell: Cell = { day, slot };
              const selected = inSelection(selection, cell);
              const focused = focus.day === day && focus.slot === slot;
              return (
                <div
                  role="gridcell"
                  key={day}
                  id={cellId(cell)}
                  tabIndex={focused ? 0 : -1}
                  aria-selected={selected}
                  aria-label={`${dayName[day - 1]} ${slotLabel[slot]}`}
                  className={`week-cell${selected ? ' selected' : ''}${slot % 2 === 0 ? ' hour-start' : ''}`}
                  data-day={day}
                  data-slot={slot}
                  onKeyDown={(event) => onKeyDown(event, cell)}
                  onFocus={() => setFocus(cell)}
                  onPointerDown={(event) => {
                    event.preventDefault();
                    dragging.current = true;
                    setAnchor(cell);
                    setFocus(cell);
                    setSelection(selectionBetween(cell, cell));
                  }}
                  onPointerEnter={() => {
                    if (dragging.current && anchor) setSelection(selectionBetween(anchor, cell));
                  }}
                />
              );
            })}
          </div>
        ))}
      </div>
      <ul className="week-blocks" aria-label={t('schedule.windowsOnGrid')}>
        {blocksOf(windows).map((block) => {
          const window = byId.get(block.windowId);
          if (!window || window.type !== 'weekly') return null;
          return (
            <li
              key={`${block.windowId}-${block.day}-${block.continued}`}
              style={{ gridColumn: block.day + 1, gridRow: `${block.startSlot + 2} / ${block.endSlot + 2}` }}
            >
              <button
                type="button"
                className="week-block"
                style={{
                  background: WINDOW_KIND_COLOURS[window.kind],
                  color: textOn(WINDOW_KIND_COLOURS[window.kind] ?? ''),
                }}
                data-window={window.id}
                aria-label={t('schedule.editWindow', {
                  name: window.name,
                  day: weekdayName(block.day, locale),
                  start: formatClock(window.start, locale),
                  end: formatClock(window.end, locale),
                })}
                onClick={() => onEdit(window)}
              >
                {block.continued ? '' : <Truncated text={window.name} />}
              </button>
            </li>
          );
        })}
      </ul>
      <p id="week-grid-help" className="hint">
        {t('schedule.gridHelp')}
      </p>
    </div>
  );
}
