// Copies src/scri-partners.css (the static format laid out with the widget's geometry) to dist/.
import {copyFileSync} from 'node:fs';

copyFileSync('src/scri-partners.css', 'dist/scri-partners.css');
