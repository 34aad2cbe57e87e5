/**
 * Every screen's address, built in one place: ids are always encoded, and a renamed route breaks the build instead
 * of a link. `routes` are the patterns the router matches; `paths` build the addresses that lead to them.
 */
export const routes = {
  directory: '/',
  search: '/search',
  login: '/login',
  newVisitor: '/visitors/new',
  editVisitor: '/visitors/:id/edit',
  visitor: '/visitors/:id',
  newProfile: '/contacts/new',
  editProfile: '/contacts/:id/edit',
  profile: '/contacts/:id',
} as const;

const withId = (pattern: string, id: string) => pattern.replace(':id', encodeURIComponent(id));
const withQuery = (path: string, query?: string) => (query ? `${path}?${query}` : path);

export const paths = {
  /** The directory, with its search, sort and page when given (`q=…&page=2`). */
  directory: (query?: string) => withQuery(routes.directory, query),
  search: (query?: string) => withQuery(routes.search, query),
  /** Login, then back to `here` (the home needs no redirect). */
  login: (here: string = routes.directory) =>
    here === routes.directory ? routes.login : `${routes.login}?redirect=${encodeURIComponent(here)}`,
  newVisitor: (query?: string) => withQuery(routes.newVisitor, query),
  visitor: (id: string) => withId(routes.visitor, id),
  editVisitor: (id: string) => withId(routes.editVisitor, id),
  newProfile: (query?: string) => withQuery(routes.newProfile, query),
  profile: (id: string) => withId(routes.profile, id),
  editProfile: (id: string) => withId(routes.editProfile, id),
};
