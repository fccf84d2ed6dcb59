/**
 * A React 19 form with one controlled textarea: what the field shows is React's state, and
 * the state is printed below it (#react-state, with data-changes counting onChange calls),
 * so a test can tell a fix that reached React from one that only changed the DOM value
 * (React would put its own state back on the next render). Bundled for the browser by
 * test/e2e/support/extension-server.ts with esbuild; nothing from a CDN.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [text, setText] = useState('');
  const [changes, setChanges] = useState(0);
  return (
    <form id="ansokan" action="#" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor="beskrivning">Beskrivning av verksamheten</label>
      <textarea
        id="beskrivning"
        rows={5}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setChanges((count) => count + 1);
        }}
      />
      <p>Det React har i sitt tillstånd:</p>
      <output id="react-state" data-changes={changes}>
        {text}
      </output>
    </form>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
