import { z } from 'zod';

export const Settings = z.object({
  /** 'auto' follows the browser's language. */
  uiLanguage: z.enum(['auto', 'en', 'zh_CN']).default('auto'),
  theme: z.enum(['auto', 'light', 'dark']).default('auto'),
  storeName: z.string().max(200).default(''),
  signature: z.string().max(500).default(''),
  /** Typical delivery time promised to buyers, e.g. "15-30". */
  deliveryDays: z.string().max(40).default('15-30'),
  overdueHours: z.number().int().min(1).max(240).default(48),
  replyWithinHours: z.number().int().min(1).max(240).default(24),
  followUpAfterDays: z.number().int().min(1).max(60).default(3),
  notifyOverdue: z.boolean().default(false),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/** Stored settings may come from an older version or be damaged: keep what is valid, default the rest. */
export function parseStoredSettings(value: unknown): Settings {
  const parsed = Settings.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const result: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (value && typeof value === 'object') {
    for (const [key, field] of Object.entries(Settings.shape)) {
      const one = field.safeParse((value as Record<string, unknown>)[key]);
      if (one.success) result[key] = one.data;
    }
  }
  return Settings.parse(result);
}
