// Demo news items: original wording written for this demo site. Sorted by issuedOn, newest first.

import type { NewsItemSeed } from './types';

export const newsItems: NewsItemSeed[] = [
  {
    slug: 'experts-from-both-banks-of-the-dniester-launch-joint-water-quality-monitoring',
    title: 'Experts from both banks of the Dniester launch joint water quality monitoring',
    type: 'news_item',
    issuedOn: '2026-11-17',
    lead: 'Environmental specialists from both banks of the Dniester/Nistru river began sampling water at shared monitoring points, using laboratory equipment provided by the OSCE Mission to Moldova.',
    body:
      'The river is the main source of drinking water for a large part of Moldova\'s population, and pollution on either bank affects communities downstream. Until now, data were collected separately and rarely compared.\n\n' +
      'Under the project, specialists agreed on common sampling methods and will exchange results every quarter. The Mission handed over portable testing kits and equipment for two laboratories and organized joint training on analysis methods.\n\n' +
      'The project is one of several confidence-building measures supported by the Mission, which aim to improve the daily lives of people on both banks through practical co-operation. Results will be presented at a joint seminar next year.',
    issuedBy: ['mission-to-moldova'],
    fields: ['environmental-activities', 'conflict-prevention-and-resolution'],
    countries: ['moldova'],
  },
  {
    slug: 'high-commissioner-marks-thirty-years-of-hague-recommendations-on-education',
    title: 'High Commissioner marks thirty years of recommendations on education rights of national minorities',
    type: 'statement',
    issuedOn: '2026-10-01',
    lead: 'Thirty years after the publication of the Hague Recommendations on the education rights of national minorities, the OSCE High Commissioner on National Minorities said that their guidance remains highly relevant.',
    body:
      'The Hague Recommendations were among the first thematic recommendations issued by the Office of the High Commissioner. They set out how States can guarantee the right of persons belonging to national minorities to learn their language while ensuring that all students acquire the state language.\n\n' +
      'Over three decades, the recommendations have informed education reforms in many participating States. They have helped governments and communities find approaches that support both integration and the preservation of identity.\n\n' +
      'The High Commissioner calls on participating States to continue to invest in multilingual education, in teacher training and in the involvement of minority communities in education policy. The Office remains ready to support these efforts with expertise and advice.',
    issuedBy: ['high-commissioner-on-national-minorities'],
    fields: ['national-minority-issues', 'education'],
    countries: [],
  },
  {
    slug: 'economic-and-environmental-forum-concludes-with-focus-on-supply-chains',
    title: 'Economic and Environmental Forum concludes with focus on resilient supply chains and clean energy',
    type: 'press_release',
    issuedOn: '2026-09-10',
    lead: 'The concluding meeting of the annual OSCE Economic and Environmental Forum in Prague discussed how participating States can make supply chains more resilient and accelerate the transition to clean energy while maintaining security.',
    body:
      'Representatives of governments, businesses, academia and civil society took part in the meeting, which followed two preparatory sessions held earlier in the year. It was organized by the Office of the Co-ordinator of OSCE Economic and Environmental Activities in co-operation with the Chairpersonship.\n\n' +
      'Sessions examined the vulnerability of supply chains for energy, food and critical raw materials, and the security of energy infrastructure. Speakers also addressed the social impact of the energy transition on regions that depend on fossil fuels.\n\n' +
      'Participants highlighted the importance of regional co-operation, good governance and transparent markets in strengthening economic security. The conclusions of the Forum will inform the Organization\'s activities in the economic and environmental dimension.',
    issuedBy: ['economic-and-environmental-activities', 'chairpersonship'],
    fields: ['economic-activities', 'environmental-activities'],
    countries: ['czech-republic'],
  },
  {
    slug: 'central-asian-experts-discuss-cyber-protection-of-critical-infrastructure',
    title: 'Central Asian experts discuss protection of critical infrastructure against cyber threats',
    type: 'news_item',
    issuedOn: '2026-08-25',
    lead: 'Cybersecurity specialists, energy companies and regulators from Central Asia met in Astana to discuss how to protect power grids, water supply systems and transport networks from cyberattacks.',
    body:
      'The regional workshop was organized by the Transnational Threats Department together with the OSCE Programme Office in Astana and the OSCE Centre in Ashgabat. It focused on industrial control systems, which were often designed without security in mind.\n\n' +
      'Participants examined incidents in which attackers disrupted energy and water supply and discussed how to detect intrusions early. A table-top exercise simulated a cyberattack on a cross-border electricity line, requiring co-ordination between several countries.\n\n' +
      'The workshop also addressed the risk that terrorist groups or criminals could target critical infrastructure. Participants agreed on the value of regular regional exchanges and of national contact points for reporting incidents.',
    issuedBy: ['programme-office-in-astana', 'centre-in-ashgabat', 'transnational-threats-department'],
    fields: ['cyber-ict-security', 'countering-terrorism'],
    countries: ['kazakhstan', 'turkmenistan', 'uzbekistan'],
  },
  {
    slug: 'mobile-teams-help-roma-families-in-serbia-obtain-identity-documents',
    title: 'Mobile teams help Roma families in Serbia obtain identity documents',
    type: 'news_item',
    issuedOn: '2026-06-30',
    lead: 'Mobile teams of lawyers and Roma coordinators supported by the OSCE Mission to Serbia helped more than 200 people in informal settlements register their birth or obtain identity documents.',
    body:
      'Without identity documents, people cannot enrol their children in school, register for health insurance or apply for social assistance. The problem affects a small but particularly vulnerable group of Roma in Serbia, including some people who returned from abroad.\n\n' +
      'The teams visited settlements in several municipalities, collected documents and accompanied people to registry offices and courts. In complex cases, lawyers helped families go through procedures to establish the date and place of birth.\n\n' +
      'The Mission worked closely with municipal registry offices and the Ombudsperson institution. It will share lessons learned with the authorities to help simplify procedures for people without documents.',
    issuedBy: ['mission-to-serbia'],
    fields: ['roma-and-sinti', 'human-rights'],
    countries: ['serbia'],
  },
  {
    slug: 'albanian-students-learn-to-check-facts-and-recognize-disinformation',
    title: 'Albanian secondary school students learn to check facts and recognize disinformation',
    type: 'news_item',
    issuedOn: '2026-06-09',
    lead: 'More than 600 students in ten secondary schools took part in media literacy classes supported by the OSCE Presence in Albania, learning how to verify information and recognize manipulated images and videos.',
    body:
      'The classes were designed with the ministry of education and a local association of journalists. Teachers received training and a set of lesson plans that can be used in civics and language classes.\n\n' +
      'Students practised reverse image searches, checking the sources of viral posts and comparing how different outlets report the same event. Journalists visited the schools to explain how a newsroom works and how professional standards apply to reporting.\n\n' +
      'At the end of the programme, student teams produced short videos explaining to their peers how to spot false information. The Presence plans to extend the classes to more schools in the next school year, working with youth centres as well as schools.',
    issuedBy: ['presence-in-albania'],
    fields: ['media-freedom-and-development', 'education', 'youth'],
    countries: ['albania'],
  },
  {
    slug: 'odihr-handbook-on-observing-digital-technologies-in-elections',
    title: 'ODIHR publishes handbook on observing the use of digital technologies in elections',
    type: 'press_release',
    issuedOn: '2026-05-26',
    lead: 'A new ODIHR handbook gives election observers a methodology for assessing electronic voter registers, results transmission systems, online campaigning and the cybersecurity of election infrastructure.',
    body:
      'Digital technologies are now used at nearly every stage of the electoral process in the OSCE region. While they can make elections more efficient and accessible, they also raise questions about transparency, data protection and public trust.\n\n' +
      'The handbook explains what observers should look for when assessing new technologies, including certification, independent audits and the ability of political parties and civil society to verify how systems work. It also covers the monitoring of online campaigns and political advertising on social networks.\n\n' +
      'The methodology was developed through consultations with election administrations, technology experts and observers. It will be used by ODIHR election observation missions and is available to other organizations that observe elections.',
    issuedBy: ['odihr'],
    fields: ['elections', 'democratization'],
    countries: [],
  },
  {
    slug: 'kyrgyz-and-tajik-border-and-customs-officers-train-together-on-risk-analysis',
    title: 'Border and customs officers from Kyrgyzstan and Tajikistan train together on risk analysis',
    type: 'news_item',
    issuedOn: '2026-05-12',
    lead: 'Border guards and customs officers from Kyrgyzstan and Tajikistan attended a joint course on using risk analysis to target checks at border crossing points while allowing legitimate travellers and goods to pass quickly.',
    body:
      'The course was organized by the OSCE Programme Office in Bishkek and the Transnational Threats Department. It brought together officers serving at crossing points in the Ferghana Valley.\n\n' +
      'Participants learned how to collect and analyse information on smuggling routes, suspicious consignments and trafficking in drugs and weapons. Exercises also covered the exchange of information between neighbouring border services and the protection of personal data.\n\n' +
      'The joint format allowed officers from both sides of the border to get to know each other and to discuss practical co-operation. Further joint activities are planned for the second half of the year.',
    issuedBy: ['programme-office-in-bishkek', 'transnational-threats-department'],
    fields: ['border-management', 'policing'],
    countries: ['kyrgyzstan', 'tajikistan'],
  },
  {
    slug: 'uzbek-parliament-staff-trained-on-public-consultation-in-law-making',
    title: 'Uzbek parliament staff trained on public consultation in law-making',
    type: 'news_item',
    issuedOn: '2026-03-24',
    lead: 'Staff of parliamentary committees in Uzbekistan learned how to organize public consultations on draft laws and how to report back to citizens on the comments received.',
    body:
      'The OSCE Project Co-ordinator in Uzbekistan organized the training together with the parliament\'s secretariat. It was led by experts from parliaments and civil society organizations in other participating States.\n\n' +
      'Participants looked at the use of online portals for publishing draft laws, public hearings in the regions and targeted consultations with professional associations and non-governmental organizations. They also discussed how to assess the impact of legislation before it is adopted.\n\n' +
      'Inclusive and transparent law-making helps to produce better legislation and strengthens public trust in parliament. The Project Co-ordinator will continue to support the parliament with training and advice on legislative procedures.',
    issuedBy: ['project-co-ordinator-in-uzbekistan'],
    fields: ['democratization', 'good-governance'],
    countries: ['uzbekistan'],
  },
  {
    slug: 'network-of-women-mediators-meets-to-share-experience-from-local-peace-processes',
    title: 'Network of women mediators meets to share experience from local peace processes',
    type: 'news_item',
    issuedOn: '2026-03-04',
    lead: 'Women who mediate local disputes and take part in dialogue processes across the OSCE region met at the Secretariat in Vienna to exchange experience and discuss ways of increasing their influence on formal negotiations.',
    body:
      'The meeting was organized by the OSCE Conflict Prevention Centre, which supports a network of women mediators and peacebuilders. Participants included community leaders, lawyers, journalists and former negotiators.\n\n' +
      'They described mediation over water sources, grazing land and access to services in divided communities, where local agreements can prevent tensions from escalating. Many stressed that women often have access to parts of society that formal negotiators do not reach.\n\n' +
      'Participants also discussed the obstacles they face, including lack of funding, security risks and exclusion from official talks. The Conflict Prevention Centre will use their recommendations in its guidance for OSCE mediation support.',
    issuedBy: ['secretariat', 'conflict-prevention-centre'],
    fields: ['conflict-prevention-and-resolution', 'gender-equality'],
    countries: [],
  },
  {
    slug: 'young-people-from-different-communities-in-kosovo-run-joint-volunteer-projects',
    title: 'Young people from different communities in Kosovo run joint volunteer projects in their towns',
    type: 'news_item',
    issuedOn: '2026-02-10',
    lead: 'Mixed teams of young Albanian, Serb, Roma and other community members carried out volunteer projects ranging from cleaning riverbanks to painting playgrounds, as part of an OSCE-supported initiative.',
    body:
      'The youth initiative was launched by the OSCE Mission in Kosovo to give young people from different communities the opportunity to work together on something useful for their towns. Teams were formed after a weekend of workshops on communication and teamwork.\n\n' +
      'Each team chose its own project, in consultation with local residents and municipal officials. Participants said that working side by side helped them overcome language barriers and stereotypes they had grown up with.\n\n' +
      'The projects were presented at a closing event attended by municipal representatives, who expressed interest in supporting similar initiatives in the future. The Mission plans to continue the programme with new teams in other municipalities.',
    issuedBy: ['mission-in-kosovo'],
    fields: ['youth', 'tolerance-and-non-discrimination'],
    countries: [],
  },
  {
    slug: 'montenegrin-prosecutors-and-judges-trained-on-confiscation-of-criminal-assets',
    title: 'Montenegrin prosecutors and judges trained on confiscation of criminal assets',
    type: 'news_item',
    issuedOn: '2026-01-20',
    lead: 'Prosecutors, judges and police financial investigators in Montenegro examined how to trace, freeze and confiscate the proceeds of organized crime and corruption, including assets held by third parties.',
    body:
      'The two-day workshop was organized by the OSCE Mission to Montenegro with the judicial training centre. Experts from other participating States presented cases in which extended and non-conviction-based confiscation had been used successfully.\n\n' +
      'Participants discussed the standard of proof required to show that property derives from criminal activity and the safeguards needed to protect the rights of owners acting in good faith. They also looked at the management of seized assets, such as real estate and companies, so that their value is preserved until the court decides.\n\n' +
      'Taking away the profits of crime is one of the most effective ways of weakening criminal groups. The Mission will support the development of a handbook for practitioners based on the discussions.',
    issuedBy: ['mission-to-montenegro'],
    fields: ['rule-of-law', 'policing'],
    countries: ['montenegro'],
  },
  {
    slug: 'ministerial-council-concludes-with-decisions-on-work-for-the-coming-year',
    title: 'Ministerial Council meeting concludes with decisions on the Organization\'s work for the coming year',
    type: 'press_release',
    issuedOn: '2025-12-05',
    lead: 'The annual meeting of OSCE foreign ministers closed with the adoption of decisions on the incoming chairpersonships and with discussions on how to preserve the Organization\'s ability to act.',
    body:
      'Ministers and heads of delegation from participating States met for two days to review the year\'s work and to discuss the state of security in the OSCE region. The meeting took place in the year marking fifty years since the signing of the Helsinki Final Act.\n\n' +
      'Many delegations used their statements to reaffirm the principles of the Final Act and to emphasize the value of the OSCE\'s field operations, institutions and autonomous mandates. Side events addressed, among other topics, the protection of critical infrastructure, the role of women in mediation and the safety of journalists.\n\n' +
      'The outgoing Chairpersonship thanked participating States and OSCE staff for their work in a demanding year. The Secretariat will support the incoming Chairpersonship in preparing its programme.',
    issuedBy: ['chairpersonship', 'secretariat'],
    fields: ['democratization', 'conflict-prevention-and-resolution'],
    countries: [],
  },
  {
    slug: 'youth-climate-ambassadors-present-local-projects-on-water-and-energy',
    title: 'Youth climate ambassadors present local projects on water and energy',
    type: 'news_item',
    issuedOn: '2025-11-04',
    lead: 'Twenty young climate ambassadors from Armenia, Georgia and Moldova presented community projects they designed during a year-long programme on environment and security.',
    body:
      'The programme was run by the OSCE Secretariat\'s Opportunities for Youth team and the Office of the Co-ordinator of OSCE Economic and Environmental Activities. Ambassadors received training in project management, climate science and public speaking, and each received a small grant.\n\n' +
      'Projects included rainwater harvesting at a rural school, a campaign to reduce energy use in apartment blocks and a mapping exercise of illegal waste dumps along a river. Several ambassadors worked with their municipalities to include their ideas in local environmental plans.\n\n' +
      'The ambassadors also shared their experience with officials and diplomats at a final event in Vienna. A new group of ambassadors will be selected next year.',
    issuedBy: ['opportunities-for-youth', 'economic-and-environmental-activities'],
    fields: ['youth', 'environmental-activities'],
    countries: ['armenia', 'georgia', 'moldova'],
  },
  {
    slug: 'kazakhstan-officials-discuss-transparent-and-efficient-border-crossings',
    title: 'Transport and logistics officials in Kazakhstan discuss transparent and efficient border crossings',
    type: 'news_item',
    issuedOn: '2025-10-14',
    lead: 'A conference supported by the OSCE Programme Office in Astana examined how digital tools, risk-based controls and integrity measures can speed up the movement of goods along transport corridors crossing Central Asia.',
    body:
      'Kazakhstan is an important transit country for trade between Europe and Asia, and traffic along its road and rail corridors has grown considerably in recent years. Long waits at border crossings increase costs for businesses and create opportunities for corruption.\n\n' +
      'Representatives of customs, border services, transport ministries and private logistics companies shared data on waiting times and discussed electronic queue management and pre-arrival processing of documents. The conference also addressed codes of conduct and complaint mechanisms for border officials.\n\n' +
      'Participants agreed on recommendations for improving co-ordination between agencies and with neighbouring countries. The Programme Office will support follow-up work on a pilot project at one of the busiest border crossings.',
    issuedBy: ['programme-office-in-astana'],
    fields: ['economic-activities', 'good-governance', 'border-management'],
    countries: ['kazakhstan'],
  },
  {
    slug: 'youth-councils-in-southern-serbia-give-young-people-a-say-in-municipal-decisions',
    title: 'Youth councils in southern Serbia give young people a say in municipal decisions',
    type: 'news_item',
    issuedOn: '2025-09-23',
    lead: 'Newly elected youth councils in four municipalities in southern Serbia have started working with local authorities on budgets for youth activities, public transport and sports facilities.',
    body:
      'The OSCE Mission to Serbia helped municipalities and youth organizations set up the councils, whose members are elected by secondary school students and young people up to the age of 30. The councils include members of different ethnic communities living in the area.\n\n' +
      'Members received training on how local government works, how to draft proposals and how to engage with the media. In their first months, the councils conducted surveys among their peers and presented the results to municipal assemblies.\n\n' +
      'Municipal officials have committed to consulting the councils before adopting decisions that affect young people. The Mission will support exchanges between youth councils from different parts of Serbia.',
    issuedBy: ['mission-to-serbia'],
    fields: ['youth', 'democratization'],
    countries: ['serbia'],
  },
  {
    slug: 'chairpersonship-statement-on-fiftieth-anniversary-of-helsinki-final-act',
    title: 'Statement by the Chairpersonship on the fiftieth anniversary of the Helsinki Final Act',
    type: 'statement',
    issuedOn: '2025-08-01',
    lead: 'Fifty years after the signing of the Helsinki Final Act, the OSCE Chairpersonship recalled the principles agreed in 1975 and called on all participating States to honour them in full.',
    body:
      'On 1 August 1975, the leaders of 35 States signed the Final Act of the Conference on Security and Co-operation in Europe in Helsinki. The document set out principles guiding relations between States, including sovereign equality, the refraining from the threat or use of force, the inviolability of frontiers and respect for human rights and fundamental freedoms.\n\n' +
      'The Final Act established that security depends not only on military factors but also on economic and environmental co-operation and on the way States treat their own citizens. This comprehensive concept of security remains at the heart of the OSCE\'s work today.\n\n' +
      'The anniversary comes at a time when the principles of Helsinki are being severely tested. The Chairpersonship calls on participating States to return to dialogue, to respect their commitments and to make full use of the tools the Organization offers for preventing and resolving conflicts.',
    issuedBy: ['chairpersonship'],
    fields: ['conflict-prevention-and-resolution', 'human-rights'],
    countries: ['finland'],
  },
  {
    slug: 'osce-introduces-environmental-criteria-in-procurement',
    title: 'OSCE introduces environmental criteria in procurement of vehicles, IT equipment and services',
    type: 'news_item',
    issuedOn: '2025-06-10',
    lead: 'New procurement guidelines issued by the Department of Management and Finance require OSCE buyers to consider energy efficiency, repairability and the environmental footprint of goods and services.',
    body:
      'The guidelines apply to the Secretariat, institutions and field operations and cover the most common purchases, including vehicles, computers, office supplies and catering. Buyers will weigh life-cycle costs rather than only the purchase price.\n\n' +
      'Field operations are also encouraged to replace older vehicles with hybrid or electric models where charging infrastructure allows, and to reduce paper consumption through electronic workflows. Suppliers will be asked to provide information on packaging and the take-back of used equipment.\n\n' +
      'The guidelines are part of the Organization\'s efforts to reduce its own environmental impact, in line with its work supporting participating States on environmental issues. Implementation will be reviewed after one year.',
    issuedBy: ['management-and-finance'],
    fields: ['environmental-activities', 'good-governance'],
    countries: [],
  },
  {
    slug: 'media-freedom-representative-recommendations-on-artificial-intelligence',
    title: 'Media freedom Representative issues recommendations on artificial intelligence and media pluralism',
    type: 'news_item',
    issuedOn: '2025-05-06',
    lead: 'A new set of recommendations from the OSCE Representative on Freedom of the Media sets out how States and online platforms can ensure that artificial intelligence systems support rather than undermine free and diverse media.',
    body:
      'Artificial intelligence increasingly determines which news items people see online and how content is moderated. Automated systems can remove lawful journalism by mistake, amplify disinformation and reduce the visibility of local and independent media.\n\n' +
      'The recommendations call for transparency about how recommender systems work, for human review of decisions to remove journalistic content and for independent audits of systems that have a significant impact on public debate. They also urge States not to use AI tools for unlawful surveillance of journalists.\n\n' +
      'The recommendations were developed through consultations with journalists, technology experts, academics and representatives of online platforms. The Office will present them at events in several participating States in the coming months.',
    issuedBy: ['representative-on-freedom-of-the-media'],
    fields: ['media-freedom-and-development', 'cyber-ict-security'],
    countries: [],
  },
  {
    slug: 'alliance-against-trafficking-conference-focuses-on-online-recruitment',
    title: 'Alliance against Trafficking in Persons conference focuses on online recruitment and technology',
    type: 'press_release',
    issuedOn: '2025-04-29',
    lead: 'Government officials, technology companies, survivors and civil society organizations met in Vienna to discuss how traffickers use the internet to recruit and exploit victims, and how technology can help stop them.',
    body:
      'The annual conference of the Alliance against Trafficking in Persons was organized by the Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings. More than 400 participants attended in person and online.\n\n' +
      'Speakers described how traffickers use social media, job portals and messaging apps to reach potential victims and advertise exploitative services. Representatives of technology companies presented tools for detecting suspicious advertisements and described their co-operation with law enforcement.\n\n' +
      'Survivor leaders stressed that prevention measures should be informed by the experience of those who have been trafficked. Participants also discussed the responsibility of platforms and the need for legislation that keeps pace with technological change while protecting privacy.',
    issuedBy: ['combating-trafficking-in-human-beings'],
    fields: ['combating-trafficking-in-human-beings', 'cyber-ict-security'],
    countries: [],
  },
  {
    slug: 'parliamentarians-in-bih-study-democratic-oversight-of-the-security-sector',
    title: 'Parliamentarians in Bosnia and Herzegovina study democratic oversight of the security sector',
    type: 'news_item',
    issuedOn: '2025-04-15',
    lead: 'Members and staff of parliamentary committees dealing with defence, security and intelligence took part in a workshop on how legislatures can scrutinize security institutions effectively.',
    body:
      'The workshop was organized by the OSCE Mission to Bosnia and Herzegovina and featured experts from parliaments in other participating States. It focused on budget oversight, inquiries and access to classified information.\n\n' +
      'Participants discussed how committees can obtain the information they need while protecting sensitive data, and how they can follow up on the findings of audit institutions. The role of independent oversight bodies, such as ombudsperson institutions, was also addressed.\n\n' +
      'Democratic control of armed and security forces is a long-standing OSCE commitment set out in the Code of Conduct on Politico-Military Aspects of Security. The Mission will continue to support parliamentary committees with training and research.',
    issuedBy: ['mission-to-bosnia-and-herzegovina'],
    fields: ['reform-and-co-operation-in-the-security-sector', 'good-governance'],
    countries: ['bosnia-and-herzegovina'],
  },
  {
    slug: 'labour-migrants-in-uzbekistan-receive-pre-departure-guidance-on-safe-employment',
    title: 'Labour migrants in Uzbekistan receive pre-departure guidance on safe employment abroad',
    type: 'news_item',
    issuedOn: '2025-03-25',
    lead: 'Pre-departure orientation sessions supported by the OSCE Project Co-ordinator in Uzbekistan explain to people planning to work abroad how to check job offers, understand contracts and seek help if they face exploitation.',
    body:
      'The sessions are held at migration centres in five regions with high levels of labour migration. They are run by trained counsellors from the public employment agency and local non-governmental organizations.\n\n' +
      'Participants learn about their rights under the labour laws of the main destination countries, the risks of informal recruitment and the warning signs of forced labour. Each participant receives a booklet with hotline numbers and the contacts of consulates.\n\n' +
      'The Project Co-ordinator also supported a mobile application that lists licensed recruitment agencies. More than 4,000 people have attended the sessions since the start of the year.',
    issuedBy: ['project-co-ordinator-in-uzbekistan'],
    fields: ['migration', 'combating-trafficking-in-human-beings'],
    countries: ['uzbekistan'],
  },
  {
    slug: 'police-academy-in-north-macedonia-adds-hate-crime-module-to-basic-training',
    title: 'Police academy in North Macedonia adds hate crime module to basic training',
    type: 'news_item',
    issuedOn: '2025-02-18',
    lead: 'All new police recruits in North Macedonia will now study how to recognize, record and investigate hate crimes, under a training module developed with the OSCE Mission to Skopje.',
    body:
      'The module was developed by academy instructors, prosecutors and civil society experts, with methodological support from the Mission. It explains bias indicators, such as offensive graffiti, the timing of an attack or statements made by the perpetrator.\n\n' +
      'Recruits will also learn how to communicate with victims, who are often reluctant to report incidents out of fear or distrust. Case studies are based on real incidents, with personal details removed.\n\n' +
      'Hate crimes affect not only individual victims but whole communities, and proper recording is the first step towards an effective response. The Mission will continue to support the police, prosecution service and courts in improving the handling of such cases.',
    issuedBy: ['mission-to-skopje'],
    fields: ['policing', 'tolerance-and-non-discrimination', 'rule-of-law'],
    countries: ['north-macedonia'],
  },
  {
    slug: 'kyrgyz-emergency-services-and-villagers-prepare-for-glacial-lake-outburst-floods',
    title: 'Kyrgyz emergency services and villagers prepare for glacial lake outburst floods',
    type: 'news_item',
    issuedOn: '2025-01-28',
    lead: 'The OSCE Programme Office in Bishkek has handed over water-level sensors and radio equipment for an early warning system in a mountain valley threatened by floods from a fast-growing glacial lake.',
    body:
      'Rising temperatures are causing glaciers in the Tien Shan mountains to retreat, leaving lakes held back by unstable moraine. A sudden release of water can send mudflows down valleys within minutes, endangering villages, roads and pastures.\n\n' +
      'The equipment will transmit data on lake levels to the emergency services and trigger alarms in villages downstream. The Programme Office also supported evacuation drills, in which residents practised moving to safe ground along marked routes.\n\n' +
      'Local authorities and community leaders developed a joint response plan and agreed on the roles of schools, clinics and volunteer groups. The project is part of OSCE efforts to reduce disaster risks linked to climate change and to strengthen co-operation between institutions and communities.',
    issuedBy: ['programme-office-in-bishkek'],
    fields: ['environmental-activities', 'conflict-prevention-and-resolution'],
    countries: ['kyrgyzstan'],
  },
  {
    slug: 'statement-by-odihr-on-human-rights-day',
    title: 'Statement by ODIHR on Human Rights Day',
    type: 'statement',
    issuedOn: '2024-12-10',
    lead: 'On Human Rights Day, ODIHR called on participating States to protect human rights defenders and civil society organizations and to ensure that they can work without fear of reprisals.',
    body:
      'Human rights defenders play a vital role in holding authorities accountable, documenting violations and helping victims obtain justice. In many parts of the OSCE region, however, they face restrictive laws, smear campaigns, surveillance and physical attacks.\n\n' +
      'Participating States have recognized the important role of civil society and committed to respecting the freedoms of association, peaceful assembly and expression. Laws that stigmatize organizations receiving foreign funding or that impose burdensome reporting requirements run counter to these commitments.\n\n' +
      'ODIHR will continue to monitor the situation of human rights defenders, to provide legislative reviews on request and to support dialogue between governments and civil society. Respect for human rights is not only a commitment in itself but also a foundation for lasting security.',
    issuedBy: ['odihr'],
    fields: ['human-rights', 'democratization'],
    countries: [],
  },
  {
    slug: 'cyber-points-of-contact-test-communication-channels-in-osce-wide-exercise',
    title: 'Cyber points of contact test communication channels in OSCE-wide exercise',
    type: 'news_item',
    issuedOn: '2024-11-19',
    lead: 'Policy and technical points of contact from participating States took part in an exercise designed to check that they can reach one another quickly in the event of a serious cyber incident.',
    body:
      'The exercise was organized by the Transnational Threats Department as part of the implementation of the OSCE confidence-building measures on cyber and ICT security. It simulated an incident affecting critical infrastructure in several States.\n\n' +
      'Participants received scenario messages and had to respond within set time frames, confirming contact details and requesting clarification from the States concerned. The exercise showed that most points of contact responded promptly, while some contact details needed updating.\n\n' +
      'Confidence-building measures in cyberspace aim to reduce the risk of misunderstanding and escalation between States. A summary of lessons learned will be discussed by the informal working group on cybersecurity.',
    issuedBy: ['transnational-threats-department'],
    fields: ['cyber-ict-security', 'conflict-prevention-and-resolution'],
    countries: [],
  },
  {
    slug: 'e-learning-course-on-integrity-in-public-procurement-launched',
    title: 'E-learning course on integrity in public procurement launched for officials in Armenia and Mongolia',
    type: 'news_item',
    issuedOn: '2024-10-22',
    lead: 'A free online course developed by the Office of the Co-ordinator of OSCE Economic and Environmental Activities helps public officials recognize and prevent corruption risks in public procurement.',
    body:
      'Public procurement accounts for a large share of government spending and is particularly vulnerable to corruption. The course covers each stage of the procurement cycle, from needs assessment and tender design to contract management and audit.\n\n' +
      'Interactive case studies show common red flags such as tailored technical specifications, bid rigging and unjustified contract amendments. Participants also learn about the benefits of publishing procurement data in open formats that allow journalists and civil society to monitor spending.\n\n' +
      'The course was tested with pilot groups of procurement officials from Armenia and Mongolia, whose feedback was used to refine the content. It is now available in English and Russian, with further language versions planned.',
    issuedBy: ['economic-and-environmental-activities'],
    fields: ['good-governance', 'economic-activities'],
    countries: ['armenia', 'mongolia'],
  },
  {
    slug: 'high-commissioner-discusses-state-language-and-minority-education-in-georgia',
    title: 'High Commissioner discusses state language teaching and minority education in Georgia',
    type: 'news_item',
    issuedOn: '2024-10-01',
    lead: 'During a visit to Georgia, the High Commissioner on National Minorities discussed with officials, teachers and community representatives how to improve the teaching of the state language in minority-populated regions.',
    body:
      'The High Commissioner met education officials in Tbilisi and travelled to regions where many residents belong to national minorities. Meetings were held with school directors, teachers, parents and students in bilingual schools.\n\n' +
      'Discussions focused on the quality of bilingual education, the training of teachers and access to university for graduates from minority-language schools. Community representatives also raised the availability of textbooks in minority languages.\n\n' +
      'The High Commissioner welcomed the efforts made to expand bilingual education and encouraged the authorities to ensure that reforms are based on consultation with the communities concerned. The Office will continue to offer expert advice on multilingual education.',
    issuedBy: ['high-commissioner-on-national-minorities'],
    fields: ['national-minority-issues', 'education'],
    countries: ['georgia'],
  },
  {
    slug: 'simulation-exercise-in-albania-trains-practitioners-to-identify-trafficking',
    title: 'Simulation exercise in Albania trains practitioners to identify trafficking among migrants',
    type: 'news_item',
    issuedOn: '2024-09-17',
    lead: 'Police, labour inspectors, prosecutors and social workers took part in a five-day simulation exercise in which actors played victims and traffickers in realistic cases of labour and sexual exploitation along migration routes.',
    body:
      'The exercise was organized by the OSCE Presence in Albania and the Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings. The 60 participants worked in multi-agency teams, as they would in real investigations.\n\n' +
      'Scenarios included a group of migrants held in debt bondage on a construction site and a young woman recruited online with a false job offer abroad. Teams had to interview the victims, secure evidence, arrange protection and decide on charges.\n\n' +
      'Experienced practitioners observed the teams and gave feedback after each stage. Participants said the exercise showed them how important it is to build trust with victims and to share information quickly between agencies.\n\n' +
      'The simulation-based training methodology has been used by the OSCE in many participating States and is adapted each time to the local legal framework and trafficking patterns. Graduates of earlier exercises often return as trainers and facilitators.',
    issuedBy: ['presence-in-albania', 'combating-trafficking-in-human-beings'],
    fields: ['combating-trafficking-in-human-beings', 'migration'],
    countries: ['albania'],
  },
  {
    slug: 'parliamentary-assembly-adopts-declaration-at-annual-session',
    title: 'Parliamentary Assembly adopts declaration at annual session',
    type: 'press_release',
    issuedOn: '2024-07-03',
    lead: 'Members of the OSCE Parliamentary Assembly concluded their annual session by adopting a declaration containing recommendations in the areas of political and military security, economics and environment, and human rights.',
    body:
      'Close to 300 parliamentarians from OSCE participating States took part in the session, which was held over five days. The three general committees debated and amended draft resolutions before the declaration was adopted in plenary.\n\n' +
      'Recommendations in the declaration address topics including the protection of civilians in armed conflict, the security implications of artificial intelligence, corruption and the safety of journalists. Several resolutions call on governments to step up co-operation on combating trafficking in human beings and to support the OSCE\'s field operations.\n\n' +
      'The session also included the election of Assembly officers and special debates on the situation of democratic institutions across the region. Members heard reports from recent missions of parliamentarians observing elections in participating States. The declaration will be forwarded to the governments and parliaments of participating States and to the OSCE\'s decision-making bodies.',
    issuedBy: ['parliamentary-assembly'],
    fields: ['democratization', 'good-governance'],
    countries: ['romania'],
  },
  {
    slug: 'community-safety-councils-in-kosovo-bring-police-and-residents-together',
    title: 'Community safety councils in Kosovo bring police and residents together on local concerns',
    type: 'news_item',
    issuedOn: '2024-06-11',
    lead: 'Municipal community safety councils supported by the OSCE Mission in Kosovo held open meetings in twelve municipalities, where residents raised issues ranging from traffic safety to domestic violence.',
    body:
      'The councils bring together municipal officials, police, school representatives and members of all communities living in a municipality. They meet regularly to identify safety problems and agree on joint action.\n\n' +
      'At this round of meetings, residents asked for better street lighting near schools, more police patrols in rural areas and information on how to report domestic violence. In several municipalities, members of non-majority communities raised concerns about property-related incidents.\n\n' +
      'Police representatives explained how complaints are handled and committed to following up on specific cases. The Mission monitors the work of the councils and provides training to their members on community-based approaches to safety.',
    issuedBy: ['mission-in-kosovo'],
    fields: ['policing', 'human-rights'],
    countries: [],
  },
  {
    slug: 'farmers-in-turkmenistan-learn-water-saving-irrigation-techniques',
    title: 'Farmers in Turkmenistan learn water-saving irrigation techniques',
    type: 'news_item',
    issuedOn: '2024-05-21',
    lead: 'A seminar organized by the OSCE Centre in Ashgabat introduced farmers and water managers from the Lebap region to drip irrigation, laser land levelling and other methods to use scarce water more efficiently.',
    body:
      'Agriculture accounts for most of the water used in Turkmenistan, and much of it is lost through evaporation and leaking canals. Experts from research institutes presented methods that can reduce water use while maintaining or increasing harvests.\n\n' +
      'Participants visited a demonstration field where drip irrigation is used for vegetables and cotton. They also discussed the cost of equipment and the role of water user associations in maintaining irrigation networks.\n\n' +
      'The seminar is part of the Centre\'s work on the sustainable management of natural resources and on the links between environment and security. A guide summarizing the techniques will be distributed to farmers in Turkmen and Russian.',
    issuedBy: ['centre-in-ashgabat'],
    fields: ['environmental-activities', 'economic-activities'],
    countries: ['turkmenistan'],
  },
  {
    slug: 'roma-and-egyptian-community-mediators-in-montenegro-complete-training',
    title: 'Roma and Egyptian community mediators in Montenegro complete training on education and health',
    type: 'news_item',
    issuedOn: '2024-04-09',
    lead: 'Fifteen community mediators who help Roma and Egyptian families deal with schools, health centres and social services have completed a certified training programme.',
    body:
      'The programme was developed by the OSCE Mission to Montenegro with the ministry responsible for human and minority rights. It consisted of five modules delivered over three months.\n\n' +
      'Mediators learned about the rights of children to education, procedures for enrolment in pre-school and the vaccination schedule, as well as techniques for resolving conflicts between families and institutions. They also visited schools where mediators have helped reduce the number of children dropping out.\n\n' +
      'Many of the mediators come from the communities they serve and speak the languages spoken at home. The Mission will support efforts to give the profession a stable legal status and regular funding.',
    issuedBy: ['mission-to-montenegro'],
    fields: ['roma-and-sinti', 'education'],
    countries: ['montenegro'],
  },
  {
    slug: 'international-observers-deployed-for-elections-in-north-macedonia',
    title: 'International observers deployed for presidential and parliamentary elections in North Macedonia',
    type: 'press_release',
    issuedOn: '2024-04-05',
    lead: 'ODIHR and the OSCE Parliamentary Assembly are observing the presidential and parliamentary elections, with a team of experts in Skopje and long-term observers deployed throughout the country.',
    body:
      'ODIHR\'s election observation mission is assessing the entire electoral process, including the legal framework, election administration, voter registration, campaign finance and the media. Long-term observers are following the campaign in all regions and meeting local election officials and candidates.\n\n' +
      'On election day, the mission will be joined by short-term observers seconded by participating States and by a delegation of members of the OSCE Parliamentary Assembly. Observers will visit polling stations to follow voting, counting and the tabulation of results.\n\n' +
      'A joint statement of preliminary findings and conclusions will be presented at a press conference after election day. The observers do not interfere in the electoral process, and their assessment is based on OSCE commitments and international standards.',
    issuedBy: ['odihr', 'parliamentary-assembly'],
    fields: ['elections'],
    countries: ['north-macedonia'],
  },
  {
    slug: 'new-cohort-of-junior-professionals-joins-osce-with-focus-on-gender-balance',
    title: 'New cohort of junior professionals joins OSCE with focus on gender balance',
    type: 'press_release',
    issuedOn: '2024-03-08',
    lead: 'Twenty-two young graduates from across the OSCE region have started nine-month placements in the Secretariat, institutions and field operations, with women making up more than half of the cohort.',
    body:
      'The Department of Human Resources selected the junior professionals from more than 1,500 applications. The programme is open to nationals of participating States aged up to 30 who hold a university degree.\n\n' +
      'Placements range from the observation of elections and border security to budgeting and communications. Each participant is assigned a supervisor and takes part in a structured learning programme on the Organization\'s work and values.\n\n' +
      'The Gender Issues Programme contributed to the design of the selection process and outreach, which targeted groups that are under-represented in international security careers. The OSCE aims to achieve gender parity at all levels of its workforce and to offer young people a first step into an international career.',
    issuedBy: ['human-resources', 'gender-issues-programme'],
    fields: ['gender-equality', 'youth'],
    countries: [],
  },
  {
    slug: 'financial-investigators-in-tajikistan-trained-to-trace-virtual-assets',
    title: 'Financial investigators in Tajikistan trained to trace virtual assets linked to terrorism financing',
    type: 'news_item',
    issuedOn: '2024-02-13',
    lead: 'Police investigators, prosecutors and financial intelligence analysts in Tajikistan learned how criminals use cryptocurrencies and how transactions on public blockchains can be followed.',
    body:
      'The five-day course was organized by the OSCE Programme Office in Dushanbe and the Transnational Threats Department. It combined lectures with hands-on exercises using open-source blockchain analysis tools.\n\n' +
      'Participants studied typical schemes in which funds are moved through several wallets and exchanges to hide their origin. They also discussed how to seize virtual assets lawfully and how to co-operate with exchanges registered abroad.\n\n' +
      'Trainers emphasized that investigations in this area must respect the right to privacy and be based on clear legal authority. Participants agreed that closer co-operation between the financial intelligence unit and law enforcement will be needed as the use of virtual assets grows.',
    issuedBy: ['programme-office-in-dushanbe', 'transnational-threats-department'],
    fields: ['countering-terrorism', 'policing'],
    countries: ['tajikistan'],
  },
  {
    slug: 'osce-hands-over-equipment-to-secure-ammunition-storage-sites-in-moldova',
    title: 'OSCE hands over equipment to secure ammunition storage sites in Moldova',
    type: 'news_item',
    issuedOn: '2024-01-23',
    lead: 'Intrusion detection systems, fire extinguishing equipment and lightning protection installed with OSCE support will improve the safety of two storage sites for weapons and ammunition in Moldova.',
    body:
      'The OSCE Mission to Moldova and the Conflict Prevention Centre handed over the equipment to the Ministry of Defence at a ceremony at one of the sites. The project was funded by voluntary contributions from several participating States.\n\n' +
      'Poorly secured storage sites can be a source of illicit weapons and a risk to nearby residents if ammunition explodes unexpectedly. The new equipment includes perimeter fencing, video surveillance and environmental sensors that monitor temperature and humidity in the depots.\n\n' +
      'Personnel responsible for the sites also received training in operating the systems and in inventory management. The project continues a series of OSCE activities in Moldova aimed at reducing the risks posed by surplus and unsafely stored ammunition.',
    issuedBy: ['mission-to-moldova', 'conflict-prevention-centre'],
    fields: ['arms-control', 'reform-and-co-operation-in-the-security-sector'],
    countries: ['moldova'],
  },
  {
    slug: 'ministerial-council-meeting-ends-with-calls-for-renewed-dialogue',
    title: 'Ministerial Council meeting ends with calls for renewed dialogue and respect for commitments',
    type: 'press_release',
    issuedOn: '2023-12-01',
    lead: 'Foreign ministers and heads of delegation from OSCE participating States concluded their annual meeting with discussions on the future of the Organization and on the security challenges facing the region.',
    body:
      'The two-day meeting of the Ministerial Council brought together delegations from all participating States, as well as Partners for Co-operation and international organizations. Ministers discussed the continuing impact of armed conflict in the region, the situation in protracted conflict areas and the Organization\'s budget and leadership.\n\n' +
      'In their statements, many delegations underlined the importance of the principles enshrined in the Helsinki Final Act and of keeping channels of dialogue open in difficult times. Side events covered topics including women\'s participation in peace processes, cybersecurity and the protection of journalists.\n\n' +
      'The Chairpersonship thanked participating States for their engagement throughout the year. The Secretary General emphasized the value of the OSCE\'s field operations and institutions in supporting participating States on the ground.',
    issuedBy: ['chairpersonship', 'secretary-general'],
    fields: ['conflict-prevention-and-resolution', 'democratization'],
    countries: ['north-macedonia'],
  },
  {
    slug: 'office-of-internal-oversight-presents-annual-report-to-participating-states',
    title: 'Office of Internal Oversight presents annual report to participating States',
    type: 'press_release',
    issuedOn: '2023-11-16',
    lead: 'The OSCE Office of Internal Oversight has presented its annual report, summarizing audits, evaluations and investigations completed during the year and the status of recommendations made to management.',
    body:
      'The report covers internal audits of field operations and Secretariat departments, evaluations of selected programmes and the handling of allegations of misconduct. It also provides an overview of how many recommendations have been implemented.\n\n' +
      'Audits completed during the year examined procurement, asset management and information security, among other areas. Evaluations assessed the results of projects in the areas of border management and gender equality and drew lessons for future programming.\n\n' +
      'The Office continues to provide independent assurance that the Organization\'s resources are used efficiently and in line with its rules. Its work supports accountability towards participating States and transparency in the management of the OSCE.',
    issuedBy: ['internal-oversight'],
    fields: ['good-governance'],
    countries: [],
  },
  {
    slug: 'young-leaders-draft-recommendations-on-youth-peace-and-security-at-vienna-forum',
    title: 'Young leaders draft recommendations on youth, peace and security at Vienna forum',
    type: 'news_item',
    issuedOn: '2023-10-25',
    lead: 'Fifty young people aged 18 to 30 from across the OSCE region spent three days in Vienna discussing how young people can take part in preventing conflict and building trust between communities.',
    body:
      'The forum was organized by the OSCE Secretariat\'s Opportunities for Youth team. Participants included activists, students, young civil servants and members of youth councils.\n\n' +
      'Working groups focused on dialogue across dividing lines, climate and security, and online hate speech. Participants shared projects they run in their own communities, such as youth exchanges between neighbouring towns and podcasts that give a voice to young people in border areas.\n\n' +
      'The forum ended with a set of recommendations addressed to participating States and to the OSCE. These include involving young people in peace processes, creating youth advisory bodies in public institutions and supporting youth-led initiatives with small grants.',
    issuedBy: ['opportunities-for-youth'],
    fields: ['youth', 'conflict-prevention-and-resolution'],
    countries: ['austria'],
  },
  {
    slug: 'north-macedonia-election-officials-trained-on-accessible-voting',
    title: 'Election officials in North Macedonia trained to make voting accessible for persons with disabilities',
    type: 'news_item',
    issuedOn: '2023-10-10',
    lead: 'Members of municipal election commissions learned how to set up polling stations and assist voters so that persons with disabilities can cast their ballot independently and in secret.',
    body:
      'The OSCE Mission to Skopje organized the training sessions with the State Election Commission and national organizations of persons with disabilities. Sessions took place in six towns and reached more than 120 election officials.\n\n' +
      'Representatives of disability organizations explained the barriers their members face on election day, from steps at the entrance to the lack of ballot guides in Braille. Participants practised arranging voting screens and ramps and assisting voters without compromising the secrecy of the vote.\n\n' +
      'The Mission also supported the production of an easy-to-read guide on voting procedures. The State Election Commission intends to use the training materials in preparation for future elections.',
    issuedBy: ['mission-to-skopje'],
    fields: ['elections', 'human-rights'],
    countries: ['north-macedonia'],
  },
  {
    slug: 'small-arms-points-of-contact-share-stockpile-management-practices-in-vienna',
    title: 'Small arms points of contact meet in Vienna to share stockpile management practices',
    type: 'news_item',
    issuedOn: '2023-09-05',
    lead: 'National points of contact on small arms and light weapons and conventional ammunition met for two days in Vienna to exchange experience in safe storage, marking and destruction of surplus weapons.',
    body:
      'The meeting was organized by the OSCE Conflict Prevention Centre and attracted more than 90 participants from defence ministries, interior ministries and police forces. It is held regularly to support implementation of the OSCE documents on small arms and on stocks of conventional ammunition.\n\n' +
      'Participants presented projects completed with OSCE assistance, including upgraded depots with modern security and fire protection systems. Experts discussed how poor storage conditions can lead to unplanned explosions that endanger nearby communities.\n\n' +
      'Sessions also addressed weapons marking and record-keeping, which make it possible to trace firearms used in crime. Several delegations expressed interest in OSCE support for new projects, which will be assessed by the Secretariat in the coming months.',
    issuedBy: ['conflict-prevention-centre', 'secretariat'],
    fields: ['arms-control', 'reform-and-co-operation-in-the-security-sector'],
    countries: ['austria'],
  },
  {
    slug: 'documentation-centre-in-prague-hosts-summer-residency-for-researchers',
    title: 'Documentation Centre in Prague hosts summer residency for researchers on the history of the CSCE',
    type: 'news_item',
    issuedOn: '2023-07-12',
    lead: 'Eight researchers from universities in six participating States spent three weeks in Prague studying archival records from the early years of the Conference on Security and Co-operation in Europe.',
    body:
      'The OSCE Documentation Centre in Prague holds the Organization\'s historical records, including documents from the negotiations that led to the Helsinki Final Act. Its residency programme gives doctoral students and early-career researchers access to these collections and to the knowledge of archivists.\n\n' +
      'This year\'s participants are working on topics ranging from the human dimension follow-up meetings of the 1980s to the establishment of the first field missions. Archivists introduced them to search tools and to the rules for using restricted materials.\n\n' +
      'At the end of the residency, the researchers presented their preliminary findings at a public seminar. Several plan to publish articles based on the material they consulted, contributing to a better understanding of how co-operative security in Europe developed.',
    issuedBy: ['documentation-centre-in-prague'],
    fields: ['education'],
    countries: ['czech-republic'],
  },
  {
    slug: 'young-women-in-kazakhstan-begin-a-mentorship-programme-in-cybersecurity',
    title: 'Young women in Kazakhstan begin a mentorship programme in cybersecurity',
    type: 'news_item',
    issuedOn: '2023-06-20',
    lead: 'Thirty female students and young professionals were paired with experienced cybersecurity specialists for a six-month programme of mentoring, online courses and practical exercises.',
    body:
      'The OSCE Programme Office in Astana launched the programme with a national association of information security professionals. Women remain under-represented in cybersecurity careers, and the programme aims to encourage more of them to enter and remain in the field.\n\n' +
      'Participants will complete modules on network security, digital forensics and incident response, as well as a capture-the-flag competition at the end of the programme. Mentors will meet their mentees monthly to discuss career choices and technical challenges.\n\n' +
      'Employers from the public and private sectors have offered internships for the best-performing participants. The Programme Office plans to extend the initiative to other regions of Kazakhstan next year.',
    issuedBy: ['programme-office-in-astana'],
    fields: ['cyber-ict-security', 'gender-equality', 'youth'],
    countries: ['kazakhstan'],
  },
  {
    slug: 'central-asian-experts-map-climate-related-security-risks-in-shared-river-basins',
    title: 'Central Asian experts map climate-related security risks in shared river basins',
    type: 'news_item',
    issuedOn: '2023-05-30',
    lead: 'Government officials, scientists and civil society representatives from Central Asia identified areas where glacier melt, drought and changing water availability could increase the risk of tensions.',
    body:
      'The regional consultation was organized by the Office of the Co-ordinator of OSCE Economic and Environmental Activities as part of a project on climate change and security. Participants worked with maps that combine climate projections with data on population, agriculture and infrastructure.\n\n' +
      'Hotspots identified during the discussion included irrigated valleys that depend on the same water sources, mountain communities exposed to mudflows and border areas where access to pastures is contested. Participants stressed that the risks are not inevitable and depend largely on how water is managed and shared.\n\n' +
      'The findings will be published in a regional assessment that proposes joint actions, such as sharing hydrological data and early warning of floods. The assessment will be used to design small pilot projects in communities on both sides of national borders.',
    issuedBy: ['economic-and-environmental-activities'],
    fields: ['environmental-activities', 'conflict-prevention-and-resolution'],
    countries: ['kazakhstan', 'kyrgyzstan', 'uzbekistan'],
  },
  {
    slug: 'serbian-journalists-and-police-discuss-safety-of-reporters-at-public-gatherings',
    title: 'Serbian journalists and police discuss safety of reporters covering public gatherings',
    type: 'news_item',
    issuedOn: '2023-05-03',
    lead: 'To mark World Press Freedom Day, reporters, editors and police commanders in Serbia met in Belgrade to agree on practical steps to keep journalists safe while covering protests and other public events.',
    body:
      'The round table was organized by the OSCE Mission to Serbia with the participation of the Office of the Representative on Freedom of the Media. It brought together journalists\' associations, public order police units and the prosecutors responsible for cases involving threats against journalists.\n\n' +
      'Journalists described incidents in which they had been pushed, had their equipment damaged or were prevented from filming. Police representatives explained how officers are briefed before large gatherings and how journalists can identify themselves to commanders on the ground.\n\n' +
      'Participants supported the idea of a contact point within the police for media organizations during major events. They also stressed the importance of quick investigations when journalists report attacks.\n\n' +
      'The Mission has supported a national platform that records attacks and pressure on journalists and will continue to work with media associations and the police on its implementation. Data collected by the platform help the authorities and journalists track whether reported cases are followed up.',
    issuedBy: ['mission-to-serbia', 'representative-on-freedom-of-the-media'],
    fields: ['media-freedom-and-development', 'policing'],
    countries: ['serbia'],
  },
  {
    slug: 'odihr-opens-observation-mission-for-early-parliamentary-elections-in-montenegro',
    title: 'ODIHR opens observation mission for early parliamentary elections in Montenegro',
    type: 'press_release',
    issuedOn: '2023-04-27',
    lead: 'Following an invitation from the authorities, ODIHR has deployed an election observation mission to follow the early parliamentary elections, consisting of a core team of experts and long-term observers.',
    body:
      'The core team, based in Podgorica, comprises 11 experts from OSCE participating States. In addition, 20 long-term observers will be deployed across the country from the beginning of May.\n\n' +
      'The mission will assess the elections for their compliance with OSCE commitments and other international standards for democratic elections, as well as with national legislation. Observers will look at the legal framework, the work of the election administration, the campaign, the media environment and the handling of complaints and appeals.\n\n' +
      'Mission members will meet representatives of state authorities, political parties, civil society, the media and the international community. ODIHR will request participating States to second short-term observers to follow election day procedures.\n\n' +
      'A statement of preliminary findings and conclusions will be issued the day after the elections. A final report with recommendations will be published some weeks after the completion of the electoral process.',
    issuedBy: ['odihr'],
    fields: ['elections', 'democratization'],
    countries: ['montenegro'],
  },
  {
    slug: 'students-from-divided-schools-in-bih-produce-joint-theatre-play-on-tolerance',
    title: 'Students from divided schools in Bosnia and Herzegovina produce joint theatre play on tolerance',
    type: 'news_item',
    issuedOn: '2023-03-15',
    lead: 'Secondary school students who share a building but follow separate curricula spent four months writing and rehearsing a play about friendship across ethnic lines, which premiered in front of parents and teachers.',
    body:
      'The project was supported by the OSCE Mission to Bosnia and Herzegovina as part of its efforts to promote inclusive education. Students from two schools operating under one roof met every week with a director and a drama teacher to develop the story together.\n\n' +
      'The play follows two teenagers whose families disapprove of their friendship and who have to decide whether to give in to pressure from those around them. The students drew on their own experiences of attending classes in shifts and using separate entrances.\n\n' +
      'More than 300 people attended the premiere, including local officials and representatives of the education ministry. The students plan to tour the play to other towns where schools remain divided.\n\n' +
      'The Mission continues to advocate for an end to segregation in education and to support school councils and student councils that bring young people together. Such councils give youth a practical experience of democracy and of working across ethnic lines.',
    issuedBy: ['mission-to-bosnia-and-herzegovina'],
    fields: ['education', 'tolerance-and-non-discrimination', 'youth'],
    countries: ['bosnia-and-herzegovina'],
  },
  {
    slug: 'high-commissioner-on-national-minorities-marks-international-mother-language-day',
    title: 'High Commissioner on National Minorities marks International Mother Language Day',
    type: 'statement',
    issuedOn: '2023-02-21',
    lead: 'On International Mother Language Day, the OSCE High Commissioner on National Minorities underlined that learning in and about one\'s own language strengthens both personal identity and social cohesion.',
    body:
      'Language is at the heart of the identity of many national minorities. Being able to learn it, use it in daily life and pass it on to the next generation is a right recognized in the commitments of participating States.\n\n' +
      'Education policies work best when they combine good teaching of minority languages with effective teaching of the state language. Such an approach gives children from minority communities full access to higher education and employment while allowing them to keep their linguistic heritage.\n\n' +
      'The High Commissioner encourages governments to design language policies in consultation with the communities concerned and to introduce changes gradually and with adequate resources. Policies imposed without dialogue risk creating grievances that can undermine trust between communities and the State.',
    issuedBy: ['high-commissioner-on-national-minorities'],
    fields: ['national-minority-issues', 'education'],
    countries: [],
  },
  {
    slug: 'judges-in-uzbekistan-trained-on-fair-trial-standards-and-reasoning-of-decisions',
    title: 'Judges in Uzbekistan trained on fair trial standards and the reasoning of court decisions',
    type: 'news_item',
    issuedOn: '2023-01-24',
    lead: 'Criminal and administrative court judges from several regions of Uzbekistan attended a training course on international fair trial standards and on writing clear, well-reasoned judgments.',
    body:
      'The OSCE Project Co-ordinator in Uzbekistan organized the three-day course with the national training centre for judges. Trainers included judges from other participating States who shared examples from their own courts.\n\n' +
      'Sessions covered the presumption of innocence, equality of arms between prosecution and defence and the right to be tried within a reasonable time. Participants worked in small groups on anonymized case files and drafted sections of judgments explaining how evidence had been assessed.\n\n' +
      'Participants said that well-reasoned decisions make it easier for the parties to understand the outcome and for higher courts to review it. The training materials will be integrated into the regular curriculum of the judicial training centre.',
    issuedBy: ['project-co-ordinator-in-uzbekistan'],
    fields: ['rule-of-law', 'human-rights'],
    countries: ['uzbekistan'],
  },
  {
    slug: 'report-reviews-use-of-community-languages-in-kosovo-municipalities',
    title: 'Report reviews use of community languages in Kosovo municipalities',
    type: 'news_item',
    issuedOn: '2022-12-06',
    lead: 'A new OSCE Mission in Kosovo report assesses whether municipal services, signs and official documents are available in the languages of communities living in each municipality.',
    body:
      'The report is based on monitoring carried out by Mission field teams in all municipalities over a period of 12 months. It looks at municipal websites, public signs, the translation of assembly meetings and the availability of interpreters at service counters.\n\n' +
      'The findings show that some municipalities have made noticeable progress, particularly in publishing decisions in more than one language. However, the report notes continuing shortages of qualified translators and inconsistent application of the rules on street signs and official forms.\n\n' +
      'The Mission recommends that municipalities adopt annual language plans, allocate sufficient budget for translation and train staff on the rights of non-majority communities. It will discuss the findings with the relevant institutions and municipal language officers in the coming months.',
    issuedBy: ['mission-in-kosovo'],
    fields: ['national-minority-issues', 'good-governance'],
    countries: [],
  },
  {
    slug: 'osce-conference-looks-at-preventing-youth-radicalization-that-leads-to-terrorism',
    title: 'OSCE conference looks at preventing youth radicalization that leads to terrorism',
    type: 'press_release',
    issuedOn: '2022-11-08',
    lead: 'Policymakers, researchers, police and youth workers met in Vienna to share approaches for preventing violent extremism among young people, both online and in local communities.',
    body:
      'The OSCE-wide conference was organized by the Transnational Threats Department with the Secretariat\'s Opportunities for Youth team. It brought together some 180 participants from governments, civil society and international organizations.\n\n' +
      'Sessions examined how extremist groups use gaming platforms, video sites and encrypted messaging services to reach teenagers. Researchers presented findings that a sense of exclusion and lack of prospects often matter more than ideology in drawing young people towards violent groups.\n\n' +
      'Participants exchanged examples of prevention programmes run by municipalities, schools and sports clubs, and discussed the importance of involving families and former extremists. Young speakers stressed that they want to be treated as partners rather than as a risk to be managed.\n\n' +
      'The conference also addressed the need for prevention measures that fully respect human rights and avoid stigmatizing particular communities. A report with the main recommendations will be circulated to participating States.',
    issuedBy: ['transnational-threats-department', 'opportunities-for-youth'],
    fields: ['countering-terrorism', 'youth'],
    countries: [],
  },
  {
    slug: 'representative-calls-for-end-to-impunity-for-crimes-against-journalists',
    title: 'Media freedom Representative calls for an end to impunity for crimes against journalists',
    type: 'statement',
    issuedOn: '2022-11-02',
    lead: 'The OSCE Representative on Freedom of the Media called on participating States to investigate every attack on journalists promptly and effectively, warning that impunity encourages further violence.',
    body:
      'Journalists across the OSCE region continue to be threatened, assaulted and, in the most serious cases, killed because of their work. In far too many cases, those responsible are never brought to justice.\n\n' +
      'Impunity sends a message that attacking journalists carries no cost. It has a chilling effect not only on the journalists directly targeted but on entire newsrooms and on society\'s right to receive information.\n\n' +
      'Participating States have committed to ensuring the safety of journalists. This means independent and thorough investigations, the prosecution of those who order attacks as well as those who carry them out, and protection for journalists who are at risk, including women journalists who face online harassment.\n\n' +
      'The Office of the Representative will continue to raise individual cases with the authorities concerned and to offer support for national mechanisms that protect media workers. It will also support training for police and prosecutors on investigating crimes against journalists.',
    issuedBy: ['representative-on-freedom-of-the-media'],
    fields: ['media-freedom-and-development', 'rule-of-law'],
    countries: [],
  },
  {
    slug: 'parliamentary-assembly-autumn-meeting-focuses-on-water-security',
    title: 'Parliamentary Assembly autumn meeting focuses on water security and the impact of climate change',
    type: 'press_release',
    issuedOn: '2022-10-14',
    lead: 'Parliamentarians from across the OSCE region discussed how droughts, floods and competition over water could fuel tensions, and what national parliaments can do to prevent them.',
    body:
      'More than 200 members of parliament took part in the autumn meeting of the OSCE Parliamentary Assembly. The agenda included a parliamentary conference on water security and a session on the role of legislatures in preventing conflict.\n\n' +
      'Speakers noted that many rivers and lakes in the OSCE region are shared by two or more countries, and that agreements on their use often date back decades. Several delegations described how joint commissions and data-sharing arrangements had helped neighbouring States avoid disputes during dry years.\n\n' +
      'Parliamentarians agreed that budget decisions, laws on land use and oversight of governments all shape how well societies can adapt to a changing climate. They called for closer co-operation between parliaments in neighbouring countries and for the inclusion of climate risks in national security strategies.\n\n' +
      'The outcomes of the discussion will feed into the work of the Assembly\'s General Committee on Economic Affairs, Science, Technology and Environment in the coming year. Members also agreed to return to the topic at the Assembly\'s next annual session.',
    issuedBy: ['parliamentary-assembly'],
    fields: ['conflict-prevention-and-resolution', 'environmental-activities', 'democratization'],
    countries: [],
  },
  {
    slug: 'turkmen-officials-discuss-electronic-single-window-for-cross-border-trade',
    title: 'Turkmen customs and trade officials discuss electronic single window for cross-border trade',
    type: 'news_item',
    issuedOn: '2022-09-14',
    lead: 'A three-day seminar in Ashgabat looked at how a single electronic window for import and export formalities could cut waiting times at the border and make trade procedures more transparent.',
    body:
      'The seminar was organized by the OSCE Centre in Ashgabat for officials from the customs service, the ministry of trade, veterinary and phytosanitary services and the state commodity exchange. International experts presented examples of single window systems introduced in other participating States.\n\n' +
      'Participants examined each step a trader currently has to take to move goods across the border and identified documents that could be submitted once and shared electronically between agencies. They also discussed data protection, the legal basis for electronic signatures and the need for reliable internet connections at border crossing points.\n\n' +
      'The Centre will publish a summary of recommendations and plans a study visit for a small group of officials to see a single window in operation. Trade facilitation and connectivity are among the priorities of the Centre\'s work in the economic and environmental dimension.',
    issuedBy: ['centre-in-ashgabat'],
    fields: ['economic-activities', 'border-management'],
    countries: ['turkmenistan'],
  },
  {
    slug: 'special-representative-statement-world-day-against-trafficking-in-persons',
    title: 'Statement by the Special Representative on the World Day against Trafficking in Persons',
    type: 'statement',
    issuedOn: '2022-07-30',
    lead: 'On the World Day against Trafficking in Persons, the OSCE Special Representative and Co-ordinator for Combating Trafficking in Human Beings urged States to put the protection of victims at the centre of their response.',
    body:
      'Trafficking in human beings is a crime that thrives on inequality, conflict and displacement. Over the past year, large movements of people across the OSCE region have created new opportunities for traffickers, who are quick to exploit people who have lost their homes and livelihoods.\n\n' +
      'Victims must be identified early, protected and supported, regardless of whether they are able or willing to co-operate with criminal proceedings. No person should be punished for offences they were compelled to commit as a direct result of being trafficked.\n\n' +
      'States also need to address the demand that fuels exploitation, including in supply chains and through online platforms. The Office of the Special Representative will continue to support participating States with guidance, training and simulation-based exercises that bring together police, prosecutors, labour inspectors and civil society.',
    issuedBy: ['combating-trafficking-in-human-beings'],
    fields: ['combating-trafficking-in-human-beings', 'human-rights'],
    countries: [],
  },
  {
    slug: 'moldova-information-campaign-warns-refugees-from-ukraine-about-trafficking-risks',
    title: 'Moldova: information campaign warns refugees from Ukraine about trafficking risks',
    type: 'news_item',
    issuedOn: '2022-06-21',
    lead: 'Leaflets, posters and social media messages in Romanian, Russian and Ukrainian are helping people arriving in Moldova from Ukraine to recognize false offers of work, transport or accommodation.',
    body:
      'The OSCE Mission to Moldova developed the materials with the national anti-trafficking committee and non-governmental organizations that assist people at border crossing points and in temporary accommodation centres. The campaign gives the number of a free hotline that operates around the clock.\n\n' +
      'Most of the people arriving are women and children, who can be particularly vulnerable to exploitation when they are far from home and short of money. The messages advise them to keep their identity documents, to share travel plans with someone they trust and to check job offers before accepting them.\n\n' +
      'The Mission has also supported training for border police, social workers and volunteers on how to spot signs of trafficking and refer possible victims to specialized services. More than 300 front-line workers have taken part so far.',
    issuedBy: ['mission-to-moldova'],
    fields: ['combating-trafficking-in-human-beings', 'migration'],
    countries: ['moldova', 'ukraine'],
  },
  {
    slug: 'kyrgyz-police-officers-trained-to-respond-to-domestic-violence-calls',
    title: 'Kyrgyz police officers trained to respond to domestic violence calls',
    type: 'news_item',
    issuedOn: '2022-05-17',
    lead: 'Forty district police inspectors from Chui and Issyk-Kul regions completed a training course on handling domestic violence cases, from the first call to the issuing of protection orders.',
    body:
      'The OSCE Programme Office in Bishkek organized the course together with the police academy and a local crisis centre for women. Trainers included experienced police officers, a prosecutor and a psychologist who works with survivors.\n\n' +
      'The participants practised interviewing victims in a safe and respectful way, assessing the risk of repeat violence and documenting injuries so that evidence can be used in court. They also reviewed the legal framework for temporary protection orders and the obligations of police to enforce them.\n\n' +
      'A session led by the crisis centre explained how police can refer survivors to shelters, legal aid and medical services. Participants agreed that better coordination between police and service providers is key to preventing tragic outcomes.\n\n' +
      'The course is part of the Programme Office\'s long-standing support to community policing in Kyrgyzstan, which aims to build trust between police and the people they serve. Similar courses are planned for police inspectors in the southern regions later this year.',
    issuedBy: ['programme-office-in-bishkek'],
    fields: ['policing', 'human-rights', 'gender-equality'],
    countries: ['kyrgyzstan'],
  },
  {
    slug: 'statement-by-the-odihr-director-on-international-roma-day',
    title: 'Statement by the ODIHR Director on International Roma Day',
    type: 'statement',
    issuedOn: '2022-04-08',
    lead: 'Marking International Roma Day, ODIHR called on participating States to close persistent gaps in access to education, housing and justice for Roma and Sinti, and to respond firmly to anti-Roma hate speech and violence.',
    body:
      'International Roma Day celebrates the culture, history and contribution of Roma and Sinti communities across the OSCE region. It is also a moment to acknowledge that many Roma and Sinti still face discrimination in their daily lives, in schools, at the workplace and in dealings with public authorities.\n\n' +
      'Participating States have made commitments to improve the situation of Roma and Sinti, and progress has been made in a number of areas. However, segregation in education, forced evictions and unequal treatment by law enforcement remain serious concerns that require sustained attention.\n\n' +
      'ODIHR stands ready to support governments, Roma and Sinti organizations and local authorities in turning these commitments into practical results. Genuine participation of Roma and Sinti, and particularly of young people and women, in designing policies that affect them is essential for success.',
    issuedBy: ['odihr'],
    fields: ['roma-and-sinti', 'tolerance-and-non-discrimination'],
    countries: [],
  },
  {
    slug: 'water-users-in-northern-albania-debate-local-river-management-at-public-hearings',
    title: 'Water users in northern Albania debate local river management at public hearings',
    type: 'news_item',
    issuedOn: '2022-03-29',
    lead: 'Residents, farmers and municipal officials in three municipalities of northern Albania discussed plans for managing rivers and drinking water at public hearings organized with support from the OSCE Presence.',
    body:
      'The hearings were held in community centres and brought together more than 150 people, including representatives of water utilities, irrigation boards and local environmental groups. They were organized with the local Aarhus Centre, which promotes public access to environmental information and participation in decision-making.\n\n' +
      'Participants raised concerns about gravel extraction from riverbeds, the discharge of untreated wastewater and the risk of flooding in low-lying villages. Municipal officials presented draft plans and explained how comments received at the hearings would be reflected in the final documents.\n\n' +
      'The OSCE Presence in Albania provided facilitation and published a short guide explaining how citizens can request environmental information from public bodies. A summary of the discussions will be shared with the relevant river basin council.',
    issuedBy: ['presence-in-albania'],
    fields: ['environmental-activities', 'good-governance'],
    countries: ['albania'],
  },
  {
    slug: 'statement-by-the-secretary-general-on-international-women-s-day',
    title: 'Statement by the Secretary General on International Women\'s Day',
    type: 'statement',
    issuedOn: '2022-03-08',
    lead: 'On International Women\'s Day, the OSCE Secretary General called for the full and meaningful participation of women in decisions on peace and security, and for stronger action against violence that targets women and girls.',
    body:
      'International Women\'s Day is an occasion to recognize the contribution that women make to security in every part of the OSCE region, from the negotiating table to local communities. It is also a reminder that women remain under-represented where decisions on conflict, recovery and reconstruction are made.\n\n' +
      'Violence against women and girls continues to be one of the most widespread human rights violations in our region. Participating States have committed to preventing such violence, protecting survivors and bringing perpetrators to justice, and these commitments must be matched by resources and by the political will to implement them.\n\n' +
      'The OSCE will keep working with governments, parliaments and civil society to remove the barriers that hold women back. This includes our own house, where we continue to pursue gender parity in senior positions and to integrate a gender perspective into all our programmes.',
    issuedBy: ['secretary-general', 'gender-issues-programme'],
    fields: ['gender-equality'],
    countries: [],
  },
  {
    slug: 'montenegrin-public-institutions-test-their-response-to-a-simulated-cyberattack',
    title: 'Montenegrin public institutions test their response to a simulated cyberattack',
    type: 'news_item',
    issuedOn: '2022-02-08',
    lead: 'Incident response teams from ministries, state agencies and public companies in Montenegro took part in a one-day cybersecurity exercise built around a ransomware attack on government systems.',
    body:
      'The exercise, supported by the OSCE Mission to Montenegro, brought together some 40 IT specialists, communication officers and senior managers in Podgorica. The scenario began with a phishing campaign and escalated into the encryption of data held by several institutions.\n\n' +
      'Teams had to decide who to inform, how to isolate affected networks and what to tell the public while services were disrupted. Facilitators introduced new information every half hour to test how well the institutions shared information with one another and with the national incident response team.\n\n' +
      'In the debriefing, participants identified gaps in contact lists, unclear reporting lines and a lack of offline back-ups in some institutions. They agreed to update internal procedures and to hold a follow-up exercise with the involvement of critical infrastructure operators.\n\n' +
      'The Mission has supported Montenegro in developing its cybersecurity strategy and will continue to help public institutions put in place the structures needed to prevent and manage incidents. A cybersecurity awareness campaign for civil servants is planned for the autumn.',
    issuedBy: ['mission-to-montenegro'],
    fields: ['cyber-ict-security', 'good-governance'],
    countries: ['montenegro'],
  },
  {
    slug: 'tajik-border-guards-complete-winter-patrolling-course-in-high-mountain-terrain',
    title: 'Border guards in Tajikistan complete winter patrolling course in high-mountain terrain',
    type: 'news_item',
    issuedOn: '2022-01-19',
    lead: 'Twenty-four border guards serving on remote sections of the Tajik-Afghan border finished a two-week course on patrolling, navigation and first aid in snow and sub-zero temperatures.',
    body:
      'The OSCE Programme Office in Dushanbe organized the course at a training ground in the Gorno-Badakhshan region, where many border posts are cut off by snow for several months of the year. Instructors from the region and from two participating States led practical exercises at altitudes above 3,000 metres.\n\n' +
      'Participants practised route planning with maps and satellite receivers, avalanche awareness, rescue techniques and the evacuation of injured colleagues. The programme also covered the lawful treatment of persons apprehended at the border and the identification of people who may be in need of international protection.\n\n' +
      'The Programme Office handed over cold-weather clothing, thermal sleeping bags and first-aid kits to the participating border units at the end of the course. The equipment is intended to allow small patrols to remain safely in the field during the winter months.\n\n' +
      'The course forms part of a longer-term project to strengthen border management along the Tajik-Afghan border while respecting the rights of travellers and local communities. Further courses for border guards and customs officers are planned for the spring.',
    issuedBy: ['programme-office-in-dushanbe'],
    fields: ['border-management'],
    countries: ['tajikistan', 'afghanistan'],
  },
  {
    slug: 'sixth-meeting-of-permanent-conference-of-organized-crime-prosecutors',
    title: 'OSCE supports sixth meeting of Permanent Conference of Organized Crime Prosecutors',
    type: 'news_item',
    issuedOn: '2021-04-27',
    lead: 'Prosecutors specializing in organized crime from South-Eastern Europe met online to take stock of their joint work and to agree on ways to speed up cross-border investigations and the recovery of criminal assets.',
    body:
      'Chief prosecutors and case prosecutors from the network of organized-crime prosecution offices in South-Eastern Europe connected by video link for the sixth meeting of their Permanent Conference. The session was hosted jointly by the OSCE Secretariat and the OSCE Mission to Serbia, which has supported the network since it was set up.\n\n' +
      'Much of the discussion centred on cases that cross several jurisdictions, where evidence, suspects and proceeds of crime are spread over more than one country. Participants described how direct contacts between prosecutors, built up at earlier meetings, had shortened the time needed to exchange information and to coordinate arrests.\n\n' +
      'A dedicated session looked at asset recovery, including financial investigations that run in parallel to criminal proceedings and the freezing of property held through front companies. Several offices presented their experience with joint investigation teams and agreed that the early involvement of financial analysts makes confiscation far more likely.\n\n' +
      'The prosecutors also discussed how the network could widen its membership and make better use of secure channels for exchanging case information. The OSCE Transnational Threats Department will continue to provide expert and organizational support to the Conference and to follow up on the practical proposals raised during the meeting.',
    issuedBy: ['secretariat', 'transnational-threats-department', 'mission-to-serbia'],
    fields: ['policing'],
    countries: ['serbia', 'montenegro', 'bosnia-and-herzegovina'],
  },
];
