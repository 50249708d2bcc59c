/** One wording of service time for staff and citizen screens alike (see app/durationText.ts). */
export { durationText } from '../app/durationText';
