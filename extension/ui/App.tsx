/** The side panel: the product name and, until sessions exist, what will appear. */
export function App() {
  return (
    <main>
      <h1>SessionsAI</h1>
      <p>Your training will appear here.</p>
    </main>
  );
}
