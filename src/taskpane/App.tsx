import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useEffect } from 'react';
import { PaneView } from './components/PaneView';
import { STRINGS } from './i18n';
import type { OfficeLike } from './types';
import { usePane } from './usePane';

export function App({ office }: { office?: OfficeLike }) {
  const { lang, host, toggleLanguage } = usePane(office);
  useEffect(() => {
    document.documentElement.lang = STRINGS[lang].htmlLang;
  }, [lang]);
  return (
    <FluentProvider theme={webLightTheme}>
      <PaneView lang={lang} host={host} onToggleLanguage={toggleLanguage} />
    </FluentProvider>
  );
}
