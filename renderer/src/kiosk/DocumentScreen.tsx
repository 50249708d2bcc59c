import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { onVisitEnding, recordEvent } from '../shell/visit';
import { useRecordOnce } from '../shell/useRecordOnce';
import { useParams } from 'react-router';
import { pdfUrl } from '../shell/client';
import { formatDate } from '../shell/format';
import { pick } from '../shell/i18n';
import { useKiosk } from '../shell/KioskContext';
import { useCall } from '../base/useCall';
import { PdfViewer } from '../ui/PdfViewer';
import { QrCode } from '../ui/QrCode';
import { categoryName } from './categoryText';
import { DocumentList, LegalBadge } from './DocumentList';
import { viewerLabels } from './labels';
import { Loaded } from '../base/Loading';
import { RecordText } from './RecordText';

/** The PDF's zoom at each text size: the steps of the page's own text (22, 26, 30 px). */
const documentZoom = { 1: 1, 2: 1.25, 3: 1.5 } as const;

/** One document: what it is, where the paper original is, the PDF, a QR to take it away. */
export function DocumentScreen() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { settings, preferences } = useKiosk();
  const page = useCall('catalogue.get', { id });
  const pagesTurned = useReadingTime(page.status === 'ok' ? page.value.document.id : undefined);
  useRecordOnce(page.status === 'ok' && page.value.publicUrl ? { type: 'qrShown', documentId: page.value.document.id } : undefined);
  return (
    <Loaded state={page}>
      {({ document: d, publicUrl, fileMissing, related }) => (
        <article className="document">
          <h1>{pick(d.title, lang)}</h1>
          <p className="result-meta">
            <LegalBadge category={d.category} />
            <span className="badge">{categoryName(d.category, lang)}</span>
          </p>
          {/* Portrait: facts, the PDF, then how to take it away. Landscape: the PDF on the right,
              beside the facts, so it starts above the fold (theme.css .document-body). */}
          <div className="document-body">
            <div className="document-info">
              <dl className="facts">
                <dt>{t('document.published')}</dt><dd>{formatDate(d.published, lang)}</dd>
                {d.unit && <><dt>{t('document.unit')}</dt><dd><RecordText th={d.unit} en={d.unitEn} /></dd></>}
                {d.paperLocation && <><dt>{t('document.paper')}</dt><dd><RecordText th={d.paperLocation} en={d.paperLocationEn} /></dd></>}
              </dl>
              {pick(d.summary, lang) && <section><h2>{t('document.summary')}</h2><p className="summary">{pick(d.summary, lang)}</p></section>}
              {d.keywords.length > 0 && <p className="keywords"><span className="visually-hidden">{t('document.keywords')}: </span>{d.keywords.map((k) => <span key={k} className="chip static">{k}</span>)}</p>}
            </div>
            <div className="document-file">
              {fileMissing ? <p className="pdf-missing" role="status">{t('document.fileMissing')}</p>
                : d.file ? <PdfViewer url={pdfUrl(d.file.sha256)} labels={viewerLabels(t)} printable={settings.kiosk.allowPrint} startZoom={documentZoom[preferences.textSize]} onPageTurn={() => { pagesTurned.current++; }} /> : <p className="pdf-missing" role="status">{t('document.noFile')}</p>}
            </div>
            <div className="take-away">
              <section className="copy-info">
                <h2>{t('document.copy')}</h2>
                <p>{t('document.copyText', { copy: settings.kiosk.copyFeeBaht, certified: settings.kiosk.certifiedCopyFeeBaht })}</p>
              </section>
              {publicUrl && <figure className="qr-box"><QrCode value={publicUrl} label={t('document.qr')} /><figcaption>{t('document.qr')}</figcaption></figure>}
            </div>
          </div>
          {related.length > 0 && <section><h2>{t('document.related')}</h2><DocumentList items={related} /></section>}
        </article>
      )}
    </Loaded>
  );
}

/** Time on the document and pages turned, recorded when the visitor leaves it. */
function useReadingTime(documentId: string | undefined) {
  const pagesTurned = useRef(0);
  useEffect(() => {
    if (!documentId) return;
    const opened = Date.now();
    pagesTurned.current = 0;
    let recorded = false; // once: at the visit's end (idle, survey) or on leaving, whichever is first
    const record = () => {
      if (recorded) return;
      recorded = true;
      recordEvent({ type: 'documentView', documentId, seconds: Math.round((Date.now() - opened) / 1000), pagesTurned: pagesTurned.current });
    };
    const stopWaiting = onVisitEnding(record);
    return () => { stopWaiting(); record(); };
  }, [documentId]);
  return pagesTurned;
}
