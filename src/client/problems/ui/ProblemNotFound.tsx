import { Link } from 'react-router';

export function ProblemNotFound() {
  return (
    <>
      <title>Problem not found — Beatbook</title>
      <h1>Problem not found</h1>
      <p>This problem is not on this device. It may belong to another team, or it has not synced here yet.</p>
      <p>
        <Link to="/">Back to my team's problems</Link>
      </p>
    </>
  );
}
