/** What a screen that is not built yet says, plainly, instead of pretending. */
export function NotBuiltYet({ title }: { title: string }) {
  return (
    <section aria-labelledby="not-built-title">
      <h1 id="not-built-title">{title}</h1>
      <p>This part of Beatbook is not built yet.</p>
    </section>
  );
}
