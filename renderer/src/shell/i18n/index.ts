import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { th } from './th';

export type Language = 'th' | 'en';

void i18next.use(initReactI18next).init({
  resources: { th: { translation: th }, en: { translation: en } },
  lng: 'th',
  fallbackLng: 'th',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export const setLanguage = (language: Language) => {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
};

/** Picks the text of a bilingual value in the current language, falling back to Thai. */
export const pick = (value: { th?: string; en?: string } | undefined, language: string): string =>
  (language === 'en' ? value?.en || value?.th : value?.th || value?.en) ?? '';

export { i18next };
