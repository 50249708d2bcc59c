/**
 * How long each text field of a document or a service standard may be. The zod schemas
 * (schemas.ts for what is stored, catalogue-staff.ts for what the editors send) are built from
 * these numbers, and the editors read the same numbers to refuse over-long text while it is
 * typed: one source, so the screen and the dispatcher never disagree. No zod here: the renderer
 * takes the numbers only.
 */
export const fieldLimits = {
  /** Document and service ids: short, safe in URLs and file names. */
  id: 64,
  title: 2000,
  unit: 300,
  keyword: 100,
  keywords: 50,
  summary: 20000,
  body: 200000,
  url: 2000,
  paperLocation: 200,
  fileName: 255,
} as const;

/** The largest PDF a document may carry (an upload, an import or a bundle). */
export const MAX_PDF_BYTES = 50 * 1024 * 1024;

/** Characters of base64 that `bytes` bytes become (4 per 3, padded). */
export const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;
