import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/sarabun/thai-400.css';
import '@fontsource/sarabun/thai-700.css';
import '@fontsource/sarabun/latin-400.css';
import '@fontsource/sarabun/latin-700.css';
import 'simple-keyboard/build/css/index.css';
import './shell/theme.css';
import './shell/i18n';
import { App } from './shell/App';
import { preventKioskGestures } from './shell/kioskHygiene';

preventKioskGestures(document);
createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
