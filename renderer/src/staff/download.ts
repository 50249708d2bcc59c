/**
 * Saves an export on the desk PC (web mode). The kiosk window's download guard refuses it in
 * Electron, which is intended: staff exports are for a desk PC; the screens also show the result inline.
 */
export function downloadFile(fileName: string, mimeType: string, content: string | Uint8Array) {
  const blob = new Blob([typeof content === 'string' ? content : content.slice().buffer], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const fromBase64 = (base64: string): Uint8Array => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

/** A chosen file as base64 for a call (FileReader's data URL, without its prefix). */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
