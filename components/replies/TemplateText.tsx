import type { Segment } from '@/lib/replies/render';
import { isTemplateVariable } from '@/lib/replies/scenarios';
import { useI18n } from '../i18n';

/**
 * A rendered template as React text nodes (never HTML): filled variables get a subtle mark,
 * unfilled ones a warning mark showing what is needed. Line breaks are kept by CSS
 * (white-space: pre-wrap).
 */
export function TemplateText({ segments, lang, className = 'reply-text' }: { segments: readonly Segment[]; lang?: string; className?: string }) {
  const { t } = useI18n();
  return (
    <div className={className} lang={lang}>
      {segments.map((segment, index) => {
        if (segment.kind === 'text') return <span key={index}>{segment.text}</span>;
        const label = isTemplateVariable(segment.name) ? t(`var.${segment.name}`) : segment.name;
        if (segment.value !== null) {
          return (
            <mark key={index} className="var var-filled" title={label} data-variable={segment.name}>
              {segment.value}
            </mark>
          );
        }
        return (
          <mark key={index} className="var var-missing" title={label} data-variable={segment.name} data-missing="true">
            {`[${label}]`}
          </mark>
        );
      })}
    </div>
  );
}
