// How a site adds a language: register its words once, for every widget on the page inside that lang.
// EXAMPLE, NOT REVIEWED: no Malay speaker has checked these words. Have a speaker check yours before you
// publish them; the widget itself ships English only for that reason.
const ScriPartners = await customElements.whenDefined('scri-partners');
ScriPartners.addStrings('ms', {
  showFullNames: 'Tunjukkan nama penuh',
  search: 'Cari rakan kongsi',
  visitWebsite: 'Lawati laman web',
  linkOf: '{name}',
  externalSite: '(laman luar)',
  loading: 'Memuatkan rakan kongsi…',
  error: 'Senarai rakan kongsi tidak dapat dipaparkan sekarang.',
  retry: 'Cuba lagi',
  count: 'Memaparkan {count} daripada {total} rakan kongsi',
  noMatch: 'Tiada rakan kongsi yang sepadan dengan “{query}”.',
  oneProblem: '1 masalah dalam data rakan kongsi:',
  problems: '{n} masalah dalam data rakan kongsi:',
});
