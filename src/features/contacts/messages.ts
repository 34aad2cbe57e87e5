/** Every user-visible string of the contacts feature; Rocket.Chat's wording where it has one. */
export const messages = {
  findTitle: 'Find a contact',
  findIntro: 'Look a customer up by email, phone, or the values of custom fields.',
  cannotSearch: "You don't have permission to search contacts",
} as const;
