import type { CountrySeed } from './types';

export const countries: CountrySeed[] = [
  // Participating States (57)
  {
    slug: "albania",
    name: "Albania",
    group: "participating_state",
    description:
      "Albania joined the CSCE in 1991, and the OSCE Presence in Albania has supported its reform efforts since 1997.",
  },
  {
    slug: "andorra",
    name: "Andorra",
    group: "participating_state",
    description: "Andorra became a participating State in 1996.",
  },
  {
    slug: "armenia",
    name: "Armenia",
    group: "participating_state",
    description:
      "Armenia joined the CSCE in 1992, and an OSCE Office in Yerevan operated in the country from 2000 until 2017.",
  },
  {
    slug: "austria",
    name: "Austria",
    group: "participating_state",
    description:
      "Austria signed the Helsinki Final Act in 1975 and hosts the OSCE Secretariat and the main decision-making bodies in Vienna.",
  },
  {
    slug: "azerbaijan",
    name: "Azerbaijan",
    group: "participating_state",
    description:
      "Azerbaijan joined the CSCE in 1992, and an OSCE Office in Baku worked in the country from 2000.",
  },
  {
    slug: "belgium",
    name: "Belgium",
    group: "participating_state",
    description: "Belgium is one of the 35 States that signed the Helsinki Final Act in 1975.",
  },
  {
    slug: "belarus",
    name: "Belarus",
    group: "participating_state",
    description: "Belarus joined the CSCE in 1992.",
  },
  {
    slug: "bosnia-and-herzegovina",
    name: "Bosnia and Herzegovina",
    group: "participating_state",
    description:
      "Bosnia and Herzegovina joined the CSCE in 1992, and the OSCE Mission to Bosnia and Herzegovina has worked in the country since 1995.",
  },
  {
    slug: "bulgaria",
    name: "Bulgaria",
    group: "participating_state",
    description: "Bulgaria is one of the 35 States that signed the Helsinki Final Act in 1975.",
  },
  {
    slug: "canada",
    name: "Canada",
    group: "participating_state",
    description: "Canada is one of the 35 States that signed the Helsinki Final Act in 1975.",
  },
  {
    slug: "croatia",
    name: "Croatia",
    group: "participating_state",
    description: "Croatia became a participating State in 1992.",
  },
  {
    slug: "cyprus",
    name: "Cyprus",
    group: "participating_state",
    description: "Cyprus is one of the 35 States that signed the Helsinki Final Act in 1975.",
  },
  {
    slug: "czech-republic",
    name: "Czech Republic",
    group: "participating_state",
    description:
      "The Czech Republic has been a participating State since 1993 and hosts the OSCE Documentation Centre in Prague.",
  },
  {
    slug: "denmark",
    name: "Denmark",
    group: "participating_state",
    description:
      "Denmark signed the Helsinki Final Act in 1975, and Copenhagen is home to the International Secretariat of the OSCE Parliamentary Assembly.",
  },
  {
    slug: "estonia",
    name: "Estonia",
    group: "participating_state",
    description: "Estonia joined the CSCE in 1991.",
  },
  {
    slug: "finland",
    name: "Finland",
    group: "participating_state",
    description:
      "Finland hosted the signing of the Helsinki Final Act in 1975 and holds the OSCE Chairpersonship in 2025.",
  },
  {
    slug: "france",
    name: "France",
    group: "participating_state",
    description: "France is one of the 35 States that signed the Helsinki Final Act in 1975.",
  },
  {
    slug: "georgia",
    name: "Georgia",
    group: "participating_state",
    description:
      "Georgia joined the CSCE in 1992, and an OSCE Mission to Georgia worked in the country from 1992 until 2009.",
  },
  {
    slug: "germany",
    name: "Germany",
    group: "participating_state",
    description:
      "Both German States signed the Helsinki Final Act in 1975, and united Germany has taken part as a single participating State since 1990.",
  },
  {
    slug: "greece",
    name: "Greece",
    group: "participating_state",
    description: "Greece is one of the 35 States that signed the Helsinki Final Act in 1975.",
  },
  {
    slug: "holy-see",
    name: "Holy See",
    group: "participating_state",
    description: "The Holy See is one of the 35 signatories of the Helsinki Final Act of 1975.",
  },
  {
    slug: "hungary",
    name: "Hungary",
    group: "participating_state",
    description: "Hungary is one of the 35 States that signed the Helsinki Final Act in 1975.",
  },
  {
    slug: "iceland",
    name: "Iceland",
    group: "participating_state",
    description: "Iceland is one of the 35 States that signed the Helsinki Final Act in 1975.",
  },
  {
    slug: "ireland",
    name: "Ireland",
    group: "participating_state",
    description: "Ireland is one of the 35 States that signed the Helsinki Final Act in 1975.",
  },
  {
    slug: "italy",
    name: "Italy",
    group: "participating_state",
    description: "Italy is one of the 35 States that signed the Helsinki Final Act in 1975.",
  },
  {
    slug: "kazakhstan",
    name: "Kazakhstan",
    group: "participating_state",
    description:
      "Kazakhstan joined the CSCE in 1992, and the OSCE Programme Office in Astana supports its co-operation with the Organization.",
  },
  {
    slug: "kyrgyzstan",
    name: "Kyrgyzstan",
    group: "participating_state",
    description:
      "Kyrgyzstan joined the CSCE in 1992, and the OSCE Programme Office in Bishkek works with the authorities and civil society in the country.",
  },
  {
    slug: "latvia",
    name: "Latvia",
    group: "participating_state",
    description: "Latvia joined the CSCE in 1991.",
  },
  {
    slug: "liechtenstein",
    name: "Liechtenstein",
    group: "participating_state",
    description: "Liechtenstein is one of the 35 States that signed the Helsinki Final Act in 1975.",
  },
  {
    slug: "lithuania",
    name: "Lithuania",
    group: "participating_state",
    description: "Lithuania joined the CSCE in 1991.",
  },
  {
    slug: "luxembourg",
    name: "Luxembourg",
    group: "participating_state",
    description: "Luxembourg is one of the 35 States that signed the Helsinki Final Act in 1975.",
  },
  {
    slug: "malta",
    name: "Malta",
    group: "participating_state",
    description: "Malta is one of the 35 States that signed the Helsinki Final Act in 1975.",
  },
  {
    slug: "moldova",
    name: "Moldova",
    group: "participating_state",
    description:
      "Moldova joined the CSCE in 1992, and the OSCE Mission to Moldova has worked in the country since 1993.",
  },
  {
    slug: "monaco",
    name: "Monaco",
    group: "participating_state",
    description: "Monaco is one of the 35 States that signed the Helsinki Final Act in 1975.",
  },
  {
    slug: "mongolia",
    name: "Mongolia",
    group: "participating_state",
    description: "Mongolia became a participating State in 2012, having previously been an Asian Partner for Co-operation.",
  },
  {
    slug: "montenegro",
    name: "Montenegro",
    group: "participating_state",
    description:
      "Montenegro became a participating State in 2006, the same year the OSCE Mission to Montenegro was established.",
  },
  {
    slug: "the-netherlands",
    name: "The Netherlands",
    group: "participating_state",
    description:
      "The Netherlands signed the Helsinki Final Act in 1975 and hosts the office of the High Commissioner on National Minorities in The Hague.",
  },
  {
    slug: "north-macedonia",
    name: "North Macedonia",
    group: "participating_state",
    description:
      "North Macedonia became a participating State in 1995, and the OSCE Mission to Skopje has worked in the country since 1992.",
  },
  {
    slug: "norway",
    name: "Norway",
    group: "participating_state",
    description: "Norway is one of the 35 States that signed the Helsinki Final Act in 1975.",
  },
  {
    slug: "poland",
    name: "Poland",
    group: "participating_state",
    description:
      "Poland signed the Helsinki Final Act in 1975 and hosts the Office for Democratic Institutions and Human Rights in Warsaw.",
  },
  {
    slug: "portugal",
    name: "Portugal",
    group: "participating_state",
    description: "Portugal is one of the 35 States that signed the Helsinki Final Act in 1975.",
  },
  {
    slug: "romania",
    name: "Romania",
    group: "participating_state",
    description: "Romania is one of the 35 States that signed the Helsinki Final Act in 1975.",
  },
  {
    slug: "russian-federation",
    name: "Russian Federation",
    group: "participating_state",
    description:
      "The Russian Federation continued the participation of the Soviet Union, which signed the Helsinki Final Act in 1975.",
  },
  {
    slug: "san-marino",
    name: "San Marino",
    group: "participating_state",
    description: "San Marino is one of the 35 States that signed the Helsinki Final Act in 1975.",
  },
  {
    slug: "serbia",
    name: "Serbia",
    group: "participating_state",
    description:
      "Serbia is a participating State, and the OSCE Mission to Serbia has worked in the country since 2001.",
  },
  {
    slug: "slovakia",
    name: "Slovakia",
    group: "participating_state",
    description: "Slovakia has been a participating State since 1993.",
  },
  {
    slug: "slovenia",
    name: "Slovenia",
    group: "participating_state",
    description: "Slovenia became a participating State in 1992.",
  },
  {
    slug: "spain",
    name: "Spain",
    group: "participating_state",
    description: "Spain is one of the 35 States that signed the Helsinki Final Act in 1975.",
  },
  {
    slug: "sweden",
    name: "Sweden",
    group: "participating_state",
    description:
      "Sweden signed the Helsinki Final Act in 1975, and the Stockholm Convention establishing the Court of Conciliation and Arbitration was concluded there in 1992.",
  },
  {
    slug: "switzerland",
    name: "Switzerland",
    group: "participating_state",
    description:
      "Switzerland signed the Helsinki Final Act in 1975 and hosts the Court of Conciliation and Arbitration in Geneva.",
  },
  {
    slug: "tajikistan",
    name: "Tajikistan",
    group: "participating_state",
    description:
      "Tajikistan joined the CSCE in 1992, and the OSCE Programme Office in Dushanbe supports its co-operation with the Organization.",
  },
  {
    slug: "turkiye",
    name: "Türkiye",
    group: "participating_state",
    description: "Türkiye is one of the 35 States that signed the Helsinki Final Act in 1975.",
  },
  {
    slug: "turkmenistan",
    name: "Turkmenistan",
    group: "participating_state",
    description:
      "Turkmenistan joined the CSCE in 1992, and the OSCE Centre in Ashgabat works with the authorities in the country.",
  },
  {
    slug: "ukraine",
    name: "Ukraine",
    group: "participating_state",
    description:
      "Ukraine joined the CSCE in 1992, and the OSCE Special Monitoring Mission to Ukraine operated in the country from 2014 until 2022.",
  },
  {
    slug: "united-kingdom",
    name: "United Kingdom",
    group: "participating_state",
    description: "The United Kingdom is one of the 35 States that signed the Helsinki Final Act in 1975.",
  },
  {
    slug: "united-states-of-america",
    name: "United States of America",
    group: "participating_state",
    description: "The United States of America is one of the 35 States that signed the Helsinki Final Act in 1975.",
  },
  {
    slug: "uzbekistan",
    name: "Uzbekistan",
    group: "participating_state",
    description:
      "Uzbekistan joined the CSCE in 1992, and the OSCE Project Co-ordinator in Uzbekistan carries out projects with the authorities there.",
  },

  // Asian Partners for Co-operation
  {
    slug: "afghanistan",
    name: "Afghanistan",
    group: "asian_partner",
    description: "Afghanistan became an Asian Partner for Co-operation in 2003.",
  },
  {
    slug: "australia",
    name: "Australia",
    group: "asian_partner",
    description: "Australia became an Asian Partner for Co-operation in 2009.",
  },
  {
    slug: "japan",
    name: "Japan",
    group: "asian_partner",
    description: "Japan has been an Asian Partner for Co-operation since 1992, the first State in that group.",
  },
  {
    slug: "republic-of-korea",
    name: "Republic of Korea",
    group: "asian_partner",
    description: "The Republic of Korea became an Asian Partner for Co-operation in 1994.",
  },
  {
    slug: "thailand",
    name: "Thailand",
    group: "asian_partner",
    description: "Thailand became an Asian Partner for Co-operation in 2000.",
  },

  // Mediterranean Partners for Co-operation
  {
    slug: "algeria",
    name: "Algeria",
    group: "mediterranean_partner",
    description:
      "Algeria is a Mediterranean Partner for Co-operation whose relations with the process date back to the Helsinki Final Act.",
  },
  {
    slug: "egypt",
    name: "Egypt",
    group: "mediterranean_partner",
    description:
      "Egypt is a Mediterranean Partner for Co-operation whose relations with the process date back to the Helsinki Final Act.",
  },
  {
    slug: "israel",
    name: "Israel",
    group: "mediterranean_partner",
    description:
      "Israel is a Mediterranean Partner for Co-operation whose relations with the process date back to the Helsinki Final Act.",
  },
  {
    slug: "jordan",
    name: "Jordan",
    group: "mediterranean_partner",
    description: "Jordan became a Mediterranean Partner for Co-operation in 1998.",
  },
  {
    slug: "morocco",
    name: "Morocco",
    group: "mediterranean_partner",
    description:
      "Morocco is a Mediterranean Partner for Co-operation whose relations with the process date back to the Helsinki Final Act.",
  },
  {
    slug: "tunisia",
    name: "Tunisia",
    group: "mediterranean_partner",
    description:
      "Tunisia is a Mediterranean Partner for Co-operation whose relations with the process date back to the Helsinki Final Act.",
  },
];
