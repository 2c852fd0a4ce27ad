import { render } from 'preact';

render(<main>Prospect Guard</main>, document.getElementById('app')!);
