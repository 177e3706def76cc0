import { useLiveQuery } from 'dexie-react-hooks';
import { DeclarationView } from '@/components/declaration/DeclarationView';
import { I18nProvider } from '@/components/i18n';
import { Panel, type PanelPageState } from '@/components/panel/Panel';
import { PanelReplies } from '@/components/replies/PanelReplies';
import { focusOf } from '@/components/panel/PageSummary';
import { QueueContainer, useQueueCount } from '@/components/queue/QueueContainer';
import { getDatabase } from '@/lib/db/database';
import { applyOrderOverrides, type EditableOrderField, type OrderOverrideFields } from '@/lib/model/overrides';
import { resolveUiLanguage, useSellerTab, useSettings, useTabSnapshot, useThemeAttribute } from './hooks';

export function App() {
  const settings = useSettings();
  useThemeAttribute(settings.theme);
  const language = resolveUiLanguage(settings);
  return (
    <I18nProvider language={language}>
      <SidePanel />
    </I18nProvider>
  );
}

function SidePanel() {
  const { tabId, isSeller } = useSellerTab();
  const snapshot = useTabSnapshot(tabId, isSeller);
  const page: PanelPageState = !isSeller ? { kind: 'not-seller' } : snapshot ? { kind: 'snapshot', snapshot } : { kind: 'waiting' };
  const focusOrder = snapshot ? focusOf(snapshot).order : null;
  const override = useLiveQuery(
    async () => (focusOrder ? await getDatabase().overrides.get(focusOrder.orderId) : undefined),
    [focusOrder?.orderId],
  );
  const queueCount = useQueueCount();
  const effective = focusOrder ? applyOrderOverrides(focusOrder, override?.fields as OrderOverrideFields | undefined) : null;

  const saveOverride = async (orderId: string, field: EditableOrderField, value: string | null) => {
    const db = getDatabase();
    const existing = await db.overrides.get(orderId);
    const fields = { ...(existing?.fields ?? {}), [field]: value };
    await db.overrides.put({ orderId, fields, updatedAt: new Date().toISOString() });
  };

  return (
    <Panel
      page={page}
      effectiveOrder={effective?.order ?? null}
      manualFields={effective?.manual}
      onOverride={(orderId, field, value) => void saveOverride(orderId, field, value)}
      onResetOverride={(orderId, field) => void saveOverride(orderId, field, null)}
      onOpenSettings={() => void chrome.runtime.openOptionsPage()}
      views={{
        replies: <PanelReplies snapshot={snapshot} effectiveOrder={effective?.order ?? null} tabId={tabId} />,
        declaration: <DeclarationView order={effective?.order ?? null} snapshot={snapshot} />,
        queue: <QueueContainer />,
      }}
      queueCount={queueCount}
    />
  );
}
