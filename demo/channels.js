// Sets the data property of the first widget and logs every scri-* event, as a host page would.
import byProperty from './data/by-property.js';

const log = document.querySelector('#log');
for (const type of ['scri-data-load', 'scri-data-error', 'scri-partner-link', 'scri-acronym-show']) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.textContent = `${type} ${JSON.stringify(event.detail)}`;
    log.append(item);
  });
}
document.querySelector('#by-property').data = byProperty;
