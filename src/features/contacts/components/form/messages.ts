/** Strings of the editing core shared by both contact forms (the rest live in the feature's messages module). */
export const formMessages = {
  checkFailed: 'Whether another contact has it could not be checked; saving is still possible.',
  savedUnchecked: 'Whether another contact has the same email or phone could not be checked.',
  dropTitle: 'Some values will be removed',
  dropIntro:
    'Rocket.Chat removes these values when this contact is saved, because no visible custom field defines them:',
  dropConfirm: 'Remove them and save',
  dropCancel: 'Keep editing',
  changedAfterSave:
    'Someone else saved this contact while your save was on its way; open it to check that their change is still there.',
};
