/**
 * "ใบขับขี่" is not held by a social security office: a citizen who searches for it should be told
 * which agency is, not only that nothing was found (issue 17's citizen trial).
 */
import { describe, expect, it } from 'vitest';
import { referralFor, withReferral } from '../../electron/services/search/referrals';
import { Settings } from '../../electron/contract/settings';
import { neutralSettings } from '../../electron/services/settings/settings';
import sample from '../../resources/sample/settings.json';

const referrals = Settings.parse(sample).centre.referrals;

describe('referrals to the agency that holds a topic', () => {
  it('sends ใบขับขี่, typed in any of the ways citizens type it, to the Department of Land Transport', () => {
    for (const q of ['ใบขับขี่', 'ต่อใบขับขี่', 'ใบ ขับขี่ หาย', 'Driving Licence']) {
      expect(referralFor(q, referrals)?.agency.th, q).toBe('กรมการขนส่งทางบก');
    }
    expect(referralFor('ใบขับขี่', referrals)?.contact).toContain('1584');
  });

  it('refers ใบขับขี่ typed with a tone mark left out or put wrong, or with the keyboard left on English', () => {
    for (const q of ['ใบขับขี', 'ใบขับขี้', '.[-y[-uj', 'ต่อ .[-y[-uj']) {
      expect(referralFor(q, referrals)?.agency.th, q).toBe('กรมการขนส่งทางบก');
    }
  });

  it('refers nothing for a topic no referral names, or an empty query', () => {
    expect(referralFor('ว่างงาน', referrals)).toBeUndefined();
    // A short topic is matched with its tone marks: without them it is another word.
    const short = [{ topics: ['น้ำ', 'ข้าว', 'เสื้อ'], agency: { th: 'หน่วยงานอื่น' }, contact: '' }];
    for (const q of ['การนำเข้าสินค้า', 'ผู้นำชุมชน', 'ภาพขาวดำ', 'เสือโคร่ง']) expect(referralFor(q, short), q).toBeUndefined();
    expect(referralFor('ค่าน้ำประปา', short)?.agency.th).toBe('หน่วยงานอื่น');
    expect(referralFor('   ', referrals)).toBeUndefined();
    expect(referralFor('ข', [{ topics: ['ขับขี่'], agency: { th: 'ก' }, contact: '' }])).toBeUndefined();
  });

  it('compares Thai and Arabic digits alike', () => {
    expect(referralFor('ภ.ง.ด.๙๑', [{ topics: ['ภ.ง.ด.91'], agency: { th: 'กรมสรรพากร' }, contact: '1161' }])?.contact).toBe('1161');
  });

  it('refers an answer only when it found nothing and was not answered from titles alone', () => {
    const answer = (found: number, partial?: true) => ({ query: 'ใบขับขี่', total: found, found, hits: [], facets: { years: [], groups: [], found: { years: {}, groups: {} } }, ...(partial ? { partial } : {}) });
    expect(withReferral(answer(0), referrals).referral?.agency.th).toBe('กรมการขนส่งทางบก');
    expect(withReferral(answer(1), referrals).referral).toBeUndefined();
    expect(withReferral(answer(0, true), referrals).referral).toBeUndefined();
  });

  it('offers no "closest group" beside a referral: the kiosk holds nothing on the topic (ใบขับขี่ offered คู่มือบริการประชาชน, outside trial)', () => {
    const referred = withReferral({ query: 'ใบขับขี่', total: 0, found: 0, hits: [], facets: { years: [], groups: [], found: { years: {}, groups: {} } }, closestGroup: 'service-manuals' }, referrals);
    expect(referred.referral?.agency.th).toBe('กรมการขนส่งทางบก');
    expect(referred.closestGroup).toBeUndefined();
    const notReferred = withReferral({ query: 'ผ้าไหม', total: 0, found: 0, hits: [], facets: { years: [], groups: [], found: { years: {}, groups: {} } }, closestGroup: 'other' }, referrals);
    expect(notReferred.closestGroup).toBe('other');
  });

  it('reads settings saved before referrals existed as having none', () => {
    const { referrals: _none, ...oldCentre } = neutralSettings().centre;
    expect(Settings.parse({ ...neutralSettings(), centre: oldCentre }).centre.referrals).toEqual([]);
  });

  it('refuses a referral without a topic or an agency', () => {
    const withReferral = (r: unknown) => Settings.safeParse({ ...neutralSettings(), centre: { ...neutralSettings().centre, referrals: [r] } }).success;
    expect(withReferral({ topics: [], agency: { th: 'กรมการขนส่งทางบก' }, contact: '1584' })).toBe(false);
    expect(withReferral({ topics: ['ใบขับขี่'], agency: { th: '' }, contact: '1584' })).toBe(false);
    expect(withReferral({ topics: ['ใบขับขี่'], agency: { th: 'กรมการขนส่งทางบก' }, contact: '1584' })).toBe(true);
  });
});
