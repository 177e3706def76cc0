import { useEffect, useState } from 'react';
import type { Settings } from '@/lib/settings/schema';
import { DEFAULT_SETTINGS, loadSettings, watchSettings } from '@/lib/settings/storage';

/** The agent's settings, kept live across the panel, the options page and every component. */
export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  return settings;
}
