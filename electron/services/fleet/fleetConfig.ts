import { createHash } from 'node:crypto';
import { chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { FleetRole, KioskId, OfficeCode } from '../../contract/fleet';
import { KioskError } from '../../contract/result';
import { readTextIfExists, writeFileDurably } from '../store/durableFile';
import { centralUrl } from './centralUrl';

/** `<data>/fleet/fleet.json`: which centre, in which role, as which kiosk of which office. */
export const FleetConfig = z.strictObject({
  central: z.string().transform((u, ctx) => {
    try { return centralUrl(u); } catch (error) { ctx.addIssue({ code: 'custom', message: (error as Error).message }); return z.NEVER; }
  }),
  role: FleetRole,
  kioskId: KioskId,
  office: OfficeCode,
  /** Seconds between push rounds (roll-ups, heartbeat); the pull is continuous. */
  pushEverySeconds: z.number().int().min(1).max(86_400).default(60),
});
export type FleetConfig = z.infer<typeof FleetConfig>;

export const Credentials = z.strictObject({ username: z.string().min(1).max(200), password: z.string().min(1).max(500) });
export type Credentials = z.infer<typeof Credentials>;

/**
 * How credentials are kept at rest. Electron passes its `safeStorage` here (encryptString /
 * decryptString) where the OS offers it; the web mode and the CLI keep them plain in a 0600 file.
 */
export interface SecretSeal { seal(text: string): Buffer; open(bytes: Buffer): string; name: string }
export const plainSeal: SecretSeal = { name: 'plain', seal: (t) => Buffer.from(t, 'utf8'), open: (b) => b.toString('utf8') };

export const fleetFolder = (dataDir: string) => join(dataDir, 'fleet');
const configPath = (dataDir: string) => join(fleetFolder(dataDir), 'fleet.json');
const credentialsPath = (dataDir: string) => join(fleetFolder(dataDir), 'credentials');

/** The local replica of the central catalogue: named after the centre, so a new centre starts clean. */
export const replicaPath = (dataDir: string, central: string) =>
  join(fleetFolder(dataDir), `.replica-${createHash('sha256').update(central).digest('hex').slice(0, 16)}`);

export async function readFleetConfig(dataDir: string): Promise<FleetConfig | undefined> {
  const text = await readTextIfExists(configPath(dataDir));
  if (text === undefined) return undefined;
  const parsed = FleetConfig.safeParse(JSON.parse(text));
  if (!parsed.success) throw new KioskError('bad_input', { th: 'ไฟล์ตั้งค่าศูนย์กลาง (fleet/fleet.json) ไม่ถูกต้อง', en: `fleet/fleet.json is not valid: ${parsed.error.issues[0]?.message ?? ''}` });
  return parsed.data;
}

export async function writeFleetConfig(dataDir: string, config: z.input<typeof FleetConfig>): Promise<FleetConfig> {
  const parsed = FleetConfig.parse(config);
  await writeFileDurably(configPath(dataDir), JSON.stringify(parsed, null, 2) + '\n');
  return parsed;
}

export async function readCredentials(dataDir: string, seal: SecretSeal = plainSeal): Promise<Credentials | undefined> {
  const { readFile } = await import('node:fs/promises');
  const bytes = await readFile(credentialsPath(dataDir)).catch(() => undefined);
  return bytes ? Credentials.parse(JSON.parse(seal.open(bytes))) : undefined;
}

/** Written 0600: only the kiosk's OS account may read the kiosk's CouchDB password. */
export async function writeCredentials(dataDir: string, credentials: Credentials, seal: SecretSeal = plainSeal): Promise<void> {
  const path = credentialsPath(dataDir);
  await writeFileDurably(path, seal.seal(JSON.stringify(Credentials.parse(credentials))));
  await chmod(path, 0o600);
}
