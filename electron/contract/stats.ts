import { z } from 'zod';
import { method } from './method';
import { CategoryCode, GroupCode } from './categories';
import { DocumentId } from './schemas';

/*
 * Visit statistics (citizens' use of the kiosk); the executives' reports made from them are reports.ts.
 *
 * stats.* calls are public and declared `changes: false` on purpose: they append to an anonymous,
 * append-only usage log (stats/events-YYYY-MM.ndjson), not to the catalogue or the settings. Auditing
 * them would write one audit entry per touch and turn the audit trail (who changed what) into a
 * usage log; the usage log holds no person and changes nothing anyone could be accountable for.
 */

/** Made by the renderer when a visit starts (crypto.randomUUID()). */
export const VisitId = z.uuid();
/**
 * The languages the kiosk's screens offer (renderer/src/shell/i18n): the only ones a visit can be
 * in. Anything else would be a made-up row in the executives' report (outside tester: "xx-ABCDEFGHและzz").
 */
export const kioskLanguages = ['th', 'en'] as const;
export const Language = z.enum(kioskLanguages);
export type Language = z.infer<typeof Language>;
/** What a citizen typed: masked (ID numbers, phone numbers) by the recorder before it is stored. */
const TypedQuery = z.string().max(200);
const ScreenName = z.string().regex(/^[a-z][a-zA-Z0-9-]{0,39}$/, 'screen name: a short code such as home or search');

export const VisitEvent = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('screen'), name: ScreenName }),
  z.strictObject({
    type: z.literal('search'), query: TypedQuery, resultCount: z.number().int().min(0).max(1_000_000),
    group: GroupCode.optional(), year: z.number().int().min(1900).max(2200).optional(),
    /** Answered while the kiosk was still indexing bodies (SearchAnswer.partial): never a "no result". */
    partial: z.literal(true).optional(),
  }),
  z.strictObject({ type: z.literal('resultOpened'), query: TypedQuery.optional(), documentId: DocumentId }),
  z.strictObject({
    type: z.literal('documentView'), documentId: DocumentId,
    seconds: z.number().min(0).max(86_400), pagesTurned: z.number().int().min(0).max(100_000),
  }),
  z.strictObject({ type: z.literal('categoryView'), group: GroupCode.optional(), category: CategoryCode.optional() }),
  z.strictObject({ type: z.literal('serviceView'), serviceId: DocumentId }),
  z.strictObject({ type: z.literal('qrShown'), documentId: DocumentId }),
  z.strictObject({ type: z.literal('requestInfoShown') }),
  z.strictObject({ type: z.literal('complaintShown') }),
  // No 'formSent': a form sent is counted from the register's own filing (registers.submit writes it),
  // never from the screen's word, so nobody can raise that figure without filing a form.
  z.strictObject({ type: z.literal('languageChanged'), language: Language }),
]);
export type VisitEvent = z.infer<typeof VisitEvent>;

export const visitEndReasons = ['idle', 'home', 'survey'] as const;
export const visitorTypes = ['insured', 'employer', 'public', 'government', 'other'] as const;
export type VisitorType = (typeof visitorTypes)[number];

export const SurveyAnswer = z
  .strictObject({
    visitId: VisitId,
    visitorType: z.enum(visitorTypes).optional(),
    satisfaction: z.number().int().min(1).max(5).optional(),
    skipped: z.boolean(),
  })
  .refine((s) => !s.skipped || (s.visitorType === undefined && s.satisfaction === undefined), 'a skipped survey carries no answers');

export const statsMethods = {
  'stats.visitStart': method<{ ok: true }>()({
    input: z.strictObject({ visitId: VisitId, language: Language }), role: 'public', changes: false,
    summary: 'A visit starts (first touch after the attract screen); anonymous usage log, not audited',
  }),
  'stats.record': method<{ ok: true }>()({
    input: z.strictObject({ visitId: VisitId, event: VisitEvent }), role: 'public', changes: false,
    summary: 'One anonymous event of a visit; typed queries are masked before they are stored',
  }),
  'stats.visitEnd': method<{ ok: true }>()({
    input: z.strictObject({ visitId: VisitId, reason: z.enum(visitEndReasons) }), role: 'public', changes: false,
    summary: 'A visit ends (idle reset, home, or after the survey)',
  }),
  'stats.survey': method<{ ok: true }>()({
    input: SurveyAnswer, role: 'public', changes: false,
    summary: 'The optional end-of-visit survey: visitor type and satisfaction 1-5, or skipped',
  }),
} as const;
