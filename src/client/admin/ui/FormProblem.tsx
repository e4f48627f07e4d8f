/** A problem with the whole form (not one field), read out when it appears. */
export function FormProblem({ message }: { message: string | undefined }) {
  if (message === undefined) return null;
  return (
    <p className="field-error" role="alert">
      {message}
    </p>
  );
}
