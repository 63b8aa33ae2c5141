import type { StructureSeed } from './types';

export const structures: StructureSeed[] = [
  {
    slug: "chairpersonship",
    name: "OSCE Chairpersonship",
    kind: "chairpersonship",
    headTitle: "Chairperson-in-Office",
    description:
      "The Chairpersonship rotates among the participating States each calendar year, and the foreign minister of the chairing State serves as Chairperson-in-Office. The Chair co-ordinates decision-making, sets the priorities for its year and represents the Organization externally. It works closely with the previous and the incoming Chairs, which together form the Troika.",
  },
  {
    slug: "secretariat",
    name: "OSCE Secretariat",
    kind: "secretariat",
    headTitle: "Secretary General",
    description:
      "The Secretariat in Vienna supports the Chairpersonship, the decision-making bodies and the field operations. It provides thematic expertise, operational and administrative services, and helps carry out decisions taken by the participating States.",
  },
  {
    slug: "secretary-general",
    name: "Secretary General",
    kind: "secretariat_unit",
    parentSlug: "secretariat",
    headTitle: "Secretary General",
    description:
      "The Office of the Secretary General supports the chief administrative officer of the Organization, who manages the Secretariat and its structures. It also brings together functions such as legal services, external co-operation, press and public information, and security management.",
  },
  {
    slug: "conflict-prevention-centre",
    name: "Conflict Prevention Centre",
    kind: "secretariat_unit",
    parentSlug: "secretariat",
    headTitle: "Director",
    description:
      "The Conflict Prevention Centre supports the Chairpersonship and participating States across the conflict cycle, from early warning to post-conflict rehabilitation. It provides policy and operational support to the field operations and maintains a situation room that follows developments around the clock. It also services the Forum for Security Co-operation and the politico-military agreements.",
  },
  {
    slug: "transnational-threats-department",
    name: "Transnational Threats Department",
    kind: "secretariat_unit",
    parentSlug: "secretariat",
    headTitle: "Co-ordinator",
    description:
      "The Transnational Threats Department co-ordinates work on threats that cross borders, such as terrorism, organised crime, cyber-related risks and illicit trafficking. Its units deal with border security and management, strategic police matters, countering terrorism and cyber/ICT security.",
  },
  {
    slug: "combating-trafficking-in-human-beings",
    name: "Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings",
    kind: "secretariat_unit",
    parentSlug: "secretariat",
    headTitle: "Special Representative and Co-ordinator",
    description:
      "This Office helps participating States develop and implement effective policies against trafficking in human beings. It promotes a victim-centred, human rights-based approach and works with national authorities, international organisations and civil society.",
  },
  {
    slug: "economic-and-environmental-activities",
    name: "Office of the Co-ordinator of OSCE Economic and Environmental Activities",
    kind: "secretariat_unit",
    parentSlug: "secretariat",
    headTitle: "Co-ordinator",
    description:
      "This Office leads the Organization's work in the economic and environmental dimension of security. Its activities include good governance and anti-corruption measures, connectivity, energy security and environmental co-operation. It also prepares the annual Economic and Environmental Forum.",
  },
  {
    slug: "gender-issues-programme",
    name: "Gender Issues Programme",
    kind: "secretariat_unit",
    parentSlug: "secretariat",
    headTitle: "Senior Adviser on Gender Issues",
    description:
      "The Gender Issues Programme supports the integration of a gender perspective into the policies, programmes and working practices of the Organization. It advises on women's participation in security matters and on preventing and responding to violence against women.",
  },
  {
    slug: "opportunities-for-youth",
    name: "Opportunities for Youth",
    kind: "secretariat_unit",
    parentSlug: "secretariat",
    description:
      "Opportunities for Youth brings together initiatives that involve young people in the work of the Organization. It supports youth participation in discussions on security and helps build the skills and networks of young professionals.",
  },
  {
    slug: "human-resources",
    name: "Department of Human Resources",
    kind: "secretariat_unit",
    parentSlug: "secretariat",
    headTitle: "Director",
    description:
      "The Department of Human Resources manages recruitment, staff development and conditions of service across the Secretariat, institutions and field operations. It also oversees the secondment of staff by participating States.",
  },
  {
    slug: "management-and-finance",
    name: "Department of Management and Finance",
    kind: "secretariat_unit",
    parentSlug: "secretariat",
    headTitle: "Director",
    description:
      "The Department of Management and Finance provides budget, finance, procurement, information technology and other support services to the Organization. It prepares the draft annual Unified Budget and supports its implementation.",
  },
  {
    slug: "internal-oversight",
    name: "Office of Internal Oversight",
    kind: "secretariat_unit",
    parentSlug: "secretariat",
    headTitle: "Director",
    description:
      "The Office of Internal Oversight carries out independent internal audits, evaluations and investigations. Its work helps strengthen accountability and the effective use of resources throughout the Organization.",
  },
  {
    slug: "documentation-centre-in-prague",
    name: "Documentation Centre in Prague",
    kind: "secretariat_unit",
    parentSlug: "secretariat",
    countrySlug: "czech-republic",
    description:
      "The Documentation Centre in Prague keeps the archives of the Organization and of the CSCE process that preceded it. It makes historical records available to researchers and supports studies on the history of co-operative security in Europe.",
  },
  {
    slug: "odihr",
    name: "Office for Democratic Institutions and Human Rights",
    kind: "institution",
    countrySlug: "poland",
    headTitle: "Director",
    description:
      "The Office for Democratic Institutions and Human Rights, based in Warsaw, supports participating States in meeting their commitments in the human dimension. It observes elections, reviews legislation and assists with democratic governance, human rights, tolerance and non-discrimination, and the situation of Roma and Sinti.",
  },
  {
    slug: "high-commissioner-on-national-minorities",
    name: "High Commissioner on National Minorities",
    kind: "institution",
    countrySlug: "the-netherlands",
    headTitle: "High Commissioner",
    description:
      "The High Commissioner on National Minorities, whose office is in The Hague, is a conflict prevention instrument established in 1992. The High Commissioner seeks early resolution of tensions involving national minorities and works through quiet diplomacy and practical recommendations.",
  },
  {
    slug: "representative-on-freedom-of-the-media",
    name: "Representative on Freedom of the Media",
    kind: "institution",
    countrySlug: "austria",
    headTitle: "Representative",
    description:
      "The Representative on Freedom of the Media, based in Vienna, observes media developments in the participating States and provides early warning on violations of freedom of expression. The Office assists governments in meeting their commitments on free media and the safety of journalists.",
  },
  {
    slug: "presence-in-albania",
    name: "OSCE Presence in Albania",
    kind: "field_operation",
    countrySlug: "albania",
    headTitle: "Head of Presence",
    description:
      "The Presence in Albania was established in 1997 and assists the country with the consolidation of democratic institutions. Its work covers rule of law, electoral and parliamentary reform, good governance, and police and security co-operation.",
  },
  {
    slug: "centre-in-ashgabat",
    name: "OSCE Centre in Ashgabat",
    kind: "field_operation",
    countrySlug: "turkmenistan",
    headTitle: "Head of Centre",
    description:
      "The Centre in Ashgabat supports Turkmenistan in implementing its commitments across the three dimensions of security. Projects include border management, economic and environmental co-operation, and training in human rights and media.",
  },
  {
    slug: "programme-office-in-astana",
    name: "OSCE Programme Office in Astana",
    kind: "field_operation",
    countrySlug: "kazakhstan",
    headTitle: "Head of Office",
    description:
      "The Programme Office in Astana works with the authorities of Kazakhstan on politico-military, economic and environmental, and human dimension issues. Its activities range from countering transnational threats to supporting legal reform and civil society.",
  },
  {
    slug: "programme-office-in-bishkek",
    name: "OSCE Programme Office in Bishkek",
    kind: "field_operation",
    countrySlug: "kyrgyzstan",
    headTitle: "Head of Office",
    description:
      "The Programme Office in Bishkek assists Kyrgyzstan with security, economic and human dimension projects. Its work covers areas such as police reform, border security, good governance and the rule of law, and it also backs the OSCE Academy in Bishkek.",
  },
  {
    slug: "mission-to-bosnia-and-herzegovina",
    name: "OSCE Mission to Bosnia and Herzegovina",
    kind: "field_operation",
    countrySlug: "bosnia-and-herzegovina",
    headTitle: "Head of Mission",
    description:
      "The Mission to Bosnia and Herzegovina was established in 1995 under the peace agreement that ended the war. It supports the country in building democratic institutions and works on education, human rights, rule of law, and security co-operation.",
  },
  {
    slug: "programme-office-in-dushanbe",
    name: "OSCE Programme Office in Dushanbe",
    kind: "field_operation",
    countrySlug: "tajikistan",
    headTitle: "Head of Office",
    description:
      "The Programme Office in Dushanbe supports Tajikistan in implementing its commitments, including through work on border management, countering terrorism and explosive hazards. It also assists with economic, environmental and human rights projects.",
  },
  {
    slug: "mission-in-kosovo",
    name: "OSCE Mission in Kosovo",
    kind: "field_operation",
    headTitle: "Head of Mission",
    description:
      "The Mission in Kosovo was established in 1999 and is one of the largest field operations. It focuses on the protection of human and community rights, the rule of law, democratic governance and public safety.",
  },
  {
    slug: "mission-to-moldova",
    name: "OSCE Mission to Moldova",
    kind: "field_operation",
    countrySlug: "moldova",
    headTitle: "Head of Mission",
    description:
      "The Mission to Moldova has worked since 1993 to support a comprehensive and lasting political settlement of the Transdniestrian conflict. It also helps with human rights, anti-trafficking and confidence-building measures between the two banks of the Dniester/Nistru river.",
  },
  {
    slug: "mission-to-montenegro",
    name: "OSCE Mission to Montenegro",
    kind: "field_operation",
    countrySlug: "montenegro",
    headTitle: "Head of Mission",
    description:
      "The Mission to Montenegro was established in 2006 following the country's independence. It supports reforms in the rule of law, democratic governance, media and security co-operation.",
  },
  {
    slug: "mission-to-serbia",
    name: "OSCE Mission to Serbia",
    kind: "field_operation",
    countrySlug: "serbia",
    headTitle: "Head of Mission",
    description:
      "The Mission to Serbia has worked in the country since 2001, supporting democratic institutions and reform. Its programmes cover rule of law and human rights, democratisation, media, and law enforcement, including the fight against organised crime.",
  },
  {
    slug: "mission-to-skopje",
    name: "OSCE Mission to Skopje",
    kind: "field_operation",
    countrySlug: "north-macedonia",
    headTitle: "Head of Mission",
    description:
      "The Mission to Skopje is the Organization's longest-serving field operation, deployed in 1992 as a monitoring presence. Today it supports the host country in areas such as inter-community relations, rule of law, public safety and good governance.",
  },
  {
    slug: "project-co-ordinator-in-uzbekistan",
    name: "OSCE Project Co-ordinator in Uzbekistan",
    kind: "field_operation",
    countrySlug: "uzbekistan",
    headTitle: "Project Co-ordinator",
    description:
      "The Project Co-ordinator in Uzbekistan plans and carries out projects together with the authorities of Uzbekistan. The work covers politico-military, economic and environmental, and human dimension matters.",
  },
  {
    slug: "mission-to-georgia",
    name: "OSCE Mission to Georgia",
    kind: "closed_field_activity",
    countrySlug: "georgia",
    headTitle: "Head of Mission",
    description:
      "The Mission to Georgia was established in 1992 to promote negotiations towards a peaceful settlement of the conflicts in the country. Its mandate expired at the end of 2008, and the Mission closed in 2009.",
  },
  {
    slug: "office-in-yerevan",
    name: "OSCE Office in Yerevan",
    kind: "closed_field_activity",
    countrySlug: "armenia",
    headTitle: "Head of Office",
    description:
      "The Office in Yerevan opened in 2000 to help Armenia implement its commitments. It supported work on governance, rule of law, economic and environmental matters and politico-military issues until it closed in 2017.",
  },
  {
    slug: "office-in-baku",
    name: "OSCE Office in Baku",
    kind: "closed_field_activity",
    countrySlug: "azerbaijan",
    headTitle: "Head of Office",
    description:
      "The Office in Baku opened in 2000 to support Azerbaijan in implementing its commitments. It carried out projects in all three dimensions of security before the Organization's presence in the country came to an end.",
  },
  {
    slug: "special-monitoring-mission-to-ukraine",
    name: "OSCE Special Monitoring Mission to Ukraine",
    kind: "closed_field_activity",
    countrySlug: "ukraine",
    headTitle: "Chief Monitor",
    description:
      "The Special Monitoring Mission to Ukraine was deployed in 2014 as an unarmed civilian mission to observe and report impartially on the security situation. Its mandate ended in 2022 and the Mission was subsequently closed.",
  },
  {
    slug: "parliamentary-assembly",
    name: "OSCE Parliamentary Assembly",
    kind: "parliamentary_body",
    headTitle: "President",
    description:
      "The Parliamentary Assembly brings together members of parliament from the participating States to promote parliamentary dialogue on security and co-operation. It adopts declarations and recommendations, and its members take part in election observation. Its International Secretariat is based in Copenhagen.",
  },
  {
    slug: "court-of-conciliation-and-arbitration",
    name: "Court of Conciliation and Arbitration",
    kind: "court",
    headTitle: "President",
    description:
      "The Court of Conciliation and Arbitration, based in Geneva, was set up under the Stockholm Convention of 1992 for the peaceful settlement of disputes. It is available to the States that are parties to the Convention, which may submit disputes for conciliation or arbitration.",
  },
];
