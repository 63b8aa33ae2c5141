// Original demo publications. The structures, fields of work and countries are the seeded taxonomies (by slug);
// every title, summary and page of text is written for this demo. Each file becomes a small PDF (lib/pdf/generate.ts)
// whose paragraphs repeat until it has `pages` pages.
import type { DocumentLanguage, PublicationType } from '@/lib/enums';

export interface PublicationFileSeed {
  name: string;
  title: string;
  pages: number;
  paragraphs: string[];
}

export interface PublicationSeed {
  slug: string;
  title: string;
  type: PublicationType;
  publishedOn: string;
  language: DocumentLanguage;
  /** Plain text; paragraphs separated by a blank line. */
  summary: string;
  issuedBy: string[];
  fields: string[];
  countries: string[];
  /** The key of a demo image (db/seed/data/images.ts) shown as the cover. */
  cover?: string;
  files: PublicationFileSeed[];
}

/**
 * A word found only inside the text of one demo PDF (the wetland report), never in a title or summary: searching
 * for it shows that the search reads the documents. e2e/publications.spec.ts uses it.
 */
export const PDF_ONLY_WORD = 'quillwort';

export const publicationSeeds: PublicationSeed[] = [
  {
    slug: 'handbook-for-observing-elections-practical-companion',
    title: 'Observing elections: a practical companion for short-term observers',
    type: 'handbook',
    publishedOn: '2021-06-14',
    language: 'en',
    summary:
      'This handbook walks short-term observers through an election day, from the opening of a polling station to the last signature on the results protocol. Each chapter ends with the questions an observer should be able to answer before moving on.\n\nA one-page checklist accompanies the handbook, for teams to carry on the day.',
    issuedBy: ['odihr'],
    fields: ['elections', 'democratization'],
    countries: [],
    cover: 'round-table',
    files: [
      {
        name: 'observing-elections-handbook.pdf',
        title: 'Observing elections: a practical companion',
        pages: 6,
        paragraphs: [
          'Observers arrive at the polling station before it opens and watch the seals on the ballot box being checked. They note the time, the number of ballots received and whether every member of the commission is present.',
          'During voting, observers stay long enough to see a representative sample of voters cast their ballots. They do not interfere, do not give instructions and do not touch election material.',
          'At the count, observers follow each step: the unused ballots are cancelled, the box is opened, and ballots are sorted and counted aloud. Any disagreement among commission members is recorded as it happens.',
          'Reports are factual and short. A finding without a time, a place and a description of what was seen cannot be used in the final assessment.',
        ],
      },
      {
        name: 'election-day-checklist.pdf',
        title: 'Election day checklist',
        pages: 1,
        paragraphs: [
          'Before opening: seals intact, ballot box empty, voter list present, commission complete.',
          'During voting: secrecy of the vote respected, identification checked, no campaigning near the station.',
          'At the count: procedures followed in order, protocol completed in ink, copies given to observers who ask for them.',
        ],
      },
    ],
  },
  {
    slug: 'wetland-monitoring-prespa-basin-field-report',
    title: 'Monitoring shared wetlands in the Prespa basin: field report',
    type: 'report',
    publishedOn: '2024-09-30',
    language: 'en',
    summary:
      'Two seasons of joint field surveys around the Prespa lakes are summarised in this report, prepared with environmental inspectors and university teams from both shores. It describes how water levels, reed beds and rare aquatic plants were measured in the same way on each side of the border.\n\nThe report recommends a shared data platform and a yearly joint survey, so that decisions on water use rest on figures that both sides accept.',
    issuedBy: ['economic-and-environmental-activities', 'presence-in-albania', 'mission-to-skopje'],
    fields: ['environmental-activities'],
    countries: ['albania', 'north-macedonia'],
    cover: 'river-bridge',
    files: [
      {
        name: 'prespa-wetland-monitoring-report.pdf',
        title: 'Monitoring shared wetlands in the Prespa basin',
        pages: 4,
        paragraphs: [
          'Survey teams visited forty sampling points along the shoreline in May and again in September. At each point they recorded water depth, clarity and temperature, and photographed the vegetation from a fixed marker.',
          'Quillwort, a small aquatic plant that grows only in clear and shallow water, was found at eleven sampling points, against seven in the first season. Its spread is a sign that water clarity has improved in the northern bays.',
          'Reed beds have narrowed by about a tenth where grazing and cutting increased. The teams propose agreed cutting seasons, so that birds can nest undisturbed from April to July.',
          'All measurements were entered into one spreadsheet with the same units and codes on both sides, which allowed the two inspectorates to compare their results for the first time.',
        ],
      },
    ],
  },
  {
    slug: 'guide-safe-storage-small-arms-light-weapons',
    title: 'Guide to the safe storage of small arms and light weapons',
    type: 'guide',
    publishedOn: '2020-03-10',
    language: 'en',
    summary:
      'A practical guide for the staff of armouries and police stations who look after weapons and ammunition every day. It covers locks and alarms, record-keeping, regular inventories and what to do when an item goes missing.\n\nThe guide draws on assessments carried out at the request of participating States and can be used as a training handout.',
    issuedBy: ['conflict-prevention-centre'],
    fields: ['arms-control'],
    countries: [],
    files: [
      {
        name: 'safe-storage-guide.pdf',
        title: 'Guide to the safe storage of small arms and light weapons',
        pages: 5,
        paragraphs: [
          'A storage site is only as secure as its weakest door. Doors, windows and ventilation openings should be checked together, and keys should be held by at least two people who sign for them.',
          'Weapons and their ammunition are kept in separate rooms. Each rack carries a card listing what it should hold, so that a gap can be seen at a glance.',
          'A full inventory is taken at least twice a year by staff who do not work at the site. Differences are reported the same day, and the search for a missing item starts before any explanation is accepted.',
        ],
      },
    ],
  },
  {
    slug: 'factsheet-representative-on-freedom-of-the-media',
    title: 'Factsheet: the Representative on Freedom of the Media',
    type: 'factsheet',
    publishedOn: '2022-05-03',
    language: 'en',
    summary:
      'A one-page overview of what the Representative on Freedom of the Media does: early warning when media freedom is under threat, advice on legislation, and support for the safety of journalists.\n\nThe factsheet lists the main tools of the office and how journalists and editors can contact it.',
    issuedBy: ['representative-on-freedom-of-the-media'],
    fields: ['media-freedom-and-development'],
    countries: [],
    files: [
      {
        name: 'rfom-factsheet.pdf',
        title: 'The Representative on Freedom of the Media',
        pages: 1,
        paragraphs: [
          'The Representative observes media developments in all participating States and raises concerns directly with governments when journalists are threatened or laws restrict reporting.',
          'The office reviews draft media laws on request and publishes its legal analyses. It also runs projects on the safety of female journalists and on media pluralism online.',
        ],
      },
    ],
  },
  {
    slug: 'decision-cooperation-gestion-des-frontieres',
    title: 'Décision relative à la coopération en matière de gestion des frontières',
    type: 'decision',
    publishedOn: '2019-12-06',
    language: 'fr',
    summary:
      'The French text of a decision encouraging participating States to exchange information on border crossings and to train border staff together.\n\nThe decision asks the Secretariat to report each year on joint training activities and on the network of national focal points.',
    issuedBy: ['chairpersonship'],
    fields: ['border-management'],
    countries: [],
    files: [
      {
        name: 'decision-gestion-des-frontieres-fr.pdf',
        title: 'Décision relative à la coopération en matière de gestion des frontières',
        pages: 2,
        paragraphs: [
          'Les États participants, conscients que des frontières ouvertes et sûres favorisent les échanges entre les populations, décident de renforcer leur coopération en matière de gestion des frontières.',
          'Ils encouragent l’échange régulier d’informations entre les services compétents et l’organisation de formations communes pour les agents des frontières et des douanes.',
          'Le Secrétariat est chargé de présenter chaque année un rapport sur les activités menées et sur le fonctionnement du réseau des points de contact nationaux.',
        ],
      },
    ],
  },
  {
    slug: 'leitfaden-praevention-menschenhandel-lieferketten',
    title: 'Leitfaden zur Prävention von Menschenhandel in Lieferketten',
    type: 'guide',
    publishedOn: '2023-07-20',
    language: 'de',
    summary:
      'A German-language guide for public buyers and companies on spotting the risk of forced labour among their suppliers. It explains which questions to ask in a tender and how to follow up when a supplier cannot answer them.\n\nExamples come from construction, agriculture and cleaning services, where subcontracting chains are long.',
    issuedBy: ['combating-trafficking-in-human-beings'],
    fields: ['combating-trafficking-in-human-beings'],
    countries: ['germany', 'austria', 'switzerland'],
    files: [
      {
        name: 'leitfaden-lieferketten-de.pdf',
        title: 'Leitfaden zur Prävention von Menschenhandel in Lieferketten',
        pages: 3,
        paragraphs: [
          'Öffentliche Auftraggeber können bereits in der Ausschreibung verlangen, dass Bieter ihre Subunternehmer offenlegen und die Arbeitsbedingungen auf allen Stufen beschreiben.',
          'Warnzeichen sind unter anderem einbehaltene Ausweispapiere, Löhne weit unter dem üblichen Niveau und Unterkünfte, die vom Arbeitgeber gestellt und vom Lohn abgezogen werden.',
          'Wer einen Verdacht hat, sollte nicht allein ermitteln, sondern spezialisierte Beratungsstellen und die zuständigen Behörden einbeziehen.',
        ],
      },
    ],
  },
  {
    slug: 'guia-periodistas-cobertura-procesos-electorales',
    title: 'Guía para periodistas sobre la cobertura de procesos electorales',
    type: 'guide',
    publishedOn: '2025-02-11',
    language: 'es',
    summary:
      'A Spanish-language guide for reporters covering an election: how to read the legal framework, where to find official results, and how to report on complaints and appeals without taking sides.\n\nIt also gives advice on personal safety at rallies and on election night.',
    issuedBy: ['representative-on-freedom-of-the-media', 'odihr'],
    fields: ['media-freedom-and-development', 'elections'],
    countries: [],
    cover: 'city-blue',
    files: [
      {
        name: 'guia-periodistas-elecciones-es.pdf',
        title: 'Guía para periodistas sobre la cobertura de procesos electorales',
        pages: 3,
        paragraphs: [
          'Antes de la campaña conviene leer la ley electoral y el calendario oficial: así se sabe qué plazos rigen para las candidaturas, las reclamaciones y la publicación de resultados.',
          'Los resultados preliminares y los definitivos no son lo mismo. Una buena noticia explica siempre de dónde procede cada cifra y cuándo se publicó.',
          'En mítines y concentraciones, los periodistas deben identificarse con claridad y acordar de antemano un punto de encuentro con su equipo.',
        ],
      },
    ],
  },
  {
    slug: 'rapporto-giovani-prevenzione-dei-conflitti',
    title: 'Rapporto sul contributo dei giovani alla prevenzione dei conflitti',
    type: 'report',
    publishedOn: '2026-04-22',
    language: 'it',
    summary:
      'An Italian-language report on how young people take part in dialogue and conflict prevention projects, based on interviews with participants in youth exchanges across the region.\n\nIt finds that projects last longer when young people help design them, and recommends small grants that youth groups can manage themselves.',
    issuedBy: ['opportunities-for-youth'],
    fields: ['youth', 'conflict-prevention-and-resolution'],
    countries: ['italy'],
    cover: 'hills-dawn',
    files: [
      {
        name: 'rapporto-giovani-prevenzione-it.pdf',
        title: 'Il contributo dei giovani alla prevenzione dei conflitti',
        pages: 4,
        paragraphs: [
          'Sono stati intervistati oltre cento giovani tra i diciotto e i trent’anni che hanno partecipato a scambi e laboratori di dialogo negli ultimi cinque anni.',
          'La maggior parte di loro afferma che l’incontro diretto con coetanei di altre comunità ha cambiato il modo in cui parlano del conflitto in famiglia e a scuola.',
          'I progetti più duraturi sono quelli in cui i giovani hanno contribuito a definire obiettivi e attività fin dall’inizio.',
        ],
      },
    ],
  },
  {
    slug: 'secretary-general-opening-economic-environmental-forum',
    title: 'Opening address by the Secretary General to the Economic and Environmental Forum',
    type: 'speech',
    publishedOn: '2022-09-12',
    language: 'en',
    summary:
      'In this opening address, the Secretary General links energy security, clean transport and good governance, and asks delegations to bring concrete proposals to the concluding meeting.\n\nThe text is published as delivered.',
    issuedBy: ['secretary-general'],
    fields: ['economic-activities', 'environmental-activities'],
    countries: [],
    files: [
      {
        name: 'sg-opening-address-forum.pdf',
        title: 'Opening address to the Economic and Environmental Forum',
        pages: 2,
        paragraphs: [
          'Excellencies, colleagues, welcome to the first meeting of this year’s Forum. The questions before us are practical ones: how goods cross borders, how cities heat their homes, and how public money is spent in the open.',
          'Security does not begin at the border post. It begins in a municipal budget that citizens can read, and in a power grid that keeps working through a cold winter.',
          'I ask each delegation to come to the concluding meeting with one proposal that can be carried out within a year. Let us measure this Forum by what changes afterwards.',
        ],
      },
    ],
  },
  {
    slug: 'community-policing-multi-ethnic-neighbourhoods',
    title: 'Community policing in multi-ethnic neighbourhoods: lessons from the field',
    type: 'report',
    publishedOn: '2019-11-05',
    language: 'en',
    summary:
      'Local safety councils, regular neighbourhood meetings and mixed patrols are three tools examined in this report, each drawn from several years of work with municipalities and police stations.\n\nThe report describes what made the councils last, where they stalled, and how residents came to report incidents they had kept to themselves before.',
    issuedBy: ['mission-in-kosovo'],
    fields: ['policing', 'tolerance-and-non-discrimination'],
    countries: [],
    cover: 'city-night',
    files: [
      {
        name: 'community-policing-lessons.pdf',
        title: 'Community policing in multi-ethnic neighbourhoods',
        pages: 4,
        paragraphs: [
          'Safety councils brought together police officers, teachers, religious leaders and residents once a month. Where the mayor attended in person, decisions were followed up within weeks.',
          'Mixed patrols were most effective when officers spoke the languages of the neighbourhood and stayed assigned to the same area for at least a year.',
          'Residents reported more incidents once they could do so by telephone or through a trusted community member, without going to the station.',
        ],
      },
    ],
  },
  {
    slug: 'factsheet-mission-to-moldova',
    title: 'Factsheet: the Mission to Moldova',
    type: 'factsheet',
    publishedOn: '2023-03-01',
    language: 'en',
    summary:
      'A short overview of the Mission to Moldova: its mandate in the settlement process, its work on confidence-building between the two banks of the Dniester/Nistru, and its projects on human rights and gender equality.',
    issuedBy: ['mission-to-moldova'],
    fields: ['conflict-prevention-and-resolution', 'human-rights'],
    countries: ['moldova'],
    files: [
      {
        name: 'mission-to-moldova-factsheet.pdf',
        title: 'The Mission to Moldova',
        pages: 1,
        paragraphs: [
          'The Mission supports negotiations towards a comprehensive settlement and facilitates practical agreements that make daily life easier for people on both banks of the river.',
          'Its confidence-building projects bring together teachers, doctors, journalists and entrepreneurs from both banks.',
        ],
      },
    ],
  },
  {
    slug: 'guide-cyber-confidence-building-points-of-contact',
    title: 'Guide to cyber confidence-building measures for national points of contact',
    type: 'guide',
    publishedOn: '2021-10-18',
    language: 'en',
    summary:
      'National points of contact are the people who answer when another State asks about a cyber incident. This guide explains what is expected of them, how to test the contact list, and how to reply when a request arrives outside working hours.\n\nIt includes a model message for the first contact after an incident.',
    issuedBy: ['transnational-threats-department'],
    fields: ['cyber-ict-security'],
    countries: [],
    files: [
      {
        name: 'cyber-cbm-points-of-contact-guide.pdf',
        title: 'Cyber confidence-building measures: a guide for points of contact',
        pages: 3,
        paragraphs: [
          'A point of contact confirms receipt of a request within the agreed time, even when no answer on substance can be given yet. Silence is more likely to be misread than a short note.',
          'Contact lists are tested every quarter. A test message that goes unanswered is followed up by telephone the next working day.',
          'The first message after an incident states what is known, what is not yet known and when the next update will follow.',
        ],
      },
    ],
  },
  {
    slug: 'decision-action-plan-gender-equality-field-operations',
    title: 'Decision on an action plan for gender equality in the field operations, 2025–2027',
    type: 'decision',
    publishedOn: '2024-12-05',
    language: 'en',
    summary:
      'This decision sets three-year targets for gender balance among the staff of field operations and asks every operation to include gender analysis in the design of its projects.\n\nProgress is to be reported each year to the participating States.',
    issuedBy: ['chairpersonship', 'gender-issues-programme'],
    fields: ['gender-equality'],
    countries: [],
    files: [
      {
        name: 'decision-gender-action-plan-2025-2027.pdf',
        title: 'Decision on an action plan for gender equality in the field operations',
        pages: 2,
        paragraphs: [
          'The participating States decide to adopt an action plan for gender equality in the field operations for the years 2025 to 2027.',
          'Each field operation shall analyse how its projects affect women and men differently and report the results in its yearly programme outline.',
          'The Secretary General is requested to report on progress towards the staffing targets at the end of each year.',
        ],
      },
    ],
  },
  {
    slug: 'roma-sinti-inclusion-local-government-handbook',
    title: 'Roma and Sinti inclusion in local government: a handbook for municipalities',
    type: 'handbook',
    publishedOn: '2020-08-27',
    language: 'en',
    summary:
      'Municipalities are where inclusion policies succeed or fail. This handbook shows mayors and council staff how to involve Roma and Sinti residents in local planning, how to use mediators in schools and health centres, and how to measure results.\n\nAn annex offers templates for a local action plan and a yearly review.',
    issuedBy: ['odihr'],
    fields: ['roma-and-sinti', 'tolerance-and-non-discrimination'],
    countries: [],
    cover: 'hills-autumn',
    files: [
      {
        name: 'roma-sinti-local-government-handbook.pdf',
        title: 'Roma and Sinti inclusion in local government',
        pages: 6,
        paragraphs: [
          'A local action plan starts with a meeting in the neighbourhood itself, not in the town hall. Residents name the problems they want solved first.',
          'School and health mediators from the community have reduced absences and missed vaccinations in many towns, when they were paid on time and given a clear role.',
          'Results should be measured in a few simple figures that the council reviews every year, such as enrolment, registration of births and access to running water.',
        ],
      },
      {
        name: 'local-action-plan-templates.pdf',
        title: 'Annex: templates for a local action plan',
        pages: 2,
        paragraphs: [
          'Template 1 lists each measure with the office responsible, the budget line, the deadline and the figure used to check progress.',
          'Template 2 is a yearly review that compares planned and actual results and records what residents said at the review meeting.',
        ],
      },
    ],
  },
  {
    slug: 'water-cooperation-central-asia-report',
    title: 'Sharing rivers: a report on water co-operation in Central Asia',
    type: 'report',
    publishedOn: '2025-06-05',
    language: 'en',
    summary:
      'Rivers that cross borders need agreements that work in dry years as well as wet ones. This report reviews how local water user associations, basin councils and joint commissions have managed allocation along smaller rivers shared by neighbouring States.\n\nIt recommends shared early warning for floods and mudflows, and regular exchange of flow data.',
    issuedBy: ['economic-and-environmental-activities', 'programme-office-in-dushanbe', 'programme-office-in-bishkek'],
    fields: ['environmental-activities', 'economic-activities'],
    countries: ['tajikistan', 'kyrgyzstan', 'uzbekistan'],
    cover: 'wind-turbines',
    files: [
      {
        name: 'water-cooperation-central-asia.pdf',
        title: 'Sharing rivers: water co-operation in Central Asia',
        pages: 5,
        paragraphs: [
          'Along the smaller rivers, most disputes concern the timing of releases rather than the total volume of water. A phone call between neighbouring gatekeepers has often settled what letters could not.',
          'Basin councils that include farmers, local authorities and environmental inspectors meet before and after each irrigation season.',
          'Automatic gauges installed upstream now send flow data every hour to both sides, giving villages downstream time to prepare for floods and mudflows.',
        ],
      },
    ],
  },
  {
    slug: 'guide-droits-minorites-nationales-education',
    title: 'Guide pratique sur les droits des minorités nationales dans l’éducation',
    type: 'guide',
    publishedOn: '2022-11-29',
    language: 'fr',
    summary:
      'A French-language guide for ministries of education and school boards on teaching in and of minority languages, on shared history lessons, and on the participation of parents from minority communities in school life.',
    issuedBy: ['high-commissioner-on-national-minorities'],
    fields: ['national-minority-issues', 'education'],
    countries: [],
    files: [
      {
        name: 'guide-minorites-education-fr.pdf',
        title: 'Guide pratique sur les droits des minorités nationales dans l’éducation',
        pages: 3,
        paragraphs: [
          'L’enseignement dans la langue maternelle pendant les premières années de scolarité facilite l’apprentissage de la langue officielle par la suite.',
          'Des manuels d’histoire rédigés par des équipes mixtes permettent aux élèves de découvrir plusieurs points de vue sur les mêmes événements.',
          'Les parents issus des minorités doivent pouvoir participer aux conseils d’école et recevoir les informations dans une langue qu’ils comprennent.',
        ],
      },
    ],
  },
  {
    slug: 'chairperson-in-office-address-permanent-council-2026',
    title: 'Address by the Chairperson-in-Office to the Permanent Council',
    type: 'speech',
    publishedOn: '2026-01-15',
    language: 'en',
    summary:
      'At the start of the year, the Chairperson-in-Office sets out the priorities of the Chairpersonship: keeping channels of dialogue open, supporting the field operations, and preparing decisions that the participating States can agree on by consensus.',
    issuedBy: ['chairpersonship'],
    fields: ['conflict-prevention-and-resolution'],
    countries: [],
    files: [
      {
        name: 'cio-address-permanent-council.pdf',
        title: 'Address by the Chairperson-in-Office to the Permanent Council',
        pages: 2,
        paragraphs: [
          'Mr Chair, ambassadors, thank you for the welcome. Our Organization was built for difficult times, and this year will test the habit of dialogue that it has kept alive for half a century.',
          'The Chairpersonship will visit field operations in its first hundred days, to listen to the people who carry out our decisions.',
          'We will bring forward only proposals that have been discussed with every delegation first. Consensus is slow, but what it produces lasts.',
        ],
      },
    ],
  },
  {
    slug: 'factsheet-border-security-management-focal-points',
    title: 'Factsheet: the network of national focal points for border security and management',
    type: 'factsheet',
    publishedOn: '2020-02-14',
    language: 'en',
    summary:
      'How the network of national focal points for border security and management works: who the focal points are, how they exchange information, and how to join the yearly meeting.',
    issuedBy: ['transnational-threats-department'],
    fields: ['border-management'],
    countries: [],
    files: [
      {
        name: 'border-focal-points-factsheet.pdf',
        title: 'National focal points for border security and management',
        pages: 1,
        paragraphs: [
          'Each participating State may name one focal point, usually in its border guard or ministry of the interior, who receives and shares information on border issues.',
          'Focal points meet once a year and exchange good practice through a closed online platform between meetings.',
        ],
      },
    ],
  },
  {
    slug: 'judicial-independence-south-eastern-europe-report',
    title: 'Judicial independence in South-Eastern Europe: a comparative report',
    type: 'report',
    publishedOn: '2023-10-09',
    language: 'en',
    summary:
      'How judges are appointed, evaluated and disciplined in three neighbouring systems is compared in this report, built on trial monitoring and interviews with judges, prosecutors and lawyers.\n\nA short summary of the findings is published alongside the full report.',
    issuedBy: ['mission-to-serbia', 'mission-to-montenegro', 'mission-to-bosnia-and-herzegovina'],
    fields: ['rule-of-law'],
    countries: ['serbia', 'montenegro', 'bosnia-and-herzegovina'],
    files: [
      {
        name: 'judicial-independence-comparative-report.pdf',
        title: 'Judicial independence in South-Eastern Europe',
        pages: 6,
        paragraphs: [
          'In all three systems, judicial councils now select most judges. Their decisions are more often explained in writing than five years ago, but the reasons given remain brief.',
          'Evaluations of judges rely heavily on the number of cases closed. Judges interviewed said this encourages them to postpone complex cases.',
          'Disciplinary proceedings were rare and slow. Where they concluded, the decisions were seldom published, which leaves the public unaware of how misconduct is handled.',
        ],
      },
      {
        name: 'judicial-independence-summary.pdf',
        title: 'Judicial independence in South-Eastern Europe: summary of findings',
        pages: 1,
        paragraphs: [
          'Selection by judicial councils has become the rule; written reasons should be fuller.',
          'Evaluation should weigh the quality of decisions, not only their number. Disciplinary decisions should be published.',
        ],
      },
    ],
  },
  {
    slug: 'handbuch-ausbildung-wahlhelfer',
    title: 'Handbuch für die Ausbildung von Wahlhelferinnen und Wahlhelfern',
    type: 'handbook',
    publishedOn: '2026-09-08',
    language: 'de',
    summary:
      'A German-language handbook for those who train polling station staff. It proposes a one-day course with role plays on opening the station, helping voters with disabilities, and counting the votes.',
    issuedBy: ['odihr'],
    fields: ['elections'],
    countries: ['germany', 'austria'],
    files: [
      {
        name: 'handbuch-wahlhelfer-de.pdf',
        title: 'Handbuch für die Ausbildung von Wahlhelferinnen und Wahlhelfern',
        pages: 4,
        paragraphs: [
          'Die Schulung beginnt mit einem Rundgang durch ein nachgebautes Wahllokal, damit alle Teilnehmenden den Ablauf einmal selbst sehen.',
          'In Rollenspielen üben die Wahlhelferinnen und Wahlhelfer, wie sie Wählenden mit Behinderungen helfen, ohne das Wahlgeheimnis zu verletzen.',
          'Die Auszählung wird zweimal geübt: einmal langsam mit Erklärungen und einmal unter Zeitdruck, wie am Wahlabend.',
        ],
      },
    ],
  },
  {
    slug: 'media-pluralism-digital-age-report',
    title: 'Media pluralism in the digital age: a report on local news',
    type: 'report',
    publishedOn: '2026-11-03',
    language: 'en',
    summary:
      'Local newsrooms have shrunk as advertising moved online, leaving many towns without a reporter of their own. This report maps the gaps and reviews support schemes that keep local journalism independent.\n\nIt recommends transparent criteria for public support and clear rules on the ownership of media outlets.',
    issuedBy: ['representative-on-freedom-of-the-media'],
    fields: ['media-freedom-and-development'],
    countries: [],
    cover: 'harbour',
    files: [
      {
        name: 'media-pluralism-local-news.pdf',
        title: 'Media pluralism in the digital age: local news',
        pages: 5,
        paragraphs: [
          'In a third of the regions studied, no newsroom had a reporter covering the municipal council on a regular basis.',
          'Support schemes work best when an independent body chooses the recipients on published criteria, and when the money is committed for several years.',
          'Readers should be able to find out who owns a news outlet. Several participating States now publish ownership registers online.',
        ],
      },
    ],
  },
];
