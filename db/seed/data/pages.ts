import type { PageSeed } from './types';

/** Joins paragraphs with a blank line, as expected by PageSeed.body. */
const paragraphs = (...items: string[]): string => items.join('\n\n');

export const pages: PageSeed[] = [
  // "About us" pages
  {
    slug: "participating-states",
    title: "Participating States",
    lead: "The Organization has 57 participating States from Europe, Central Asia and North America, all with equal status.",
    body: paragraphs(
      "The participating States take decisions by consensus, on the basis of the equality of all States regardless of their size or influence. Each State is represented in Vienna by a delegation that takes part in the regular meetings of the decision-making bodies.",
      "The first 35 States took part in the process that led to the Helsinki Final Act in 1975. The number grew in the early 1990s as new States emerged in Central and Eastern Europe and Central Asia, and Mongolia became the most recent participating State in 2012.",
      "By joining, each State accepts all the commitments adopted so far. These cover politico-military, economic and environmental, and human aspects of security.",
    ),
  },
  {
    slug: "partners-for-co-operation",
    title: "Partners for Co-operation",
    lead: "Eleven Partners for Co-operation in Asia and the Mediterranean region maintain a special relationship with the Organization.",
    body: paragraphs(
      "The Partners for Co-operation are Afghanistan, Australia, Japan, the Republic of Korea and Thailand in Asia, and Algeria, Egypt, Israel, Jordan, Morocco and Tunisia in the Mediterranean region. They are invited to attend meetings of the decision-making bodies and to take part in a range of activities.",
      "Two contact groups, one for each group of Partners, offer a regular forum for dialogue between the Partners and the participating States. Annual conferences held in each region provide further opportunities to discuss shared security concerns.",
      "Partners are encouraged to draw voluntarily on the Organization's norms, principles and commitments, and a dedicated fund helps them take part in activities.",
    ),
  },
  {
    slug: "chair",
    title: "Chair",
    lead: "The Chairpersonship is held for one calendar year by a participating State chosen by the Ministerial Council.",
    body: paragraphs(
      "The foreign minister of the chairing State serves as Chairperson-in-Office. With the support of a dedicated task force in the national foreign ministry and of the delegation in Vienna, the Chair co-ordinates the work of the decision-making bodies and represents the Organization in its external relations.",
      "The Chairperson-in-Office may appoint personal and special representatives to deal with particular issues or crises. The Chair works closely with the preceding and incoming Chairs in a format known as the Troika, which helps ensure continuity from one year to the next.",
      "Each Chairpersonship sets its own priorities, which it presents to the Permanent Council at the start of its term. In 2025 the Chairpersonship is held by Finland.",
    ),
  },
  {
    slug: "decision-making-bodies",
    title: "Decision-making bodies",
    lead: "Political decisions are taken by consensus in a small number of bodies that meet at different levels and intervals.",
    body: paragraphs(
      "Summits of Heads of State or Government are held periodically to set priorities at the highest political level. Between summits, the Ministerial Council of foreign ministers usually meets once a year to review activities and take key decisions.",
      "The Permanent Council is the regular body for political consultation and decision-making. It meets weekly in Vienna at the level of ambassadors and deals with the day-to-day operational work of the Organization.",
      "The Forum for Security Co-operation, which also meets weekly in Vienna, takes decisions on the military aspects of security, including confidence- and security-building measures and arms control.",
    ),
  },
  {
    slug: "leadership",
    title: "Leadership",
    lead: "The Organization's executive structures are led by senior officials appointed by the participating States or by the Chairpersonship.",
    body: paragraphs(
      "The Secretary General is the chief administrative officer and heads the Secretariat in Vienna. The three institutions, dealing with democratic institutions and human rights, national minorities and freedom of the media, are each led by a head appointed by the participating States.",
      "Field operations are led by heads of mission or office, who are appointed by the Chairperson-in-Office after consultation with the participating States. Directors and co-ordinators lead the thematic and support departments of the Secretariat.",
      "The pages in this section describe each leadership post and its main responsibilities.",
    ),
  },
  {
    slug: "our-history",
    title: "Our history",
    lead: "The Organization grew out of the Conference on Security and Co-operation in Europe, a forum for dialogue between East and West during the Cold War.",
    body: paragraphs(
      "Talks that began in Helsinki in the early 1970s led to the signing of the Helsinki Final Act in 1975. The Act set out ten principles guiding relations between States and established commitments on military, economic, environmental and humanitarian matters.",
      "After the end of the Cold War, the Charter of Paris for a New Europe of 1990 marked the start of a new phase. The Conference acquired permanent institutions and operational capacities, and in 1994 the participating States decided to rename it the Organization for Security and Co-operation in Europe, with effect from the following year.",
      "Since then, the Organization has deployed field operations, observed elections and supported reform processes across its region, while continuing to serve as a platform for dialogue on security.",
    ),
  },
  {
    slug: "our-principles",
    title: "Our principles",
    lead: "The work of the Organization rests on a comprehensive concept of security and on a shared set of principles agreed by all participating States.",
    body: paragraphs(
      "The Helsinki Final Act sets out ten principles for relations between States. Among them are sovereign equality, refraining from the threat or use of force, the inviolability of frontiers, the territorial integrity of States and the peaceful settlement of disputes.",
      "The principles also include non-intervention in internal affairs, respect for human rights and fundamental freedoms, the equal rights and self-determination of peoples, co-operation among States and the fulfilment in good faith of obligations under international law.",
      "The participating States have affirmed that commitments in the human dimension are matters of direct and legitimate concern to all of them. Security is understood to include politico-military, economic and environmental, and human aspects.",
    ),
  },
  {
    slug: "finance-and-administration",
    title: "Finance and administration",
    lead: "The Organization is funded mainly through an annual Unified Budget approved by consensus of the participating States.",
    body: paragraphs(
      "The Unified Budget covers the Secretariat, the institutions and the field operations. Contributions are assessed according to agreed scales, and the budget is prepared by the Secretariat and discussed by the participating States before its adoption by the Permanent Council.",
      "In addition, participating States and other donors can fund specific projects through extra-budgetary contributions. These resources support activities that go beyond the scope of the regular budget.",
      "The Department of Management and Finance and the Department of Human Resources provide the administrative services that keep the Organization running, from procurement and information technology to staff management.",
    ),
  },
  {
    slug: "internal-oversight",
    title: "Internal oversight",
    lead: "Independent internal oversight helps ensure that the Organization uses its resources effectively and in line with its rules.",
    body: paragraphs(
      "The Office of Internal Oversight carries out internal audits, independent evaluations and investigations across the Secretariat, the institutions and the field operations. It reports on its findings and makes recommendations for improvement.",
      "Staff members, partners and members of the public can report suspected misconduct, fraud or other irregularities. Such reports are treated confidentially and assessed by the Office.",
    ),
  },
  {
    slug: "employment",
    title: "Employment",
    lead: "The Organization recruits staff from its participating States to work in the Secretariat, the institutions and the field operations.",
    body: paragraphs(
      "Positions are filled either through secondment, where a participating State nominates and usually pays for a candidate, or through direct contracts with the Organization. Field operations also employ local staff from the host country.",
      "Vacancies cover a wide range of profiles, including political affairs, human rights, security co-operation, administration and finance. All positions are advertised publicly and filled through a competitive selection process.",
      "Internship and junior professional programmes give students and young graduates the chance to gain experience in international co-operation.",
    ),
  },
  {
    slug: "networks-and-research",
    title: "Networks and research",
    lead: "The Organization works with academic institutions, think-tanks and civil society networks that contribute ideas and research on security.",
    body: paragraphs(
      "A network of research institutions and think-tanks provides expert analysis on issues relevant to the Organization's work. Its studies and events help inform discussions among participating States.",
      "The Organization also supports research fellowships and makes its archives available to researchers through the Documentation Centre in Prague. These resources allow scholars to study the history and practice of co-operative security.",
    ),
  },

  // Leadership posts
  {
    slug: "secretary-general",
    title: "Secretary General",
    parentSlug: "leadership",
    lead: "The Secretary General is the chief administrative officer of the Organization and heads the Secretariat.",
    body: paragraphs(
      "The Secretary General is appointed by the Ministerial Council for a term of three years, which may be renewed once. The post-holder acts as the representative of the Chairperson-in-Office and supports the Chair in all activities aimed at fulfilling the goals of the Organization.",
      "The Secretary General manages the structures and operations of the Organization, oversees the preparation of the budget and ensures the implementation of decisions taken by the participating States. The post-holder also promotes co-operation with other international and regional organisations.",
    ),
  },
  {
    slug: "director-of-odihr",
    title: "Director of the Office for Democratic Institutions and Human Rights",
    parentSlug: "leadership",
    lead: "The Director leads the Office for Democratic Institutions and Human Rights in Warsaw.",
    body: paragraphs(
      "The Director is appointed by the Ministerial Council for a three-year term and is responsible for the Office's work in the human dimension. This includes election observation, support for democratic institutions, human rights, tolerance and non-discrimination, and issues concerning Roma and Sinti.",
      "The Director reports to the participating States on the Office's activities and findings, and works with governments, parliaments and civil society to help implement commitments on democracy and human rights.",
    ),
  },
  {
    slug: "high-commissioner-on-national-minorities",
    title: "High Commissioner on National Minorities",
    parentSlug: "leadership",
    lead: "The High Commissioner works to prevent tensions involving national minorities from developing into conflict.",
    body: paragraphs(
      "The post was created in 1992 as an instrument of conflict prevention at the earliest possible stage. The High Commissioner is appointed by the Ministerial Council and works independently and in confidence, engaging directly with governments and minority communities.",
      "Drawing on a series of thematic recommendations and guidelines, the High Commissioner advises participating States on policies that integrate diverse societies while respecting minority rights, for example in education, language and participation in public life.",
    ),
  },
  {
    slug: "representative-on-freedom-of-the-media",
    title: "Representative on Freedom of the Media",
    parentSlug: "leadership",
    lead: "The Representative observes media developments across the participating States and acts to uphold freedom of expression.",
    body: paragraphs(
      "The post was established in 1997, and the Representative is appointed by the Ministerial Council. The Representative provides early warning on violations of freedom of expression and media freedom and raises concerns directly with the authorities concerned.",
      "The Representative also assists participating States with legislation and policy, and gives particular attention to the safety of journalists, media pluralism and freedom of expression online.",
    ),
  },
  {
    slug: "head-of-the-osce-mission-to-bosnia-and-herzegovina",
    title: "Head of the OSCE Mission to Bosnia and Herzegovina",
    parentSlug: "leadership",
    lead: "The Head of Mission leads the Organization's field operation in Bosnia and Herzegovina.",
    body: paragraphs(
      "The Head of Mission is appointed by the Chairperson-in-Office and directs the Mission's programmes and staff throughout the country. The Mission supports education reform, human rights, rule of law, democratic governance and security co-operation.",
      "The Head of Mission maintains contact with the authorities at all levels of government, reports regularly to the Permanent Council and co-ordinates with other international actors present in the country.",
    ),
  },
  {
    slug: "head-of-the-osce-presence-in-albania",
    title: "Head of the OSCE Presence in Albania",
    parentSlug: "leadership",
    lead: "The Head of Presence leads the Organization's field operation in Albania.",
    body: paragraphs(
      "The Head of Presence is appointed by the Chairperson-in-Office and oversees the Presence's work in support of Albania's reform agenda. Programme areas include electoral and parliamentary support, rule of law, anti-corruption and security co-operation.",
      "The Head of Presence works closely with the Albanian authorities and civil society and reports regularly to the Permanent Council on the Presence's activities.",
    ),
  },
  {
    slug: "head-of-the-osce-mission-to-skopje",
    title: "Head of the OSCE Mission to Skopje",
    parentSlug: "leadership",
    lead: "The Head of Mission leads the Organization's longest-standing field operation, based in Skopje.",
    body: paragraphs(
      "The Head of Mission is appointed by the Chairperson-in-Office and directs the Mission's activities in North Macedonia. These focus on inter-community relations, rule of law, public safety, good governance and media.",
      "The Head of Mission maintains dialogue with the host authorities and other partners and reports regularly to the Permanent Council.",
    ),
  },
  {
    slug: "head-of-the-osce-mission-to-montenegro",
    title: "Head of the OSCE Mission to Montenegro",
    parentSlug: "leadership",
    lead: "The Head of Mission leads the Organization's field operation in Montenegro.",
    body: paragraphs(
      "The Head of Mission is appointed by the Chairperson-in-Office and oversees the Mission's support for reform in Montenegro. The work covers rule of law, democratic governance, media and security co-operation.",
      "The Head of Mission works with the host authorities, parliament and civil society and reports regularly to the Permanent Council.",
    ),
  },
  {
    slug: "head-of-the-osce-mission-to-moldova",
    title: "Head of the OSCE Mission to Moldova",
    parentSlug: "leadership",
    lead: "The Head of Mission leads the Organization's field operation in Moldova.",
    body: paragraphs(
      "The Head of Mission is appointed by the Chairperson-in-Office and directs the Mission's efforts to support a comprehensive, peaceful and lasting settlement of the Transdniestrian conflict. The Mission also works on human rights, anti-trafficking and confidence-building measures.",
      "The Head of Mission engages with the sides to the settlement process and with international partners, and reports regularly to the Permanent Council.",
    ),
  },
  {
    slug: "head-of-the-osce-centre-in-ashgabat",
    title: "Head of the OSCE Centre in Ashgabat",
    parentSlug: "leadership",
    lead: "The Head of Centre leads the Organization's field operation in Turkmenistan.",
    body: paragraphs(
      "The Head of Centre is appointed by the Chairperson-in-Office and oversees the Centre's projects in co-operation with the authorities of Turkmenistan. These cover politico-military, economic and environmental, and human dimension activities.",
      "The Head of Centre maintains dialogue with the host government and international partners and reports regularly to the Permanent Council.",
    ),
  },
  {
    slug: "head-of-the-osce-programme-office-in-astana",
    title: "Head of the OSCE Programme Office in Astana",
    parentSlug: "leadership",
    lead: "The Head of Office leads the Organization's field operation in Kazakhstan.",
    body: paragraphs(
      "The Head of Office is appointed by the Chairperson-in-Office and directs the Programme Office's activities in Kazakhstan. These range from countering transnational threats and supporting economic connectivity to promoting legal reform and human rights.",
      "The Head of Office works with the host authorities and civil society and reports regularly to the Permanent Council.",
    ),
  },
  {
    slug: "head-of-osce-project-co-ordinator-in-uzbekistan",
    title: "Head of OSCE Project Co-ordinator in Uzbekistan",
    parentSlug: "leadership",
    lead: "The Project Co-ordinator leads the Organization's field operation in Uzbekistan.",
    body: paragraphs(
      "The Project Co-ordinator is appointed by the Chairperson-in-Office and oversees projects carried out jointly with the authorities of Uzbekistan. The work covers security, economic and environmental matters, and the human dimension.",
      "The Project Co-ordinator maintains dialogue with the host government and other partners and reports regularly to the Permanent Council.",
    ),
  },
  {
    slug: "head-of-the-osce-programme-office-in-dushanbe",
    title: "Head of the OSCE Programme Office in Dushanbe",
    parentSlug: "leadership",
    lead: "The Head of Office leads the Organization's field operation in Tajikistan.",
    body: paragraphs(
      "The Head of Office is appointed by the Chairperson-in-Office and directs the Programme Office's work in Tajikistan. Areas of activity include border management, countering terrorism, economic and environmental projects, and human rights.",
      "The Head of Office works with the host authorities and international partners and reports regularly to the Permanent Council.",
    ),
  },
  {
    slug: "director-of-the-osce-conflict-prevention-centre",
    title: "Director of the OSCE Conflict Prevention Centre",
    parentSlug: "leadership",
    lead: "The Director heads the Conflict Prevention Centre in the Secretariat.",
    body: paragraphs(
      "The Director leads the Secretariat's work on early warning, conflict prevention, crisis management and post-conflict rehabilitation. The Centre provides policy guidance and operational support to the field operations.",
      "The Director also oversees support to the Forum for Security Co-operation and to the implementation of politico-military commitments, and serves as a senior adviser to the Secretary General and the Chairpersonship.",
    ),
  },
  {
    slug: "first-deputy-director-of-odihr",
    title: "First Deputy Director of the OSCE Office for Democratic Institutions and Human Rights",
    parentSlug: "leadership",
    lead: "The First Deputy Director supports the Director in managing the Office for Democratic Institutions and Human Rights.",
    body: paragraphs(
      "The First Deputy Director assists in leading the Office's programmes and its day-to-day management, and deputises for the Director when required.",
      "The post-holder helps co-ordinate the Office's work across its thematic areas, from elections and democratic governance to human rights and tolerance, and supports its co-operation with participating States and partners.",
    ),
  },
  {
    slug: "director-of-the-office-of-the-hcnm",
    title: "Director of the office of the OSCE High Commissioner on National Minorities",
    parentSlug: "leadership",
    lead: "The Director manages the office that supports the High Commissioner on National Minorities in The Hague.",
    body: paragraphs(
      "The Director oversees the staff and resources of the office and ensures that the High Commissioner's engagements are well prepared and followed up.",
      "The post-holder advises the High Commissioner on policy and country situations and supports the office's co-operation with participating States, field operations and other organisations.",
    ),
  },
  {
    slug: "director-of-the-office-of-the-rfom",
    title: "Director of the Office of the OSCE Representative on Freedom of the Media",
    parentSlug: "leadership",
    lead: "The Director manages the Office that supports the Representative on Freedom of the Media in Vienna.",
    body: paragraphs(
      "The Director oversees the Office's staff, budget and programme of work, and deputises for the Representative when needed.",
      "The post-holder supports the Representative's monitoring of media developments and the Office's assistance to participating States on media legislation and the safety of journalists.",
    ),
  },
  {
    slug: "co-ordinator-of-transnational-threats-activities",
    title: "OSCE Co-ordinator of Activities to Address Transnational Threats",
    parentSlug: "leadership",
    lead: "The Co-ordinator leads the Transnational Threats Department in the Secretariat.",
    body: paragraphs(
      "The Co-ordinator directs the Organization's work against threats that cross borders, including terrorism, organised crime, illicit trafficking and risks related to information and communication technologies.",
      "The post-holder ensures coherence between the Secretariat's units for border security and management, strategic police matters, countering terrorism and cyber/ICT security, and supports related activities in the field operations.",
    ),
  },
  {
    slug: "director-for-internal-oversight-services",
    title: "Director for Internal Oversight Services",
    parentSlug: "leadership",
    lead: "The Director heads the Office of Internal Oversight.",
    body: paragraphs(
      "The Director leads the independent internal audit, evaluation and investigation functions of the Organization. The post-holder reports on the Office's work and findings to the Secretary General and the participating States.",
      "Through this work, the Director helps strengthen accountability, risk management and the efficient use of resources across the Secretariat, institutions and field operations.",
    ),
  },
  {
    slug: "osce-senior-adviser-on-gender-issues",
    title: "OSCE Senior Adviser on Gender Issues",
    parentSlug: "leadership",
    lead: "The Senior Adviser leads the Gender Issues Programme in the Secretariat.",
    body: paragraphs(
      "The Senior Adviser guides the integration of a gender perspective into the Organization's policies, projects and working practices, and supports the implementation of the commitments on gender equality.",
      "The post-holder advises the Secretary General, the Chairpersonship and the executive structures on matters such as women's participation in security and the prevention of violence against women.",
    ),
  },
  {
    slug: "special-representative-for-combating-human-trafficking",
    title: "OSCE Special Representative and Co-ordinator for Combating Human Trafficking",
    parentSlug: "leadership",
    lead: "The Special Representative and Co-ordinator leads the Organization's efforts against trafficking in human beings.",
    body: paragraphs(
      "The Special Representative and Co-ordinator helps participating States develop and implement anti-trafficking policies, conducts country visits and raises the profile of the issue at the political level.",
      "The post-holder also co-ordinates the Organization's anti-trafficking work across its structures and co-operates with other international organisations and civil society, including through the Alliance against Trafficking in Persons.",
    ),
  },
  {
    slug: "co-ordinator-of-economic-and-environmental-activities",
    title: "Co-ordinator of OSCE Economic and Environmental Activities",
    parentSlug: "leadership",
    lead: "The Co-ordinator leads the Organization's work in the economic and environmental dimension of security.",
    body: paragraphs(
      "The Co-ordinator heads the responsible Office in the Secretariat and oversees activities on good governance, anti-corruption, connectivity, energy security and environmental co-operation.",
      "The post-holder organises the annual Economic and Environmental Forum and related meetings, and supports the economic and environmental work of the field operations.",
    ),
  },
  {
    slug: "director-for-management-and-finance",
    title: "Director for Management and Finance",
    parentSlug: "leadership",
    lead: "The Director heads the Department of Management and Finance in the Secretariat.",
    body: paragraphs(
      "The Director is responsible for the Organization's budget, financial management, procurement, information technology and related support services.",
      "The post-holder oversees the preparation of the annual Unified Budget and supports the participating States in their discussions on resources and administrative matters.",
    ),
  },
];
