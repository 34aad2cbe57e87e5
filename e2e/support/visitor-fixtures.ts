import { test as base } from '../fixtures.ts';
import type { VisitorFormPage } from '../pages/visitor-form-page.ts';
import { existingVisitor } from './visitor-data.ts';

type ExistingVisitor = Awaited<ReturnType<typeof existingVisitor>>;

/** The visitor specs' set-up: a visitor of their own for each test, made before the test starts. */
export const test = base.extend<{
  existing: ExistingVisitor;
  editingExisting: { existing: ExistingVisitor; form: VisitorFormPage };
}>({
  /** A visitor contact with every kind of value ({@link existingVisitor}), new for this test. */
  existing: async ({ api, admin }, use) => {
    await use(await existingVisitor(api, admin));
  },
  /** The visitor form open on {@link existing}, and that visitor. */
  editingExisting: async ({ existing, visitorForm: form }, use) => {
    await form.gotoEdit(existing.visitorId);
    await use({ existing, form });
  },
});

export { expect } from '../fixtures.ts';
