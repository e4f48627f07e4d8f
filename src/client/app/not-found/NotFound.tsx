import { Link } from 'react-router';

export function NotFound() {
  return (
    <>
      <title>Page not found — Beatbook</title>
      <h1>Page not found</h1>
      <p>There is nothing at this address.</p>
      <p>
        <Link to="/">Go to my team's problems</Link>
      </p>
    </>
  );
}
