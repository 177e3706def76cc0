import { useCallback, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase, type AfterSalesDb } from '@/lib/db/database';
import type { InsertResult } from '@/lib/messaging/schemas';
import type { OrderSnapshot, PageSnapshot } from '@/lib/model/snapshot';
import { applyOrderOverrides, type OrderOverrideFields } from '@/lib/model/overrides';
import type { ReplyLanguage } from '@/lib/replies/scenarios';
import { allTemplates, loadStoredTemplates, recordReplyEvent, visibleTemplates } from '@/lib/replies/store';
import { pickFocus, suggestForSnapshot } from '@/lib/replies/suggest';
import type { Template } from '@/lib/replies/template';
import type { Settings } from '@/lib/settings/schema';
import { useI18n } from '../i18n';
import { Suggestions, type ReadyReply, type ReplyStatus } from './Suggestions';

/** What the view needs from the outside world; the side panel passes chrome-backed ones. */
export interface RepliesDeps {
  /** Put text into the followed tab's reply box (the content script answers `insertReply`). */
  insert: (text: string, threadId: string | null) => Promise<InsertResult>;
  copy: (text: string) => Promise<void>;
  openManager?: () => void;
  openSettings?: () => void;
  now?: () => Date;
}

export interface RepliesViewProps {
  snapshot: PageSnapshot | null;
  /** The focused order with the agent's hand corrections applied (side panel `effective`). */
  effectiveOrder?: OrderSnapshot | null;
  settings: Pick<Settings, 'storeName' | 'signature' | 'deliveryDays'>;
  deps: RepliesDeps;
  db?: AfterSalesDb;
}

/** Give the insertion a moment; a tab that never answers must not leave the panel hanging. */
const INSERT_TIMEOUT_MS = 4000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/**
 * The snapshot as suggestions should see it: the hand-corrected order in place of the page's,
 * or, when the page does not show the order (a dispute page), the order as last seen
 * elsewhere, corrected too. Carrier and tracking number then fill in without asking.
 */
function withBestOrder(snapshot: PageSnapshot, order: OrderSnapshot | null): PageSnapshot {
  if (!order) return snapshot;
  const index = snapshot.orders.findIndex((candidate) => candidate.orderId === order.orderId);
  const orders = index >= 0 ? snapshot.orders.map((candidate, i) => (i === index ? order : candidate)) : [...snapshot.orders, order];
  return { ...snapshot, orders };
}

/** The Replies tab of the side panel: suggestions for the page, insert and copy. */
export function RepliesView({ snapshot, effectiveOrder = null, settings, deps, db = getDatabase() }: RepliesViewProps) {
  const { t } = useI18n();
  const stored = useLiveQuery(() => loadStoredTemplates(db), [db]);
  const templates = useMemo(() => (stored ? visibleTemplates(allTemplates(stored)) : null), [stored]);
  const byId = useMemo(() => new Map<string, Template>((templates ?? []).map((template) => [template.id, template])), [templates]);

  const focus = useMemo(() => (snapshot ? pickFocus(snapshot) : null), [snapshot]);
  const focusOrderId = focus?.order?.orderId ?? focus?.dispute?.orderId ?? focus?.thread?.orderId ?? null;
  const focusKey = focus ? `${focusOrderId ?? ''}|${focus.thread?.threadId ?? ''}|${focus.dispute?.disputeId ?? ''}` : '';

  // The order as known elsewhere (seen on another page, corrected by hand) when the page lacks it.
  const known = useLiveQuery(async () => {
    if (!focusOrderId) return null;
    const [record, override] = await Promise.all([db.orders.get(focusOrderId), db.overrides.get(focusOrderId)]);
    return { record: record ?? null, fields: (override?.fields as OrderOverrideFields | undefined) ?? undefined };
  }, [db, focusOrderId]);

  const bestOrder = useMemo<OrderSnapshot | null>(() => {
    if (effectiveOrder && effectiveOrder.orderId === focusOrderId) return effectiveOrder;
    const onPage = snapshot?.orders.find((order) => order.orderId === focusOrderId) ?? null;
    const base = onPage ?? known?.record ?? null;
    return base ? applyOrderOverrides(base, known?.fields).order : null;
  }, [effectiveOrder, focusOrderId, snapshot, known]);

  // The agent's language choice holds for this buyer only.
  const [override, setOverride] = useState<{ key: string; language: ReplyLanguage } | null>(null);
  const languageOverride = override && override.key === focusKey ? override.language : null;

  const now = deps.now;
  const result = useMemo(() => {
    if (!snapshot || !templates) return null;
    return suggestForSnapshot(
      withBestOrder(snapshot, bestOrder),
      templates,
      {
        storeName: settings.storeName,
        signature: settings.signature,
        deliveryDays: settings.deliveryDays,
        languageOverride,
      },
      now ? now() : new Date(),
    );
  }, [snapshot, templates, bestOrder, settings.storeName, settings.signature, settings.deliveryDays, languageOverride, now]);

  const [status, setStatus] = useState<{ key: string; status: ReplyStatus } | null>(null);

  const record = useCallback(
    (reply: ReadyReply, type: 'insert' | 'copy', detail: string) =>
      recordReplyEvent(db, {
        type,
        templateId: reply.template.id,
        scenario: reply.suggestion.scenario,
        language: reply.template.language,
        orderId: focusOrderId,
        threadId: focus?.thread?.threadId ?? null,
        at: deps.now ? deps.now() : new Date(),
        detail,
      }).catch(() => undefined),
    [db, deps, focus, focusOrderId],
  );

  const onCopy = async (reply: ReadyReply) => {
    try {
      await deps.copy(reply.text);
      setStatus({ key: focusKey, status: { tone: 'ok', text: t('replies.result.copied') } });
      await record(reply, 'copy', 'copy');
    } catch {
      setStatus({ key: focusKey, status: { tone: 'error', text: t('replies.result.copyFailed') } });
    }
  };

  const onInsert = async (reply: ReadyReply) => {
    let outcome: InsertResult;
    try {
      outcome = await withTimeout(deps.insert(reply.text, focus?.thread?.threadId ?? null), INSERT_TIMEOUT_MS);
    } catch {
      outcome = { ok: false, method: 'none', target: 'none' };
    }
    if (outcome.ok && outcome.target !== 'none') {
      setStatus({ key: focusKey, status: { tone: 'ok', text: t(`replies.result.${outcome.target}`) } });
      await record(reply, 'insert', outcome.target);
      return;
    }
    const why = t(`replies.error.${outcome.error ?? 'unreachable'}`);
    try {
      await deps.copy(reply.text);
      setStatus({ key: focusKey, status: { tone: 'warning', text: t('replies.result.fallback', { why }) } });
      await record(reply, 'copy', 'insert-failed');
    } catch {
      setStatus({ key: focusKey, status: { tone: 'error', text: t('replies.result.failed', { why }) } });
    }
  };

  if (!snapshot) return <p className="muted">{t('replies.waiting')}</p>;
  if (snapshot.blocked) return <p className="muted">{t('replies.blocked')}</p>;
  if (!result) return <p className="muted">{t('replies.loading')}</p>;
  const unsigned = !settings.storeName.trim() && !settings.signature.trim();
  return (
    <>
      {unsigned ? (
        <p className="notice notice-warning small" role="note">
          {t('replies.signatureHint')}{' '}
          {deps.openSettings ? (
            <button type="button" className="btn btn-link" onClick={deps.openSettings}>
              {t('header.settings')}
            </button>
          ) : null}
        </p>
      ) : null}
      <Suggestions
        // A new buyer or order starts clean: no half-typed values, selection or message from the last one.
        key={focusKey}
        result={result}
        templates={byId}
        status={status?.key === focusKey ? status.status : null}
        onInsert={onInsert}
        onCopy={onCopy}
        onLanguageChange={(language) => setOverride(language ? { key: focusKey, language } : null)}
        onManage={deps.openManager}
      />
    </>
  );
}
