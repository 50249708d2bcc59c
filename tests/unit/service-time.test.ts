import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { totalMinutes, workingTime, WORKDAY_MINUTES } from '../../electron/contract/serviceTime';
import { durationText } from '../../renderer/src/shell/durationText';
import { th } from '../../renderer/src/shell/i18n/th';
import { en } from '../../renderer/src/shell/i18n/en';

const step = (minutes: number, recurring?: boolean) => ({ minutes, ...(recurring === undefined ? {} : { recurring }) });

describe('the total time of a service standard', () => {
  it('adds the minutes of every step of the one-off process', () => {
    expect(totalMinutes({ steps: [step(15), step(15), step(2100), step(420)] })).toBe(2550);
  });

  it('leaves out a step that repeats after the service (the monthly report of an unemployment claim)', () => {
    expect(totalMinutes({ steps: [step(15), step(15), step(2100), step(420), step(10, true)] })).toBe(2550);
    expect(totalMinutes({ steps: [step(30, false), step(10, true)] })).toBe(30);
  });

  it('is zero when every step repeats', () => {
    expect(totalMinutes({ steps: [step(10, true)] })).toBe(0);
  });
});

describe('working time, unit by unit', () => {
  it('splits minutes into whole 7-hour working days, hours and minutes, never a fraction of a day', () => {
    expect(WORKDAY_MINUTES).toBe(420);
    expect(workingTime(2550)).toEqual({ days: 6, hours: 0, minutes: 30 });
    expect(workingTime(4335)).toEqual({ days: 10, hours: 2, minutes: 15 });
    expect(workingTime(420)).toEqual({ days: 1, hours: 0, minutes: 0 });
    expect(workingTime(419)).toEqual({ days: 0, hours: 6, minutes: 59 });
    expect(workingTime(45)).toEqual({ days: 0, hours: 0, minutes: 45 });
    expect(workingTime(0)).toEqual({ days: 0, hours: 0, minutes: 0 });
  });

  it('says it in Thai and English as the service manuals do', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { th: { translation: th }, en: { translation: en } }, lng: 'th', interpolation: { escapeValue: false } });
    const thai = i18n.getFixedT('th');
    const english = i18n.getFixedT('en');
    expect(durationText(2550, thai)).toBe('6 วันทำการ 30 นาที');
    expect(durationText(2220, thai)).toBe('5 วันทำการ 2 ชั่วโมง');
    expect(durationText(4335, thai)).toBe('10 วันทำการ 2 ชั่วโมง 15 นาที');
    expect(durationText(90, thai)).toBe('1 ชั่วโมง 30 นาที');
    expect(durationText(0, thai)).toBe('0 นาที');
    expect(durationText(420, english)).toBe('1 working day');
    expect(durationText(2550, english)).toBe('6 working days 30 min');
  });
});
