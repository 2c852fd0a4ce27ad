import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import { requestFirstPage } from '../../components/popup/first-page';
import { setDocumentLanguage } from '../../components/document-language';
import '../../components/theme.css';
import '../../components/popup/add-form.css';
import '../../components/popup/popup.css';

// Asked before the first render, so the list's first rows arrive while it is drawn.
requestFirstPage();
setDocumentLanguage();
render(<PopupApp />, document.getElementById('app')!);
// For scripts/bench-ui.ts: the first screen (name field and Add button) is on screen and usable.
performance.mark('prospect-guard:first-screen');
