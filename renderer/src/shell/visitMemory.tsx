import { createContext, useContext, useState, type ReactNode } from 'react';

/**
 * What a visit remembers from screen to screen that must not go in the URL: the browser keeps
 * URLs in its history (the fallback browser's History held `#/search?q=<an ID number>`), so the
 * typed search lives here. The shell remounts this with every visit, which wipes it.
 */
type SearchText = readonly [string, (text: string) => void];
const SearchTextContext = createContext<SearchText>(['', () => {}]);

export function VisitMemory({ children }: { children: ReactNode }) {
  const text = useState('');
  return <SearchTextContext.Provider value={text}>{children}</SearchTextContext.Provider>;
}

export const useSearchText = () => useContext(SearchTextContext);
