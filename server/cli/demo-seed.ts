// The demo seed service, for commands/demo.ts (commands stay one folder away from services).
export { seedDemo } from '../services/demo-seed';
