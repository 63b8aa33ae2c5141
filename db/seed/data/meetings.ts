import type { MeetingSeriesSeed } from './types';

export const meetingSeries: MeetingSeriesSeed[] = [
  {
    slug: "summit-meetings",
    name: "Summit meetings",
    description:
      "Summits bring together the Heads of State or Government of the participating States. They are held periodically rather than on a fixed schedule and set priorities for the Organization at the highest political level.",
  },
  {
    slug: "review-conferences",
    name: "Review Conferences",
    description:
      "Review Conferences take stock of how participating States are implementing their commitments across all three dimensions of security. Traditionally held before a summit, they help prepare the decisions and documents to be considered by Heads of State or Government.",
  },
  {
    slug: "ministerial-council-meetings",
    name: "Ministerial Council meetings",
    description:
      "The Ministerial Council is the central decision-making and governing body, made up of the foreign ministers of the participating States. It usually meets once a year, towards the end of each Chairpersonship, to review activities and take decisions.",
  },
  {
    slug: "plenary-meetings-of-the-permanent-council",
    name: "Plenary meetings of the Permanent Council",
    description:
      "The Permanent Council is the regular body for political consultation and decision-making, composed of the permanent representatives of the participating States. Its plenary meetings take place weekly in Vienna and are chaired by the representative of the Chairpersonship.",
  },
  {
    slug: "plenary-meetings-of-the-forum-for-security-co-operation",
    name: "Plenary Meetings of the Forum for Security Co-operation",
    description:
      "The Forum for Security Co-operation is an autonomous decision-making body dealing with military aspects of security. Its weekly plenary meetings in Vienna address arms control, confidence- and security-building measures and related topics, under a chair that rotates among the participating States.",
  },
  {
    slug: "security-review-conferences",
    name: "Security Review Conferences",
    description:
      "The Annual Security Review Conference provides a framework for discussing security issues and reviewing work in the politico-military dimension. It offers a platform for dialogue on current threats and on the implementation of related commitments.",
  },
  {
    slug: "annual-implementation-assessment-meetings",
    name: "Annual Implementation Assessment Meetings",
    description:
      "These meetings allow participating States to discuss the implementation of agreed confidence- and security-building measures, including the Vienna Document. Experts exchange views on practical experience and possible improvements.",
  },
  {
    slug: "economic-and-environmental-forum",
    name: "Economic and Environmental Forum",
    description:
      "The Economic and Environmental Forum is the main annual event of the economic and environmental dimension. Held in several sessions over the year, it focuses on a theme chosen by the Chairpersonship and brings together governments, experts, business and civil society.",
  },
  {
    slug: "economic-and-environmental-dimension-implementation-meetings",
    name: "Economic and Environmental Dimension Implementation Meetings",
    description:
      "These meetings review how participating States are implementing their commitments in the economic and environmental dimension. They help identify challenges and suggest priorities for future activities.",
  },
  {
    slug: "human-rights-meetings",
    name: "Human rights meetings",
    description:
      "Human dimension meetings review the implementation of commitments on human rights, democracy and the rule of law. They include a major annual conference as well as supplementary meetings on specific topics, with civil society organisations taking an active part.",
  },
  {
    slug: "media-conferences",
    name: "Media conferences",
    description:
      "Media conferences gather journalists, officials, experts and civil society to discuss freedom of expression and the state of the media. Regional and thematic events address issues such as the safety of journalists and the digital media environment.",
  },
  {
    slug: "cyber-ict-security-conferences",
    name: "Cyber/ICT security conferences",
    description:
      "Cyber/ICT security conferences bring together officials and experts to discuss risks arising from the use of information and communication technologies. They support the implementation of the agreed confidence-building measures in this field.",
  },
  {
    slug: "conference-of-the-alliance-against-trafficking-in-persons",
    name: "Conference of the Alliance against Trafficking in Persons",
    description:
      "The Alliance against Trafficking in Persons is a platform of international organisations and civil society groups working against human trafficking. Its conferences examine emerging trends and discuss ways to strengthen prevention, protection and prosecution.",
  },
  {
    slug: "gender-equality-review-conferences",
    name: "Gender Equality Review Conferences",
    description:
      "Gender Equality Review Conferences assess progress in implementing commitments on equality between women and men. They gather representatives of participating States, international organisations and civil society to share experience and recommendations.",
  },
  {
    slug: "annual-osce-mediterranean-conferences",
    name: "Annual OSCE Mediterranean conferences",
    description:
      "The annual Mediterranean conference is a forum for dialogue between participating States and the Mediterranean Partners for Co-operation. Each edition takes up topics of shared interest in the security of the wider Mediterranean region.",
  },
  {
    slug: "annual-osce-asian-conferences",
    name: "Annual OSCE Asian conferences",
    description:
      "The annual Asian conference brings together participating States and the Asian Partners for Co-operation to discuss common security challenges. It is usually hosted by one of the Asian Partners and helps to exchange experience between the two regions.",
  },
];
