import { useId, useState } from 'react';
import { useI18n } from '../i18n';

/** Offers `data` as a JSON file download (the seller's backup or the file to share). */
export function downloadJson(filename: string, data: unknown): void {
  const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export type ReadJsonResult = { ok: true; json: unknown } | { ok: false; error: string };

/** Reads a chosen file as JSON; a file that is not JSON is an error, never a partial value. */
export async function readJsonFile(file: File): Promise<ReadJsonResult> {
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

/** A button-looking file picker; the label names the input for assistive technology and tests. */
export function ImportButton({ label, onFile }: { label: string; onFile: (file: File) => void }) {
  const id = useId();
  return (
    <label className="btn decl-file-button" htmlFor={id}>
      {label}
      <input
        id={id}
        type="file"
        accept="application/json,.json"
        className="decl-sr-only"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Clear it so choosing the same file again (after fixing it) fires again.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}

/** A destructive action that asks first, inline (no blocking browser dialog). */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
}: {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
}) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="btn" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="notice notice-warning decl-confirm" role="group" aria-label={label}>
      <p>{question}</p>
      <div className="decl-toolbar">
        <button
          type="button"
          className="btn decl-btn-danger"
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" className="btn btn-ghost" onClick={() => setAsking(false)}>
          {t('action.cancel')}
        </button>
      </div>
    </div>
  );
}

export type Feedback = { kind: 'ok' | 'error'; text: string } | null;

/** The result of the last action: a status for success, an alert for a refusal. */
export function FeedbackLine({ feedback }: { feedback: Feedback }) {
  if (!feedback) return null;
  return feedback.kind === 'ok' ? (
    <p className="notice notice-ok" role="status">
      {feedback.text}
    </p>
  ) : (
    <p className="notice notice-error" role="alert">
      {feedback.text}
    </p>
  );
}
