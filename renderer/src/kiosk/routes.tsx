import { BrowseScreen } from './BrowseScreen';
import { CentreScreen, ComplaintScreen, RequestScreen } from './CentreScreens';
import { DocumentScreen } from './DocumentScreen';
import { FilingScreen } from './registers/FilingScreen';
import { HomeScreen } from './HomeScreen';
import { SearchScreen } from './SearchScreen';
import { ServiceScreen, ServicesScreen } from './ServiceScreens';

/** The citizen's screens. */
export const kioskRoutes = [
  { path: '/', element: <HomeScreen /> },
  { path: '/search', element: <SearchScreen /> },
  { path: '/group/:group', element: <BrowseScreen /> },
  { path: '/doc/:id', element: <DocumentScreen /> },
  { path: '/services', element: <ServicesScreen /> },
  { path: '/services/:id', element: <ServiceScreen /> },
  { path: '/centre', element: <CentreScreen /> },
  { path: '/request', element: <RequestScreen /> },
  { path: '/complaint', element: <ComplaintScreen /> },
  { path: '/request/form', element: <FilingScreen kind="request" /> },
  { path: '/complaint/form', element: <FilingScreen kind="complaint" /> },
];
