import type { TFunction } from 'i18next';
import type { PdfViewerLabels } from '../ui/PdfViewer';
import type { TouchKeyboardLabels } from '../ui/TouchKeyboard';

/** ui/ pieces take their text as props (they never know about i18n): built here once. */
export const keyboardLabels = (t: TFunction): TouchKeyboardLabels => ({
  label: t('keyboard.label'), thai: t('keyboard.thai'), english: t('keyboard.english'), digits: t('keyboard.digits'),
  shift: t('keyboard.shift'), space: t('keyboard.space'), backspace: t('keyboard.backspace'), enter: t('keyboard.enter'),
  thaiDigits: t('keyboard.thaiDigits'), arabicDigits: t('keyboard.arabicDigits'),
});

export const viewerLabels = (t: TFunction): PdfViewerLabels => ({
  label: t('viewer.label'), page: (n, total) => t('viewer.page', { n, total }), prev: t('viewer.prev'), next: t('viewer.next'),
  zoomIn: t('viewer.zoomIn'), zoomOut: t('viewer.zoomOut'), missing: t('viewer.missing'), loading: t('viewer.loading'),
  print: t('viewer.print'), preparingPrint: t('viewer.preparingPrint'), printFailed: t('viewer.printFailed'),
});
