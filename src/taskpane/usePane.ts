// The pane's state: where it runs and which language it speaks. Later flows (read, validate, track…) add
// their state and their workbook-port calls here, leaving the components pure.
import { useCallback, useEffect, useState } from 'react';
import { pickLanguage } from './i18n';
import { STARTING, officeGlobal, watchHost } from './office-host';
import type { HostInfo, Lang, OfficeLike } from './types';

export interface PaneModel {
  lang: Lang;
  host: HostInfo;
  toggleLanguage: () => void;
}

export function usePane(office: OfficeLike | undefined = officeGlobal()): PaneModel {
  const [host, setHost] = useState<HostInfo>(STARTING);
  // null = follow Office's display language; set once the user picks a language.
  const [chosen, setChosen] = useState<Lang | null>(null);

  useEffect(() => watchHost(office, setHost), [office]);

  const lang = chosen ?? pickLanguage(host.displayLanguage);
  const toggleLanguage = useCallback(() => setChosen(lang === 'vi' ? 'en' : 'vi'), [lang]);
  return { lang, host, toggleLanguage };
}
