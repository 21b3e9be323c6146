// The data that channels.js sets as the first widget's `data` property (also pre-rendered into the page).
export default {
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
