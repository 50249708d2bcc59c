export type { SearchableItem, SearchEngine } from './engine';
export { createSearchEngine, type SearchEngineOptions } from './searchEngine';
export { normalizeText, analyzeText, analyzeQuery, compact, type AnalyzedToken } from './analysis';
export { cleanText, foldChars } from './thaiText';
export { fixCommonMisspellings } from './spellingVariants';
export { yearAliases, yearTerms, BE_OFFSET } from './eraYears';
export { stemEnglish } from './englishStem';
export { segmentWords, segmentationStats, resetSegmentationMemo } from './wordSegmenter';
export { defaultSynonyms, compileSynonyms, synonymRewrites } from './synonyms';
