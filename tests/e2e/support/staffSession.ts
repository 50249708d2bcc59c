import type { Page } from '@playwright/test';
import { HomePage } from '../pages/HomePage';
import { StaffGatePage } from '../pages/StaffGatePage';
import { startServer } from './server';

/** The administrator the staff specs sign in as, made on the machine before the server starts. */
export const TEST_ADMIN = { name: 'สมใจ ทดลองงาน', pin: '135792', initials: 'ส. ท.' };

/**
 * A server of its own on E2E_PORT + `portOffset`, holding TEST_ADMIN, and `page` signed in as that
 * administrator by the staff gesture and the PIN pad, as a staff member does. The caller stops the server.
 */
export async function signedInAsAdmin(page: Page, portOffset: number) {
  const server = await startServer({ port: Number(process.env.E2E_PORT ?? 5190) + portOffset, admin: TEST_ADMIN });
  try {
    await new HomePage(page).open(server.url);
    const gate = new StaffGatePage(page);
    await gate.enterByGesture();
    await gate.signIn(TEST_ADMIN.initials, TEST_ADMIN.name, TEST_ADMIN.pin);
    return { server, gate };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
