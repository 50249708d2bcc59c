import { useEffect, useState } from 'react';
import QRCode from 'qrcode';

/** A QR code as an SVG image, big enough to scan from arm's length (≥ 5 cm on a kiosk screen). */
export function QrCode({ value, label, size = 260, errorCorrection = 'M' }: { value: string; label: string; size?: number; errorCorrection?: 'L' | 'M' }) {
  const [svg, setSvg] = useState<string>();
  useEffect(() => {
    let current = true;
    QRCode.toString(value, { type: 'svg', errorCorrectionLevel: errorCorrection, margin: 2 }).then((s) => { if (current) setSvg(s); }, () => setSvg(undefined));
    return () => { current = false; };
  }, [value, errorCorrection]);
  if (!svg) return null;
  return <img className="qr" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`} width={size} height={size} alt={label} />;
}
