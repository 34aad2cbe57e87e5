import { lazy, Suspense } from 'react';
import { Notifications } from '@mantine/notifications';
import { Route, Switch } from 'wouter';
import { PageLoader } from '@/components/page-loader';
import { AppShellLayout } from './app-shell';
import { NotFoundRoute } from './routes/not-found';

const HomeRoute = lazy(() => import('./routes/home').then((m) => ({ default: m.HomeRoute })));

export function SignedInArea() {
  return (
    <AppShellLayout>
      <Notifications position="top-right" />
      <Suspense fallback={<PageLoader />}>
        <Switch>
          <Route path="/" component={HomeRoute} />
          <Route component={NotFoundRoute} />
        </Switch>
      </Suspense>
    </AppShellLayout>
  );
}
