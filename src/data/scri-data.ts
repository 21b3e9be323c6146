import type {PartnersData} from './types.js';

/**
 * SCRI's Public Sector Partners, transcribed from the page this widget replaces
 * (`/about-us/our-partners/public-sector-partners/`). Descriptions keep the page's
 * claims and add none. Where the page misnames an organisation, the official
 * name is used and the page's acronym kept (A*STAR). Unlike the page, the text does not spell out an
 * acronym before using it ("Investigator-Initiated Trials (IIT)"): every acronym already shows its
 * expansion, and "Show full names" would otherwise print it twice.
 */
export const scriPartnersData: PartnersData = {
  title: 'Public Sector Partners',
  intro: [
    'The Singapore Clinical Research Institute is a national academic research organisation that plays a pivotal role in enhancing the standards of clinical research capabilities in Singapore.',
    'Our partnerships extend to various public sector entities that play pivotal roles in the clinical research landscape.',
  ],
  groups: [
    {
      id: 'regulators',
      title: 'Regulatory authorities',
      partners: [
        {
          id: 'hsa',
          name: 'Health Sciences Authority',
          acronym: 'HSA',
          description:
            'SCRI works closely with HSA to ensure its research adheres to the highest standards of safety and ethics.',
          url: 'https://www.hsa.gov.sg/',
        },
      ],
    },
    {
      id: 'clusters',
      title: 'Public healthcare clusters',
      description:
        'SCRI supports IIT through collaborations with the public healthcare clusters, so that research is conducted in real-world healthcare settings, ensuring its relevance and impact.',
      partners: [
        {
          id: 'nhg',
          name: 'National Healthcare Group',
          acronym: 'NHG',
          description: 'A public healthcare cluster with which SCRI collaborates to support IIT.',
          url: 'https://corp.nhg.com.sg/',
        },
        {
          id: 'singhealth',
          name: 'Singapore Health Services',
          acronym: 'SingHealth',
          description: 'A public healthcare cluster with which SCRI collaborates to support IIT.',
          url: 'https://www.singhealth.com.sg/',
        },
        {
          id: 'nuhs',
          name: 'National University Health System',
          acronym: 'NUHS',
          description: 'A public healthcare cluster with which SCRI collaborates to support IIT.',
          url: 'https://www.nuhs.edu.sg/',
        },
      ],
    },
    {
      id: 'trial-units',
      title: 'Clinical trial units',
      description:
        'SCRI works hand-in-hand with IMU and CTU to provide the specialised expertise and infrastructure that enable Singapore to undertake complex clinical trials and studies.',
      partners: [
        {
          id: 'imu',
          name: 'Investigational Medicine Unit',
          acronym: 'IMU',
          description:
            'Ties with IMU have been instrumental in enhancing SCRI’s research capabilities, furthering its mission to improve patient outcomes.',
        },
        {
          id: 'ctu',
          name: 'Clinical Trial Unit',
          acronym: 'CTU',
          description:
            'Ties with CTU have been instrumental in enhancing SCRI’s research capabilities, furthering its mission to improve patient outcomes.',
        },
      ],
    },
    {
      id: 'funders',
      title: 'Research funding',
      partners: [
        {
          id: 'nmrc',
          name: 'National Medical Research Council',
          acronym: 'NMRC',
          description:
            'SCRI is an avid supporter of the NMRC’s LCG and CTG initiatives. It has facilitated numerous grant-funded research projects, helping clinicians and researchers turn their ideas into clinical studies that benefit patients, and helping these trials adhere to international standards of quality, safety and ethics.',
          url: 'https://www.nmrc.gov.sg/',
        },
      ],
    },
    {
      id: 'universities',
      title: 'Institutes of higher learning',
      description:
        'On the research front, SCRI has forged strong relationships with institutes of higher learning.',
      partners: [
        {
          id: 'nus',
          name: 'National University of Singapore',
          acronym: 'NUS',
          description: 'An institute of higher learning with which SCRI has a strong research relationship.',
          url: 'https://www.nus.edu.sg/',
        },
        {
          id: 'ntu',
          name: 'Nanyang Technological University',
          acronym: 'NTU',
          description: 'An institute of higher learning with which SCRI has a strong research relationship.',
          url: 'https://www.ntu.edu.sg/',
        },
        {
          id: 'duke-nus',
          name: 'Duke-NUS Medical School',
          acronym: 'Duke-NUS',
          description: 'An institute of higher learning with which SCRI has a strong research relationship.',
          url: 'https://www.duke-nus.edu.sg/',
        },
      ],
    },
    {
      id: 'research-agencies',
      title: 'National research agencies',
      partners: [
        {
          id: 'a-star',
          name: 'Agency for Science, Technology and Research',
          acronym: 'A*STAR',
          description: 'A national research agency with which SCRI has a strong research relationship.',
          url: 'https://www.a-star.edu.sg/',
        },
      ],
    },
    {
      id: 'industry-development',
      title: 'Growing the clinical research industry',
      description:
        'SCRI works with EDB and ESG to drive the growth of the clinical research industry in Singapore, hoping to attract investments, develop talents and create jobs in the sector.',
      partners: [
        {
          id: 'edb',
          name: 'Economic Development Board',
          acronym: 'EDB',
          description: 'SCRI collaborates with EDB to grow the clinical research industry in Singapore.',
          url: 'https://www.edb.gov.sg/',
        },
        {
          id: 'esg',
          name: 'Enterprise Singapore',
          acronym: 'ESG',
          description: 'SCRI collaborates with ESG to grow the clinical research industry in Singapore.',
          url: 'https://www.enterprisesg.gov.sg/',
        },
      ],
    },
    {
      id: 'industry-partnerships',
      title: 'Industry partnerships',
      partners: [
        {
          id: 'bms-ipo',
          name: 'Biomedical Sciences Industry Partnership Office',
          acronym: 'BMS IPO',
          description:
            'SCRI collaborates with BMS IPO to facilitate partnerships between public sector research institutions and the biomedical sciences industry, helping promising research become products and services that benefit patients.',
        },
      ],
    },
    {
      id: 'consortium',
      title: 'Our consortium',
      partners: [
        {
          id: 'cris',
          name: 'Consortium for Clinical Research and Innovation, Singapore',
          acronym: 'CRIS',
          description:
            'SCRI is a business unit under CRIS. Through it, SCRI expands its reach and capabilities to support its sister business units in many areas of clinical research.',
          url: 'https://www.cris.sg/',
        },
      ],
    },
  ],
  closing: [
    'With a robust infrastructure, a team of dedicated professionals, and a network of invaluable partnerships, SCRI is well-positioned to lead Singapore to new heights in clinical research in the coming years.',
  ],
  glossary: {
    SCRI: 'Singapore Clinical Research Institute',
    IIT: 'Investigator-Initiated Trials',
    LCG: 'Local Clinical Trials Grant',
    CTG: 'Clinical Trials Grant',
  },
};

/**
 * The old name of `scriPartnersData`, easily confused with the `ScriPartners` element class.
 * @deprecated Use `scriPartnersData`; this name goes in the next minor version.
 */
export const scriPartners = scriPartnersData;
