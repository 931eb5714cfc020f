import { render } from 'preact';
import { PopupApp } from './App';
import '../../components/options/options.css';
import './popup.css';

render(<PopupApp />, document.getElementById('app')!);
