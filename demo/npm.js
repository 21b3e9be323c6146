// The README's "npm with a bundler" recipe, unchanged.
import 'scri-partners'; // defines <scri-partners> and <scri-acronym>

const partners = document.createElement('scri-partners');
partners.headingLevel = 3;
document.querySelector('#partners').append(partners);
