import { describe, expect, it } from 'vitest';
import { render, waitFor } from '@testing-library/react';
import { navigationGuard } from './navigation-guard';
import { useUnsavedChangesGuard } from './use-unsaved-changes-guard';

function Form({ dirty }: { dirty: boolean }) {
  useUnsavedChangesGuard(dirty);
  return null;
}

describe('useUnsavedChangesGuard', () => {
  it("holds the browser's Back while the form is changed, and Leave goes back after all", async () => {
    window.history.pushState(null, '', '/search');
    window.history.pushState(null, '', '/visitors/new');
    render(<Form dirty />);
    window.history.back();
    await waitFor(() => expect(navigationGuard.isAsking()).toBe(true));
    expect(window.location.pathname).toBe('/visitors/new');

    navigationGuard.stay();
    expect(window.location.pathname).toBe('/visitors/new');
    window.history.back();
    await waitFor(() => expect(navigationGuard.isAsking()).toBe(true));
    navigationGuard.leave();
    await waitFor(() => expect(window.location.pathname).toBe('/search'));
  });

  it('lets Back through when nothing changed', async () => {
    window.history.pushState(null, '', '/search');
    window.history.pushState(null, '', '/visitors/new');
    render(<Form dirty={false} />);
    window.history.back();
    await waitFor(() => expect(window.location.pathname).toBe('/search'));
    expect(navigationGuard.isAsking()).toBe(false);
  });
});
