import type { FieldOfWorkSeed } from './types';

export const fieldsOfWork: FieldOfWorkSeed[] = [
  {
    slug: "arms-control",
    name: "Arms control",
    description:
      "Work on arms control covers confidence- and security-building measures, military transparency and the safe management of small arms, light weapons and stockpiles of conventional ammunition. It aims to reduce the risk of misunderstanding and to make military activities more predictable.",
  },
  {
    slug: "border-management",
    name: "Border management",
    description:
      "Support for border management helps participating States keep their borders open and secure at the same time. Activities include training for border and customs officials, cross-border co-operation and the exchange of good practice.",
  },
  {
    slug: "combating-trafficking-in-human-beings",
    name: "Combating trafficking in human beings",
    description:
      "Efforts against trafficking in human beings focus on prevention, the protection of victims and the prosecution of offenders. The work brings together law enforcement, social services, civil society and the private sector.",
  },
  {
    slug: "conflict-prevention-and-resolution",
    name: "Conflict prevention and resolution",
    description:
      "Conflict prevention and resolution spans the whole conflict cycle, from early warning and mediation to crisis management and post-conflict rehabilitation. Dialogue platforms and field presences help keep channels of communication open.",
  },
  {
    slug: "countering-terrorism",
    name: "Countering terrorism",
    description:
      "Counter-terrorism work supports participating States in preventing and combating terrorism while upholding human rights and the rule of law. It includes measures against violent extremism, terrorist financing and the misuse of travel documents.",
  },
  {
    slug: "cyber-ict-security",
    name: "Cyber/ICT Security",
    description:
      "Confidence-building measures in cyberspace are designed to reduce the risks of conflict arising from the use of information and communication technologies. They promote transparency, communication channels and co-operation between national authorities.",
  },
  {
    slug: "democratization",
    name: "Democratization",
    description:
      "Support for democratic development helps strengthen parliaments, political parties and civil society. The work encourages inclusive and accountable institutions that enjoy public trust.",
  },
  {
    slug: "economic-activities",
    name: "Economic activities",
    description:
      "Economic activities address economic factors that can affect stability, such as corruption, money laundering and weak governance. They also promote connectivity, transport facilitation and a favourable business climate.",
  },
  {
    slug: "education",
    name: "Education",
    description:
      "Education programmes promote inclusive, high-quality learning and help build mutual understanding among communities. They range from human rights education to the teaching of minority languages.",
  },
  {
    slug: "elections",
    name: "Elections",
    description:
      "Election-related work includes the observation of elections and support for authorities in meeting their commitments to democratic elections. Recommendations from observation reports form the basis for follow-up and legal reform.",
  },
  {
    slug: "environmental-activities",
    name: "Environmental activities",
    description:
      "Environmental activities deal with the security implications of environmental challenges, including climate change, disaster risk, water management and hazardous waste. They also support public participation in environmental decision-making.",
  },
  {
    slug: "gender-equality",
    name: "Gender equality",
    description:
      "Gender equality is treated as a matter of comprehensive security and is built into work across all dimensions. Activities promote women's participation in public and political life and help prevent violence against women.",
  },
  {
    slug: "good-governance",
    name: "Good governance",
    description:
      "Good governance work supports transparent and accountable public institutions. Typical areas include anti-corruption measures, public procurement, asset declarations and access to information.",
  },
  {
    slug: "human-rights",
    name: "Human rights",
    description:
      "Human rights work helps participating States implement their commitments on fundamental freedoms, including freedom of assembly, association, religion or belief, and freedom from torture. It draws on monitoring, legislative review and training.",
  },
  {
    slug: "media-freedom-and-development",
    name: "Media freedom and development",
    description:
      "Media freedom work observes developments affecting the media and promotes compliance with commitments on freedom of expression. It addresses the safety of journalists, media pluralism and the regulation of online content.",
  },
  {
    slug: "migration",
    name: "Migration",
    description:
      "Migration-related activities support safe, orderly and regular migration and the integration of migrants. They also address the links between migration, trafficking and border security.",
  },
  {
    slug: "national-minority-issues",
    name: "National minority issues",
    description:
      "Work on national minority issues seeks to identify and ease tensions involving national minorities at an early stage. It promotes integration that respects diversity, including in language, education and participation in public life.",
  },
  {
    slug: "policing",
    name: "Policing",
    description:
      "Police-related activities support democratic policing that is effective, accountable and respectful of human rights. They include community policing, the fight against organised crime and police reform.",
  },
  {
    slug: "reform-and-co-operation-in-the-security-sector",
    name: "Reform and co-operation in the security sector",
    description:
      "Security sector governance and reform helps ensure that defence, police, intelligence and justice institutions are subject to democratic oversight. It supports national reform processes on request.",
  },
  {
    slug: "roma-and-sinti",
    name: "Roma and Sinti",
    description:
      "Work on Roma and Sinti issues supports the implementation of commitments to improve their situation. It focuses on combating discrimination and on access to education, housing, employment and political participation.",
  },
  {
    slug: "rule-of-law",
    name: "Rule of law",
    description:
      "Rule of law activities support independent judiciaries, fair trials and sound legislative processes. They include trial monitoring, legislative assistance and training for legal professionals.",
  },
  {
    slug: "tolerance-and-non-discrimination",
    name: "Tolerance and non-discrimination",
    description:
      "Tolerance and non-discrimination work helps counter hate crime, intolerance and discrimination. It supports the collection of data on hate crime and the training of police, prosecutors and educators.",
  },
  {
    slug: "youth",
    name: "Youth",
    description:
      "Youth-related work involves young people in the discussion of security issues and in the design of programmes that affect them. It supports youth networks, leadership training and dialogue across borders.",
  },
];
