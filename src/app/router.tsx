import { lazy, Suspense, useSyncExternalStore } from 'react';
import { Route, Router as WouterRouter, Switch } from 'wouter';
import { navigationGuard } from '@/lib/navigation-guard';
import { PageLoader } from '@/components/page-loader';
import { AuthGate } from './auth-gate';
import { useGuardedLocation } from './guarded-location';
import { RouteFocus } from './route-focus';
import { routes } from '@/lib/paths';

// Each screen is its own chunk: the login page loads nothing of the signed-in area.
const LoginRoute = lazy(() => import('./routes/login').then((m) => ({ default: m.LoginRoute })));
const SignedInArea = lazy(() => import('./signed-in-area').then((m) => ({ default: m.SignedInArea })));
const LeaveFormDialog = lazy(() => import('./leave-form-dialog').then((m) => ({ default: m.LeaveFormDialog })));

export function Router() {
  const asking = useSyncExternalStore(navigationGuard.subscribe, navigationGuard.isAsking);
  return (
    <WouterRouter hook={useGuardedLocation}>
      <RouteFocus />
      {asking && (
        <Suspense fallback={null}>
          <LeaveFormDialog />
        </Suspense>
      )}
      <Suspense fallback={<PageLoader />}>
        <Switch>
          <Route path={routes.login} component={LoginRoute} />
          <Route>
            <AuthGate>
              <SignedInArea />
            </AuthGate>
          </Route>
        </Switch>
      </Suspense>
    </WouterRouter>
  );
}
