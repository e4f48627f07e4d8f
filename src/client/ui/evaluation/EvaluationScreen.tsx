import { NotBuiltYet } from '../not-built/NotBuiltYet';

export function EvaluationScreen() {
  return <NotBuiltYet title="Evaluation" />;
}
