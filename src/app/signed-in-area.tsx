import { lazy, Suspense } from 'react';
import { Notifications } from '@mantine/notifications';
import { Route, Switch, useLocation } from 'wouter';
import { ErrorBoundary } from '@/components/error-boundary';
import { PageLoader } from '@/components/page-loader';
import { AppShellLayout } from './app-shell';
import { NotFoundRoute } from './routes/not-found';

const SearchRoute = lazy(() => import('./routes/search').then((m) => ({ default: m.SearchRoute })));

export function SignedInArea() {
  const [location] = useLocation();
  return (
    <AppShellLayout>
      <Notifications position="top-right" />
      <ErrorBoundary resetKey={location}>
        <Suspense fallback={<PageLoader />}>
          <Switch>
            <Route path="/" component={SearchRoute} />
            <Route path="/search" component={SearchRoute} />
            <Route component={NotFoundRoute} />
          </Switch>
        </Suspense>
      </ErrorBoundary>
    </AppShellLayout>
  );
}
