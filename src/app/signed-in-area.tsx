import { lazy, Suspense } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { ErrorBoundary } from '@/components/error-boundary';
import { PageLoader } from '@/components/page-loader';
import { AppShellLayout } from './app-shell';
import { NotFoundRoute } from './routes/not-found';
import { NotificationsHost } from './notifications-host';
import { QueryProvider } from './query-provider';
import { useSearchHotkey } from './search-hotkey';
import { routes } from '@/lib/paths';
import { FrameHandOff } from '@/lib/first-paint-frame';

const DirectoryRoute = lazy(() => import('./routes/directory').then((m) => ({ default: m.DirectoryRoute })));
const SearchRoute = lazy(() => import('./routes/search').then((m) => ({ default: m.SearchRoute })));
const VisitorDetailRoute = lazy(() =>
  import('./routes/visitor-detail').then((m) => ({ default: m.VisitorDetailRoute })),
);
const NewVisitorRoute = lazy(() => import('./routes/visitor-form').then((m) => ({ default: m.NewVisitorRoute })));
const EditVisitorRoute = lazy(() => import('./routes/visitor-form').then((m) => ({ default: m.EditVisitorRoute })));
const NewProfileRoute = lazy(() => import('./routes/profile-form').then((m) => ({ default: m.NewProfileRoute })));
const EditProfileRoute = lazy(() => import('./routes/profile-form').then((m) => ({ default: m.EditProfileRoute })));
const ContactDetailRoute = lazy(() =>
  import('./routes/contact-detail').then((m) => ({ default: m.ContactDetailRoute })),
);

export function SignedInArea() {
  const [location] = useLocation();
  useSearchHotkey();
  return (
    <QueryProvider>
      <AppShellLayout>
        <NotificationsHost />
        <ErrorBoundary resetKey={location}>
          <Suspense fallback={<PageLoader />}>
            {/* Drawn with the screen, once its chunk has loaded: until then index.html's frame stays. */}
            <FrameHandOff />
            <Switch>
              <Route path={routes.directory} component={DirectoryRoute} />
              <Route path={routes.search} component={SearchRoute} />
              <Route path={routes.newVisitor} component={NewVisitorRoute} />
              <Route path={routes.editVisitor} component={EditVisitorRoute} />
              <Route path={routes.visitor} component={VisitorDetailRoute} />
              <Route path={routes.newProfile} component={NewProfileRoute} />
              <Route path={routes.editProfile} component={EditProfileRoute} />
              <Route path={routes.profile} component={ContactDetailRoute} />
              <Route component={NotFoundRoute} />
            </Switch>
          </Suspense>
        </ErrorBoundary>
      </AppShellLayout>
    </QueryProvider>
  );
}
