import { render } from 'preact';
import { OptionsApp } from './App';
import '../../components/options/options.css';

render(<OptionsApp />, document.getElementById('app')!);
