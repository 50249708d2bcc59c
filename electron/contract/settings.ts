import { z } from 'zod';
import { Bilingual } from './schemas';

/**
 * A topic the public asks about that another agency holds (ใบขับขี่: the Department of Land
 * Transport): a search that finds nothing and names it says where to go (contract/referrals.ts).
 */
export const Referral = z.object({
  /** What citizens type for it: a query holding one of these, spaces and case aside, is referred. */
  topics: z.array(z.string().trim().min(2).max(60)).min(1).max(20),
  agency: Bilingual,
  /** A hotline, a website or an address, as the centre would say it. */
  contact: z.string().trim().max(200),
});
export type Referral = z.infer<typeof Referral>;

/** Most agencies publish a month's สขร.๑ within the first half of the next month. */
export const DEFAULT_PROCUREMENT_SUMMARY_DUE_DAYS = 15;
/** Two months: a longer wait would hide a summary that is really missing. */
export const MAX_PROCUREMENT_SUMMARY_DUE_DAYS = 60;

/** Agency and centre settings: everything that makes the product serve "any Thai agency". */
export const Settings = z.object({
  agency: z.object({
    name: Bilingual,
    shortName: Bilingual,
    /** sha256 of a logo image stored in the data folder, if any. */
    logo: z.string().regex(/^[0-9a-f]{64}$/).optional(),
    /**
     * Days after a month ends by which its procurement summary (สขร.๑) is due; until then a month
     * without one is "awaiting publication", not "missing". A setting because no authoritative
     * deadline could be found and agencies publish at different times into the next month.
     * Settings saved before it existed get the default.
     */
    procurementSummaryDueDays: z.number().int().min(0).max(MAX_PROCUREMENT_SUMMARY_DUE_DAYS).default(DEFAULT_PROCUREMENT_SUMMARY_DUE_DAYS),
  }),
  centre: z.object({
    name: Bilingual,
    hours: Bilingual,
    location: Bilingual,
    executive: Bilingual,
    staff: z.array(Bilingual).max(20),
    /** The phone line as the centre says it in Thai ("สายด่วน 1506 / 0 2956 2521 ต่อ 118"). */
    phone: z.string().max(100),
    /**
     * The same line in English ("Hotline 1506 / 0 2956 2521 ext. 118"), shown in English mode;
     * without one (settings saved before it existed have none) the Thai line is shown there too.
     */
    phoneEn: z.string().max(100).optional(),
    requestInfo: Bilingual,
    complaintChannels: z.array(Bilingual).max(20),
    /** Settings saved before referrals existed have none. */
    referrals: z.array(Referral).max(100).default([]),
  }),
  kiosk: z.object({
    idleSeconds: z.number().int().min(20).max(3600),
    countdownSeconds: z.number().int().min(3).max(60),
    qrBaseUrl: z.url().max(500).optional(),
    allowPrint: z.boolean(),
    surveyEnabled: z.boolean(),
    copyFeeBaht: z.number().nonnegative().max(10000),
    certifiedCopyFeeBaht: z.number().nonnegative().max(10000),
  }),
  stats: z.object({ retentionYears: z.number().int().min(1).max(50) }),
});
export type Settings = z.infer<typeof Settings>;

/** Every phone line of the centre (Thai, then English): the PIN rules refuse the digits of either. */
export const centrePhoneLines = (settings: Pick<Settings, 'centre'>): string[] =>
  [settings.centre.phone, settings.centre.phoneEn ?? ''].filter((line) => line.trim() !== '');
