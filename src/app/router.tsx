import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { PageLoader } from '@/components/page-loader';
import { AuthGate } from './auth-gate';

// Each screen is its own chunk: the login page loads nothing of the signed-in area.
const LoginRoute = lazy(() => import('./routes/login').then((m) => ({ default: m.LoginRoute })));
const SignedInArea = lazy(() => import('./signed-in-area').then((m) => ({ default: m.SignedInArea })));

export function Router() {
  return (
    <Suspense fallback={<PageLoader />}>
      <Switch>
        <Route path="/login" component={LoginRoute} />
        <Route>
          <AuthGate>
            <SignedInArea />
          </AuthGate>
        </Route>
      </Switch>
    </Suspense>
  );
}
