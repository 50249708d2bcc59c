/**
 * The page shown when the app keeps crashing. A `data:` URL, not a route of the app: the app's
 * own bundle (or the disk it is read from) may be what crashes, so this page needs neither. It
 * has no script, its own CSP forbids everything but inline style, and its opaque origin makes
 * the IPC sender check refuse it and the navigation guard keep it where it is.
 */
const page = `<!doctype html>
<html lang="th"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>ขออภัย ระบบขัดข้องชั่วคราว</title>
<style>
  html,body{margin:0;height:100%;background:#f4f6f8;color:#1f2d3d;font-family:Sarabun,Tahoma,"Leelawadee UI","Noto Sans Thai",sans-serif}
  main{height:100%;display:flex;flex-direction:column;align-items:center;justify-content:center;text-align:center;gap:1.5rem;padding:2rem;box-sizing:border-box}
  h1{font-size:3rem;margin:0} p{font-size:1.75rem;margin:0;max-width:40em} .en{color:#52606d;font-size:1.4rem}
</style></head>
<body><main>
  <h1>ขออภัย ตู้บริการขัดข้องชั่วคราว</h1>
  <p>กรุณาติดต่อเจ้าหน้าที่ศูนย์ข้อมูลข่าวสาร ระบบจะลองเริ่มใหม่เองในอีกไม่กี่นาที</p>
  <p class="en">Sorry, this kiosk is temporarily out of service. Please ask the information-centre staff. It will try to start again in a few minutes.</p>
</main></body></html>`;

export const outOfServiceHtml = page;
export const outOfServiceUrl = `data:text/html;charset=utf-8,${encodeURIComponent(page)}`;
