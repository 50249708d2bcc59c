/** Today in Bangkok as yyyy-mm-dd (the kiosk's clock; review dates are compared in Thai time). */
export const bangkokToday = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Bangkok' });
