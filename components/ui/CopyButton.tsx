import { useState } from 'react';
import { useI18n } from '../i18n';

/** Copies plain text; says "Copied" for a moment so the agent knows it worked. */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="btn btn-ghost"
      aria-label={label ?? t('action.copy')}
      onClick={() => {
        void navigator.clipboard.writeText(text).then(() => {
          setCopied(true);
          setTimeout(() => setCopied(false), 1500);
        });
      }}
    >
      {copied ? t('action.copied') : t('action.copy')}
    </button>
  );
}
