import type { ReactNode } from 'react';

export interface TabItem<T extends string> {
  id: T;
  label: string;
  badge?: number;
}

/** Accessible tab bar (role=tablist); arrow keys move between tabs. */
export function Tabs<T extends string>({
  items,
  selected,
  onSelect,
  label,
}: {
  items: readonly TabItem<T>[];
  selected: T;
  onSelect: (id: T) => void;
  label: string;
}) {
  return (
    <div
      role="tablist"
      aria-label={label}
      className="tabs"
      onKeyDown={(event) => {
        const index = items.findIndex((item) => item.id === selected);
        const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
        if (step === 0 || index < 0) return;
        const next = items[(index + step + items.length) % items.length];
        if (next) onSelect(next.id);
      }}
    >
      {items.map((item) => (
        <button
          key={item.id}
          type="button"
          role="tab"
          id={`tab-${item.id}`}
          aria-selected={item.id === selected}
          aria-controls={`tabpanel-${item.id}`}
          tabIndex={item.id === selected ? 0 : -1}
          className="tab"
          onClick={() => onSelect(item.id)}
        >
          {item.label}
          {item.badge ? <span className="tab-badge">{item.badge > 99 ? '99+' : item.badge}</span> : null}
        </button>
      ))}
    </div>
  );
}

export function TabPanel({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div role="tabpanel" id={`tabpanel-${id}`} aria-labelledby={`tab-${id}`} className="tabpanel">
      {children}
    </div>
  );
}
