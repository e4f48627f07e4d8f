// Admin commands: users, teams and areas beyond admin.ts (issue 6), written in ../organisation.ts
// beside the services they call.
export { organisationCommands } from '../organisation';
