/** Shown for the moment it takes to read the remembered sign-in from this device. */
export function Opening() {
  return (
    <main id="main" className="opening">
      <p>Opening Beatbook…</p>
    </main>
  );
}
