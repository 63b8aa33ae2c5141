import type { EventStatus } from '@/lib/enums';

/**
 * A demo event. Dates are relative to the day the seed runs, so that the demo always has upcoming and past events;
 * times are whole hours on the clock of the venue.
 */
export interface EventSeed {
  slug: string;
  title: string;
  lead: string;
  /** Paragraphs separated by blank lines. */
  body: string;
  /** The first day, in days from the seed's "now" (negative: in the past). */
  day: number;
  /** How many calendar days it spans (default 1). */
  days?: number;
  /** Local times at the venue, "HH:00". */
  starts: string;
  ends: string;
  timeZone: string;
  venue?: string;
  city?: string;
  /** Country slug. */
  country?: string;
  online?: boolean;
  /** Meeting series slug. */
  series?: string;
  status?: EventStatus;
  structures: string[];
  fields: string[];
}

const vienna = { timeZone: 'Europe/Vienna', venue: 'Hofburg', city: 'Vienna', country: 'austria' } as const;

// Original demo text: the series, structures, places and fields of work are real, the events and words are not.
export const eventSeeds: EventSeed[] = [
  // Upcoming
  {
    slug: 'permanent-council-western-balkans-field-operations',
    title: 'Permanent Council hears the heads of the Western Balkans field operations',
    lead: 'The heads of five field operations report to the participating States on their work over the past six months.',
    body: `Each head of mission presents a written report and answers questions from delegations. The reports cover rule of law, media freedom, inter-ethnic relations and co-operation with host authorities.

The meeting is open to delegations of the participating States and the Partners for Co-operation. A summary of the statements will be published after the meeting.`,
    day: 6,
    starts: '10:00',
    ends: '13:00',
    ...vienna,
    series: 'plenary-meetings-of-the-permanent-council',
    structures: ['chairpersonship', 'mission-to-serbia', 'mission-to-skopje', 'mission-to-montenegro'],
    fields: ['conflict-prevention-and-resolution', 'good-governance'],
  },
  {
    slug: 'permanent-council-unified-budget-outline',
    title: "Permanent Council discusses the outline of next year's unified budget",
    lead: "The Secretary General presents the outline of the Organization's budget proposal for the coming year.",
    body: `The outline sets out the priorities of the executive structures and the resources they request. Delegations give first reactions before detailed negotiations begin in the Advisory Committee on Management and Finance.

The meeting continues in the afternoon with a closed session on staffing and extra-budgetary contributions.`,
    day: 34,
    starts: '10:00',
    ends: '16:00',
    ...vienna,
    series: 'plenary-meetings-of-the-permanent-council',
    structures: ['chairpersonship', 'secretary-general', 'management-and-finance'],
    fields: ['good-governance'],
  },
  {
    slug: 'fsc-plenary-small-arms-and-ammunition',
    title: 'Forum for Security Co-operation: plenary on small arms and conventional ammunition',
    lead: 'Delegations review assistance projects on the safe storage and destruction of surplus weapons and ammunition.',
    body: `Experts from three participating States that received assistance describe what has changed at their storage sites. Donors explain how projects are chosen and funded.

The Forum also takes note of the annual exchange of information on small arms exports and imports.`,
    day: 13,
    starts: '10:00',
    ends: '13:00',
    ...vienna,
    series: 'plenary-meetings-of-the-forum-for-security-co-operation',
    structures: ['conflict-prevention-centre'],
    fields: ['arms-control'],
  },
  {
    slug: 'fsc-security-dialogue-women-in-armed-forces',
    title: 'Security Dialogue on women in the armed forces',
    lead: 'A Security Dialogue on recruiting, retaining and promoting women in the armed forces of the participating States.',
    body: `Speakers from defence ministries share data on the share of women in their forces and describe measures that worked, from mentoring schemes to changes in equipment and facilities.

The dialogue has been postponed at the request of the Chair of the Forum. New dates will be announced on this page.`,
    day: 55,
    starts: '10:00',
    ends: '13:00',
    ...vienna,
    series: 'plenary-meetings-of-the-forum-for-security-co-operation',
    status: 'postponed',
    structures: ['conflict-prevention-centre', 'gender-issues-programme'],
    fields: ['arms-control', 'gender-equality'],
  },
  {
    slug: 'annual-security-review-conference',
    title: 'Annual Security Review Conference',
    lead: 'Three days of discussion on the politico-military dimension of security: early warning, arms control and transnational threats.',
    body: `The conference opens with a session on the state of European security, followed by working sessions on conflict cycle tools, conventional arms control and confidence-building, and on threats that cross borders, such as terrorism and organised crime.

Each working session starts with short statements by invited experts, after which delegations take the floor. Civil society and academic experts are invited to the side events.

A consolidated summary with the recommendations made by participants will be issued by the Chairpersonship after the conference.`,
    day: 90,
    days: 3,
    starts: '10:00',
    ends: '18:00',
    ...vienna,
    series: 'security-review-conferences',
    structures: ['chairpersonship', 'conflict-prevention-centre', 'transnational-threats-department'],
    fields: ['conflict-prevention-and-resolution', 'arms-control', 'countering-terrorism'],
  },
  {
    slug: 'annual-implementation-assessment-meeting-csbm',
    title: 'Annual Implementation Assessment Meeting on confidence- and security-building measures',
    lead: 'Participating States assess how they have applied the agreed confidence- and security-building measures over the past year.',
    body: `Working sessions look at the annual exchange of military information, risk reduction mechanisms, and inspections and evaluation visits. Participants also discuss proposals to bring the measures up to date.

The Conflict Prevention Centre presents its yearly statistics on the information exchanged between participating States.`,
    day: 120,
    days: 2,
    starts: '10:00',
    ends: '17:00',
    ...vienna,
    series: 'annual-implementation-assessment-meetings',
    structures: ['conflict-prevention-centre'],
    fields: ['arms-control'],
  },
  {
    slug: 'economic-and-environmental-forum-hydropower-shared-rivers',
    title: 'Concluding meeting of the Economic and Environmental Forum: hydropower and shared rivers',
    lead: 'The Forum closes its cycle with a meeting on how countries sharing a river can plan hydropower together.',
    body: `Rivers cross borders, and decisions taken upstream are felt downstream. The concluding meeting brings together energy and water officials, river basin organisations and researchers to discuss joint planning, data sharing and the settlement of disputes over water.

The recommendations of the two preparatory meetings will be presented and discussed. They will feed into the decisions prepared for the Ministerial Council.`,
    day: 150,
    days: 2,
    starts: '09:00',
    ends: '18:00',
    timeZone: 'Europe/Prague',
    venue: 'Czernin Palace',
    city: 'Prague',
    country: 'czech-republic',
    series: 'economic-and-environmental-forum',
    structures: ['economic-and-environmental-activities', 'chairpersonship'],
    fields: ['environmental-activities', 'economic-activities'],
  },
  {
    slug: 'economic-and-environmental-forum-preparatory-meeting-tashkent',
    title: 'Economic and Environmental Forum, first preparatory meeting: water, energy and connectivity in Central Asia',
    lead: 'The first preparatory meeting of this year’s Forum takes place in Tashkent.',
    body: `Central Asian countries share river basins, power grids and transport corridors. The meeting looks at how closer co-operation on each of these can reduce tensions and support growth.

Field operations in the region will present the projects they run with host governments, including early warning for floods and mudflows.`,
    day: 45,
    days: 2,
    starts: '09:00',
    ends: '17:00',
    timeZone: 'Asia/Tashkent',
    city: 'Tashkent',
    country: 'uzbekistan',
    series: 'economic-and-environmental-forum',
    structures: ['economic-and-environmental-activities', 'project-co-ordinator-in-uzbekistan'],
    fields: ['environmental-activities', 'economic-activities'],
  },
  {
    slug: 'warsaw-human-dimension-conference-civic-space',
    title: 'Warsaw Human Dimension Conference: civic space and human rights defenders',
    lead: 'The largest annual human rights conference in the region, with delegations and civil society organisations on an equal footing.',
    body: `Over five days, working sessions cover freedom of association and assembly, the protection of human rights defenders, democratic elections, tolerance and non-discrimination, and the rule of law.

Civil society organisations registered in advance may take the floor in every session and hold side events.

Registration opens eight weeks before the conference; a live stream of the plenary sessions is available on this website.`,
    day: 200,
    days: 5,
    starts: '10:00',
    ends: '18:00',
    timeZone: 'Europe/Warsaw',
    venue: 'Polonia Palace',
    city: 'Warsaw',
    country: 'poland',
    series: 'human-rights-meetings',
    structures: ['odihr', 'chairpersonship'],
    fields: ['human-rights', 'democratization', 'tolerance-and-non-discrimination'],
  },
  {
    slug: 'supplementary-human-dimension-meeting-freedom-of-assembly',
    title: 'Supplementary Human Dimension Meeting on freedom of peaceful assembly',
    lead: 'Officials, police and civil society compare how assemblies are facilitated, policed and monitored.',
    body: `The meeting draws on the findings of assembly monitoring carried out in recent years. Sessions deal with notification rules, the use of force and the role of independent monitors.

Police commanders will describe how they plan for large demonstrations and counter-demonstrations.`,
    day: 24,
    days: 2,
    starts: '10:00',
    ends: '17:00',
    ...vienna,
    series: 'human-rights-meetings',
    structures: ['odihr'],
    fields: ['human-rights', 'rule-of-law', 'policing'],
  },
  {
    slug: 'south-east-europe-media-conference-tirana',
    title: 'South East Europe Media Conference',
    lead: 'Journalists, editors, regulators and officials from the region meet in Tirana.',
    body: `This year the conference focuses on the economic pressures on local newsrooms and on the safety of journalists who report on corruption.

Panels bring together public service broadcasters, independent outlets and media regulators. A workshop for young journalists takes place on the second day.`,
    day: 70,
    days: 2,
    starts: '09:00',
    ends: '17:00',
    timeZone: 'Europe/Tirane',
    city: 'Tirana',
    country: 'albania',
    series: 'media-conferences',
    structures: ['representative-on-freedom-of-the-media', 'presence-in-albania'],
    fields: ['media-freedom-and-development'],
  },
  {
    slug: 'cyber-ict-security-conference-confidence-building-in-practice',
    title: 'Cyber/ICT security conference: putting confidence-building measures into practice',
    lead: 'An online conference on how the agreed cyber confidence-building measures work when an incident occurs.',
    body: `Points of contact from national authorities walk through a fictional incident that affects several countries and show which channels they would use to reduce the risk of misunderstanding.

The conference is held online; registered participants receive the connection details a week in advance.`,
    day: 100,
    starts: '10:00',
    ends: '15:00',
    timeZone: 'Europe/Vienna',
    online: true,
    series: 'cyber-ict-security-conferences',
    structures: ['transnational-threats-department'],
    fields: ['cyber-ict-security'],
  },
  {
    slug: 'alliance-against-trafficking-conference-technology',
    title: 'Alliance against Trafficking in Persons conference: technology as a tool and a threat',
    lead: 'How traffickers use online platforms, and how investigators and platforms can use technology against them.',
    body: `Traffickers recruit, advertise and move money online. Investigators, technology companies and survivors’ organisations discuss what detection tools can achieve and where they raise concerns for privacy.

The conference was planned in the Hofburg and has been moved online. Registered participants will receive a link.`,
    day: 130,
    days: 2,
    starts: '10:00',
    ends: '17:00',
    ...vienna,
    series: 'conference-of-the-alliance-against-trafficking-in-persons',
    status: 'moved_online',
    structures: ['combating-trafficking-in-human-beings'],
    fields: ['combating-trafficking-in-human-beings', 'cyber-ict-security'],
  },
  {
    slug: 'mediterranean-conference-migration-climate-security',
    title: 'OSCE Mediterranean Conference on migration, climate and security',
    lead: 'Participating States and the Mediterranean Partners for Co-operation discuss how a changing climate affects movement and stability around the sea they share.',
    body: `Sessions look at drought and food security, the protection of people on the move and regional co-operation on search and rescue.

Each Mediterranean Partner is invited to present its own priorities for co-operation in the coming year.`,
    day: 250,
    days: 2,
    starts: '09:00',
    ends: '17:00',
    timeZone: 'Europe/Malta',
    city: 'Valletta',
    country: 'malta',
    series: 'annual-osce-mediterranean-conferences',
    structures: ['chairpersonship', 'secretary-general'],
    fields: ['migration', 'environmental-activities'],
  },
  {
    slug: 'asian-conference-connectivity-sustainable-security',
    title: 'OSCE Asian Conference on connectivity and sustainable security',
    lead: 'The Asian Partners for Co-operation and the participating States meet in Bangkok.',
    body: `Transport links, energy trade and digital networks tie Asia and Europe ever closer. The conference asks how this connectivity can strengthen security rather than create new dependencies.

The host country will present its experience of regional co-operation in South-East Asia.`,
    day: 300,
    days: 2,
    starts: '09:00',
    ends: '17:00',
    timeZone: 'Asia/Bangkok',
    city: 'Bangkok',
    country: 'thailand',
    series: 'annual-osce-asian-conferences',
    structures: ['chairpersonship', 'secretary-general'],
    fields: ['economic-activities', 'conflict-prevention-and-resolution'],
  },
  {
    slug: 'ministerial-council-annual-meeting',
    title: 'Ministerial Council: annual meeting of foreign ministers',
    lead: 'Foreign ministers of the participating States meet to review the year and take decisions.',
    body: `The Ministerial Council is the Organization’s central decision-making body. Ministers deliver statements in the plenary and negotiate decisions and declarations prepared during the year.

Side events on the margins of the meeting are organised by delegations, field operations and civil society.

Accreditation for media opens six weeks before the meeting.`,
    day: 340,
    days: 2,
    starts: '09:00',
    ends: '18:00',
    ...vienna,
    series: 'ministerial-council-meetings',
    structures: ['chairpersonship', 'secretariat'],
    fields: ['conflict-prevention-and-resolution', 'good-governance'],
  },
  {
    slug: 'regional-workshop-border-security-dushanbe',
    title: 'Regional workshop on border security and management',
    lead: 'Border guards from Central Asia were to meet in Dushanbe to exchange practice on patrolling remote mountain sections.',
    body: `The workshop was planned to cover risk analysis, joint patrols and the handling of people who cross irregularly.

It has been cancelled. The organisers intend to hold a shorter meeting later in the year instead.`,
    day: 18,
    days: 3,
    starts: '09:00',
    ends: '17:00',
    timeZone: 'Asia/Dushanbe',
    city: 'Dushanbe',
    country: 'tajikistan',
    status: 'cancelled',
    structures: ['programme-office-in-dushanbe', 'transnational-threats-department'],
    fields: ['border-management', 'countering-terrorism'],
  },
  {
    slug: 'youth-forum-dialogue-and-trust-skopje',
    title: 'Youth forum on dialogue and trust in South-Eastern Europe',
    lead: 'Young people from across the region meet to work on joint projects that build trust between communities.',
    body: `Participants aged 18 to 30 work in mixed teams on projects they will carry out at home over the following year, from school exchanges to shared media productions.

The forum has been postponed; the new dates will be confirmed with the host.`,
    day: 60,
    days: 2,
    starts: '10:00',
    ends: '17:00',
    timeZone: 'Europe/Skopje',
    city: 'Skopje',
    country: 'north-macedonia',
    status: 'postponed',
    structures: ['mission-to-skopje', 'opportunities-for-youth'],
    fields: ['youth', 'education'],
  },

  // Past
  {
    slug: 'permanent-council-address-by-the-chairperson-in-office',
    title: 'Permanent Council addressed by the Chairperson-in-Office',
    lead: 'The Chairperson-in-Office set out the Chairpersonship’s assessment of the year so far.',
    body: `The Chairperson-in-Office reported on visits to field operations and on the Chairpersonship’s work on protracted conflicts. Delegations responded in turn.`,
    day: -5,
    starts: '10:00',
    ends: '13:00',
    ...vienna,
    series: 'plenary-meetings-of-the-permanent-council',
    structures: ['chairpersonship'],
    fields: ['conflict-prevention-and-resolution'],
  },
  {
    slug: 'permanent-council-reviews-mission-to-moldova',
    title: 'Permanent Council reviews the work of the Mission to Moldova',
    lead: 'The Head of Mission presented the Mission’s regular report to the participating States.',
    body: `The report covered confidence-building measures between the two banks of the Dniester/Nistru river, as well as the Mission’s work on human rights and media.

Delegations welcomed practical steps agreed in the settlement process and asked about the Mission’s plans for the coming year.`,
    day: -40,
    starts: '10:00',
    ends: '13:00',
    ...vienna,
    series: 'plenary-meetings-of-the-permanent-council',
    structures: ['chairpersonship', 'mission-to-moldova'],
    fields: ['conflict-prevention-and-resolution'],
  },
  {
    slug: 'fsc-plenary-exchange-of-military-information',
    title: 'Forum for Security Co-operation: plenary on the exchange of military information',
    lead: 'A plenary on the quality and timeliness of the annual exchange of military information.',
    body: `The plenary was cancelled after the Chair of the Forum moved its agenda items to the following week.`,
    day: -20,
    starts: '10:00',
    ends: '13:00',
    ...vienna,
    series: 'plenary-meetings-of-the-forum-for-security-co-operation',
    status: 'cancelled',
    structures: ['conflict-prevention-centre'],
    fields: ['arms-control', 'reform-and-co-operation-in-the-security-sector'],
  },
  {
    slug: 'security-review-conference-early-warning',
    title: 'Annual Security Review Conference: early warning and crisis response',
    lead: 'Participants discussed how warnings of a coming crisis can lead to action in time.',
    body: `The conference examined the tools available to the Chairpersonship and the Secretariat, from the situation room to special representatives, and why warnings are sometimes not acted upon.

Working sessions also dealt with arms control and with the links between organised crime and terrorism.`,
    day: -270,
    days: 3,
    starts: '10:00',
    ends: '18:00',
    ...vienna,
    series: 'security-review-conferences',
    structures: ['chairpersonship', 'conflict-prevention-centre'],
    fields: ['conflict-prevention-and-resolution', 'arms-control'],
  },
  {
    slug: 'annual-implementation-assessment-meeting-verification',
    title: 'Annual Implementation Assessment Meeting: verification and inspections',
    lead: 'Experts compared notes on inspections and evaluation visits carried out during the year.',
    body: `Inspectors described practical difficulties they met, such as weather and access to remote areas, and suggested ways of planning visits better.

A session on risk reduction looked at the mechanisms for consultation about unusual military activities.`,
    day: -235,
    days: 2,
    starts: '10:00',
    ends: '17:00',
    ...vienna,
    series: 'annual-implementation-assessment-meetings',
    structures: ['conflict-prevention-centre'],
    fields: ['arms-control'],
  },
  {
    slug: 'economic-and-environmental-forum-digital-transformation',
    title: 'Economic and Environmental Forum: digital transformation and good governance',
    lead: 'The concluding meeting of last year’s Forum asked how digital public services can reduce corruption.',
    body: `Speakers showed how open procurement data, online company registers and electronic tax filing make abuse harder to hide. Others warned that digital services must reach people without fast internet.

The meeting’s recommendations were forwarded to the Economic and Environmental Committee.`,
    day: -210,
    days: 2,
    starts: '09:00',
    ends: '18:00',
    timeZone: 'Europe/Prague',
    venue: 'Czernin Palace',
    city: 'Prague',
    country: 'czech-republic',
    series: 'economic-and-environmental-forum',
    structures: ['economic-and-environmental-activities'],
    fields: ['economic-activities', 'good-governance'],
  },
  {
    slug: 'economic-and-environmental-dimension-implementation-meeting',
    title: 'Economic and Environmental Dimension Implementation Meeting',
    lead: 'A review of how participating States implement their economic and environmental commitments.',
    body: `Three sessions covered good governance and anti-money laundering, energy security, and disaster risk reduction. Participants pointed to gaps in implementation and suggested topics for future Forums.`,
    day: -300,
    days: 2,
    starts: '10:00',
    ends: '17:00',
    ...vienna,
    series: 'economic-and-environmental-dimension-implementation-meetings',
    structures: ['economic-and-environmental-activities'],
    fields: ['economic-activities', 'good-governance', 'environmental-activities'],
  },
  {
    slug: 'warsaw-human-dimension-conference-rule-of-law',
    title: 'Warsaw Human Dimension Conference: rule of law and independent courts',
    lead: 'Delegations and civil society reviewed commitments on the rule of law and the independence of the judiciary.',
    body: `Judges, lawyers and activists spoke about pressure on courts, the appointment of judges and access to justice for people on low incomes.

More than three hundred civil society organisations registered for the conference.`,
    day: -160,
    days: 5,
    starts: '10:00',
    ends: '18:00',
    timeZone: 'Europe/Warsaw',
    venue: 'Polonia Palace',
    city: 'Warsaw',
    country: 'poland',
    series: 'human-rights-meetings',
    structures: ['odihr', 'chairpersonship'],
    fields: ['rule-of-law', 'human-rights'],
  },
  {
    slug: 'central-asia-media-conference-bishkek',
    title: 'Central Asia Media Conference: the safety of journalists online',
    lead: 'Journalists from the five Central Asian countries discussed online harassment and how to respond to it.',
    body: `Participants described smear campaigns, threats and the misuse of personal data. Lawyers and platform representatives explained the remedies available.

The conference adopted a declaration calling for better protection of journalists, in particular women journalists, who are targeted most often.`,
    day: -120,
    days: 2,
    starts: '09:00',
    ends: '17:00',
    timeZone: 'Asia/Bishkek',
    city: 'Bishkek',
    country: 'kyrgyzstan',
    series: 'media-conferences',
    structures: ['representative-on-freedom-of-the-media', 'programme-office-in-bishkek'],
    fields: ['media-freedom-and-development'],
  },
  {
    slug: 'cyber-ict-security-conference-critical-infrastructure',
    title: 'Cyber/ICT security conference on protecting critical infrastructure',
    lead: 'Officials and operators discussed attacks on power grids, water supply and hospitals.',
    body: `Operators of critical infrastructure described incidents they had dealt with and how information was shared with authorities in other countries.

Planned in Vienna, the conference was moved online and drew participants from forty participating States.`,
    day: -190,
    days: 2,
    starts: '10:00',
    ends: '16:00',
    ...vienna,
    series: 'cyber-ict-security-conferences',
    status: 'moved_online',
    structures: ['transnational-threats-department'],
    fields: ['cyber-ict-security'],
  },
  {
    slug: 'alliance-against-trafficking-conference-labour-exploitation',
    title: 'Alliance against Trafficking in Persons conference on labour exploitation in supply chains',
    lead: 'Governments, businesses and trade unions discussed how to keep forced labour out of supply chains.',
    body: `Speakers presented public procurement rules that require suppliers to check their own suppliers, and the experience of companies that found exploitation in their chains.

Survivors of trafficking took part in the closing panel on remedies and compensation.`,
    day: -330,
    days: 2,
    starts: '10:00',
    ends: '17:00',
    ...vienna,
    series: 'conference-of-the-alliance-against-trafficking-in-persons',
    structures: ['combating-trafficking-in-human-beings'],
    fields: ['combating-trafficking-in-human-beings'],
  },
  {
    slug: 'gender-equality-review-conference',
    title: 'Gender Equality Review Conference',
    lead: 'A review of progress on equality between women and men across the participating States and the Organization itself.',
    body: `Sessions covered women’s participation in political life and peace processes, violence against women, and economic empowerment.

The Organization also reported on gender balance among its own staff and heads of field operations.`,
    day: -400,
    days: 2,
    starts: '10:00',
    ends: '17:00',
    ...vienna,
    series: 'gender-equality-review-conferences',
    structures: ['gender-issues-programme', 'odihr'],
    fields: ['gender-equality'],
  },
  {
    slug: 'mediterranean-conference-youth-green-transition',
    title: 'OSCE Mediterranean Conference on youth and the green transition',
    lead: 'Young entrepreneurs and officials from both shores of the Mediterranean discussed jobs in a changing economy.',
    body: `The conference looked at training for new skills, access to finance for young entrepreneurs and regional projects on renewable energy.

Delegations of the Mediterranean Partners for Co-operation presented national youth strategies.`,
    day: -140,
    days: 2,
    starts: '09:00',
    ends: '17:00',
    timeZone: 'Europe/Rome',
    city: 'Rome',
    country: 'italy',
    series: 'annual-osce-mediterranean-conferences',
    structures: ['chairpersonship', 'secretary-general'],
    fields: ['youth', 'environmental-activities'],
  },
  {
    slug: 'asian-conference-emerging-security-challenges',
    title: 'OSCE Asian Conference on emerging security challenges',
    lead: 'Participants discussed new technologies, cyber threats and the security of supply chains.',
    body: `The host country and the Asian Partners for Co-operation shared their views on regional security and on the lessons of the Helsinki Final Act for Asia.

A session on women, peace and security closed the conference.`,
    day: -365,
    days: 2,
    starts: '09:00',
    ends: '18:00',
    timeZone: 'Asia/Tokyo',
    city: 'Tokyo',
    country: 'japan',
    series: 'annual-osce-asian-conferences',
    structures: ['chairpersonship', 'secretary-general'],
    fields: ['cyber-ict-security', 'conflict-prevention-and-resolution'],
  },
  {
    slug: 'ministerial-council-valletta',
    title: 'Ministerial Council meeting in Valletta',
    lead: 'Foreign ministers met in Valletta at the end of the Chairpersonship’s year.',
    body: `Ministers reviewed the year’s work and adopted decisions on the appointment of the heads of the institutions and on future Chairpersonships.

Over forty side events took place on the margins of the meeting.`,
    day: -375,
    days: 2,
    starts: '09:00',
    ends: '18:00',
    timeZone: 'Europe/Malta',
    city: 'Valletta',
    country: 'malta',
    series: 'ministerial-council-meetings',
    structures: ['chairpersonship', 'secretariat'],
    fields: ['conflict-prevention-and-resolution', 'good-governance'],
  },
  {
    slug: 'review-conference-all-three-dimensions',
    title: 'Review Conference: taking stock of commitments in all three dimensions',
    lead: 'A review of implementation across the politico-military, economic and environmental, and human dimensions.',
    body: `The conference met in three working groups, one for each dimension, and in a closing plenary that discussed the Organization’s effectiveness.

The rapporteurs’ reports were circulated to all participating States.`,
    day: -500,
    days: 3,
    starts: '10:00',
    ends: '18:00',
    ...vienna,
    series: 'review-conferences',
    structures: ['chairpersonship', 'secretariat', 'odihr'],
    fields: ['conflict-prevention-and-resolution', 'human-rights', 'economic-activities'],
  },
  {
    slug: 'training-for-long-term-election-observers',
    title: 'Training for long-term election observers',
    lead: 'Newly recruited observers learned how to follow an election campaign over several weeks.',
    body: `The course covered the legal framework of elections, meetings with candidates and election administrations, and the writing of weekly reports.

Participants came from twenty-five participating States and will be deployed to observation missions in the coming year.`,
    day: -60,
    days: 3,
    starts: '09:00',
    ends: '17:00',
    timeZone: 'Europe/Warsaw',
    city: 'Warsaw',
    country: 'poland',
    structures: ['odihr'],
    fields: ['elections', 'democratization'],
  },
  {
    slug: 'round-table-roma-and-sinti-civil-society',
    title: 'Online round table with Roma and Sinti civil society',
    lead: 'Roma and Sinti organisations discussed access to housing and public services.',
    body: `Representatives of organisations from ten countries described evictions, segregated settlements and the lack of identity documents that keeps people from services.

The round table was held online.`,
    day: -90,
    starts: '14:00',
    ends: '16:00',
    timeZone: 'Europe/Warsaw',
    online: true,
    structures: ['odihr'],
    fields: ['roma-and-sinti', 'tolerance-and-non-discrimination'],
  },
  {
    slug: 'workshop-community-policing-pristina',
    title: 'Workshop on community policing and local safety councils',
    lead: 'Police officers and municipal officials shared experience of local safety councils.',
    body: `Local safety councils bring police, municipalities and residents together to solve problems such as traffic safety or poorly lit streets. Participants from several municipalities described what made their councils work.`,
    day: -180,
    starts: '09:00',
    ends: '16:00',
    timeZone: 'Europe/Belgrade',
    city: 'Pristina',
    structures: ['mission-in-kosovo'],
    fields: ['policing'],
  },
  {
    slug: 'conference-minority-languages-in-education',
    title: 'Conference on minority languages in education',
    lead: 'A regional conference on teaching in and of minority languages, planned for Almaty.',
    body: `The conference was to discuss multilingual education, textbooks and teacher training. It was cancelled, and its themes were taken up in a series of smaller expert meetings.`,
    day: -250,
    days: 2,
    starts: '09:00',
    ends: '17:00',
    timeZone: 'Asia/Almaty',
    city: 'Almaty',
    country: 'kazakhstan',
    status: 'cancelled',
    structures: ['high-commissioner-on-national-minorities', 'programme-office-in-astana'],
    fields: ['national-minority-issues', 'education'],
  },
  {
    slug: 'forum-integrity-in-local-government-sarajevo',
    title: 'Forum on integrity and anti-corruption in local government',
    lead: 'Mayors and municipal officials discussed codes of conduct and asset declarations.',
    body: `Municipalities that had introduced integrity plans presented their results, including public registers of gifts and conflicts of interest.

Civil society monitors shared findings on public procurement at local level.`,
    day: -420,
    starts: '09:00',
    ends: '17:00',
    timeZone: 'Europe/Sarajevo',
    city: 'Sarajevo',
    country: 'bosnia-and-herzegovina',
    structures: ['mission-to-bosnia-and-herzegovina'],
    fields: ['good-governance', 'rule-of-law'],
  },
  {
    slug: 'aarhus-centres-annual-meeting-ashgabat',
    title: 'Annual meeting of the Aarhus Centres network',
    lead: 'Staff of the Aarhus Centres met to plan their work on public participation in environmental matters.',
    body: `Aarhus Centres help people take part in decisions that affect their environment. The meeting reviewed projects on waste, air quality and disaster risk reduction, and agreed on joint training for the coming year.`,
    day: -530,
    days: 2,
    starts: '09:00',
    ends: '17:00',
    timeZone: 'Asia/Ashgabat',
    city: 'Ashgabat',
    country: 'turkmenistan',
    structures: ['economic-and-environmental-activities', 'centre-in-ashgabat'],
    fields: ['environmental-activities'],
  },
];

/** Demo publications (db/seed/data/publications.ts) that events link to, by slug. */
export const eventPublications: Record<string, string[]> = {
  'economic-and-environmental-forum-hydropower-shared-rivers': ['water-cooperation-central-asia-report'],
  'training-for-long-term-election-observers': ['handbook-for-observing-elections-practical-companion'],
  'round-table-roma-and-sinti-civil-society': ['roma-sinti-inclusion-local-government-handbook'],
  'workshop-community-policing-pristina': ['community-policing-multi-ethnic-neighbourhoods'],
  'conference-minority-languages-in-education': ['guide-droits-minorites-nationales-education'],
  'south-east-europe-media-conference-tirana': ['media-pluralism-digital-age-report', 'factsheet-representative-on-freedom-of-the-media'],
  'gender-equality-review-conference': ['decision-action-plan-gender-equality-field-operations'],
};
