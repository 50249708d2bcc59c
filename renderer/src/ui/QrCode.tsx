import { useEffect, useState } from 'react';
import QRCode from 'qrcode';

/** White modules around the symbol: the 4 the QR standard asks for, so a caption or a border close by does not hinder reading. */
const QUIET_MODULES = 4;
/**
 * The least CSS px a module is drawn at: a phone at arm's length reads ~5 px modules off a kiosk
 * screen and struggles below (an outside tester's checklist code, 97 modules in 320 px, ~3 px, did
 * not scan). A code too dense for `size` is drawn larger instead, so what holds long text (a
 * service's checklist, see contract/serviceChecklist.ts) must keep its text short enough to fit.
 */
const MIN_MODULE_PX = 5;

/**
 * A QR code as an SVG image, `size` CSS px across, or larger where that would make a module smaller
 * than MIN_MODULE_PX, so each stays big enough to scan from arm's length.
 */
export function QrCode({ value, label, size = 260, errorCorrection = 'M' }: { value: string; label: string; size?: number; errorCorrection?: 'L' | 'M' }) {
  const [drawn, setDrawn] = useState<{ svg: string; px: number }>();
  useEffect(() => {
    let current = true;
    QRCode.toString(value, { type: 'svg', errorCorrectionLevel: errorCorrection, margin: QUIET_MODULES }).then((svg) => {
      if (!current) return;
      // qrcode's SVG spans its modules, quiet zone included, in its viewBox.
      const across = Number(/viewBox="0 0 (\d+)/.exec(svg)?.[1] ?? 0);
      setDrawn({ svg, px: Math.max(size, across * MIN_MODULE_PX) });
    }, () => setDrawn(undefined));
    return () => { current = false; };
  }, [value, errorCorrection, size]);
  if (!drawn) return null;
  return <img className="qr" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(drawn.svg)}`} width={drawn.px} height={drawn.px} alt={label} />;
}
