// Sets the data property of the first widget and logs every scri-* event, as a host page would.
const log = document.querySelector('#log');
for (const type of ['scri-data-load', 'scri-data-error', 'scri-partner-link', 'scri-acronym-show']) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.textContent = `${type} ${JSON.stringify(event.detail)}`;
    log.append(item);
  });
}
document.querySelector('#by-property').data = {
  title: 'From the data property',
  intro: ['Set by the host page’s own script.'],
  groups: [
    {
      id: 'clusters',
      title: 'Clusters',
      partners: [
        {
          id: 'nuhs',
          name: 'National University Health System',
          acronym: 'NUHS',
          description: 'A public healthcare cluster.',
          url: 'https://www.nuhs.edu.sg/',
        },
      ],
    },
  ],
};
