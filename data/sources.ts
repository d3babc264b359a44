/**
 * Every source the deck cites beyond the article itself, checked and listed once.
 * Data elsewhere refers to these by id through a `Citation`.
 */

export interface Source {
  id: string
  title: string
  publisher: string
  url: string
  /**
   * Marks a source as further reading: the paragraphs it takes further and, in a few words, what a student gains.
   * It says what to read it for, never what it concludes (we cite it, we do not summarise it).
   */
  readFor?: { paragraphs: readonly number[], why: string }
}

export const sources = [
  {
    id: 'wiki-kazakh-famine',
    title: 'Kazakh famine of 1930–1933',
    publisher: 'Wikipedia',
    url: 'https://en.wikipedia.org/wiki/Kazakh_famine_of_1930%E2%80%931933',
  },
  {
    id: 'wiki-1990-election',
    title: '1990 Kazakh presidential election',
    publisher: 'Wikipedia',
    url: 'https://en.wikipedia.org/wiki/1990_Kazakh_presidential_election',
  },
  {
    id: 'state-us-kz-2014',
    title: 'U.S. Relations With Kazakhstan (fact sheet, 2014)',
    publisher: 'U.S. Department of State',
    url: 'https://2009-2017.state.gov/p/sca/rls/fs/2014/237113.htm',
    readFor: {
      paragraphs: [2, 9],
      why: 'the U.S.–Kazakh relationship as the State Department described it in 2014',
    },
  },
  {
    id: 'kremlin-cst',
    title: 'Collective Security Treaty',
    publisher: 'President of Russia (Kremlin)',
    url: 'http://en.special.kremlin.ru/supplement/3506',
  },
  {
    id: 'ia-multivector',
    // Title and authors exactly as the journal gives them.
    title: 'Between the bear and the dragon: multivectorism in Kazakhstan as a model strategy for secondary powers (Rachel Vanderhill, Sandra F. Joireman and Roza Tulepbayeva, International Affairs 96:4, 2020)',
    publisher: 'International Affairs (Oxford University Press)',
    url: 'https://doi.org/10.1093/ia/iiaa061',
    readFor: {
      paragraphs: [7, 9, 10],
      why: 'multi-vector diplomacy, the balancing policy the author wants Washington to support',
    },
  },
  {
    id: 'sultanov-eurasian',
    title: 'Kazakhstan and Eurasian integration (Bulat Sultanov)',
    publisher: 'Routledge / Taylor & Francis',
    url: 'https://www.taylorfrancis.com/chapters/edit/10.4324/9781315738154-15/kazakhstan-eurasian-integration-bulat-sultanov',
    readFor: {
      paragraphs: [4],
      why: 'Kazakhstan’s part in Eurasian integration and the EAEU',
    },
  },
  {
    id: 'zakonpravo-csto-charter',
    title: 'On the ratification of the Charter of the Collective Security Treaty Organization',
    publisher: 'zakonpravo.kz',
    url: 'http://www.zakonpravo.kz/en/on-the-ratification-of-the-charter-of-the-collective-security-treaty-organization',
  },
  {
    id: 'usc-xi-astana',
    title: 'Xi Jinping’s speech in Astana: building the Silk Road Economic Belt (2013)',
    publisher: 'USC US-China Institute',
    url: 'https://china.usc.edu/xi-jinping-speech-astana-kazakhstan-building-silk-road-economic-belt-central-asian-nations-september',
    readFor: {
      paragraphs: [7, 11],
      why: 'the 2013 speech in Astana that announced the Belt and Road’s overland half',
    },
  },
  {
    id: 'mid-eaeu',
    title: 'About the Eurasian Economic Union',
    publisher: 'Embassy of Russia in Thailand',
    url: 'https://thailand.mid.ru/en/press-centre/news/about_eurasian_economic_union',
  },
  {
    id: 'state-c5plus1-2015',
    title: 'Remarks at the C5+1 ministerial, Samarkand (2015)',
    publisher: 'U.S. Department of State',
    url: 'https://2009-2017.state.gov/secretary/remarks/2015/11/249046.htm',
  },
  {
    id: 'wiki-nazarbayev-resignation',
    title: 'Resignation of Nursultan Nazarbayev',
    publisher: 'Wikipedia',
    url: 'https://en.wikipedia.org/wiki/Resignation_of_Nursultan_Nazarbayev',
  },
  {
    id: 'wiki-2019-election',
    title: '2019 Kazakh presidential election',
    publisher: 'Wikipedia',
    url: 'https://en.wikipedia.org/wiki/2019_Kazakh_presidential_election',
  },
  {
    id: 'tass-astana-rename',
    title: 'Kazakhstan’s capital renamed back to Astana',
    publisher: 'TASS',
    url: 'https://tass.com/world/1509513/amp',
  },
  {
    id: 'panarmenian-nur-sultan',
    title: 'Kazakhstan’s capital renamed Nur-Sultan',
    publisher: 'PanARMENIAN.Net',
    url: 'http://www.panarmenian.net/eng/news/266795/',
  },
  {
    id: 'arkansas-kabul',
    title: 'Troops take flight out as U.S. completes exit (2021)',
    publisher: 'Arkansas Democrat-Gazette',
    url: 'https://www.arkansasonline.com/news/2021/aug/31/troops-take-flight-out-as-us-completes-exit/',
  },
  {
    id: 'tass-csto-request',
    title: 'Tokayev asks CSTO for help (January 2022)',
    publisher: 'TASS',
    url: 'https://tass.com/politics/1384649',
  },
  {
    id: 'armradio-csto-withdrawal',
    title: 'Withdrawal of CSTO peacekeepers from Kazakhstan to be completed on January 19',
    publisher: 'Public Radio of Armenia',
    url: 'https://en.armradio.am/2022/01/13/withdrawal-of-csto-peacekeepers-from-kazakhstan-to-be-completed-on-january-19/',
  },
  {
    id: 'iwpr-bloody-january',
    title: 'A year since Kazakstan’s bloody January',
    publisher: 'Institute for War & Peace Reporting',
    url: 'https://iwpr.net/global-voices/year-kazakstans-bloody-january',
  },
  {
    id: 'armenpress-recognition',
    title: 'Russia recognises the “DPR” and “LPR”; the invasion of Ukraine (2022)',
    publisher: 'Armenpress',
    url: 'https://armenpress.am/eng/news/1076129/',
  },
  {
    id: 'asiafinancial-unga',
    title: 'China, India abstain from UN vote condemning Russia (2022)',
    publisher: 'Asia Financial',
    url: 'https://asiafinancial.com/china-india-abstain-from-un-vote-condemning-russia',
  },
  {
    id: 'wiki-unga-es11-1',
    title: 'United Nations General Assembly Resolution ES-11/1',
    publisher: 'Wikipedia',
    url: 'https://en.wikipedia.org/wiki/United_Nations_General_Assembly_Resolution_ES-11/1',
  },
  {
    // The Yahoo News copy of this report is a syndicated mirror; Kyiv Post's archive carries the same quotation.
    id: 'kyivpost-spief',
    title: 'Tokayev, beside Putin, will not recognise the “quasi-state” Luhansk and Donetsk (17 June 2022)',
    publisher: 'Kyiv Post',
    url: 'https://archive.kyivpost.com/eastern-europe/putin-publicly-humiliated-by-kazkah-leader.html',
  },
  {
    id: 'rferl-cpc',
    title: 'A Russian court orders the Caspian Pipeline Consortium to suspend operations (July 2022)',
    publisher: 'Radio Free Europe/Radio Liberty',
    url: 'https://rferl.org/amp/russia-caspian-halts-oil-kazakhstan/31931347.html',
  },
  {
    id: 'astanatimes-cpc',
    title: 'Russian court lifts suspension on Caspian Pipeline Consortium (July 2022)',
    publisher: 'The Astana Times',
    url: 'https://astanatimes.com/2022/07/russian-court-lifts-suspension-on-caspian-pipeline-consortium/',
  },
  {
    id: 'reuters-xi-visit',
    title: 'China’s Xi arrives in Kazakhstan on first foreign trip since pandemic (2022)',
    publisher: 'Reuters',
    url: 'https://www.reuters.com/world/asia-pacific/chinas-xi-arrives-kazakhstan-first-foreign-trip-since-pandemic-2022-09-14/',
  },
  {
    id: 'interfax-blinken',
    title: 'Blinken’s first visit to Kazakhstan (2023)',
    publisher: 'Interfax',
    url: 'https://interfax.com/newsroom/top-stories/88302/',
  },
  {
    id: 'inform-c5plus1-summit',
    title: 'Tokayev set to meet Biden at first-ever C5+1 presidential summit (2023)',
    publisher: 'Kazinform',
    url: 'https://en.inform.kz/news/kassym-jomart-tokayev-set-to-meet-joe-biden-at-first-ever-c5-1-presidential-summit_a4112389/',
  },
  {
    // The Kazinform piece above was written just before the summit; this report, of 20 September 2023, says it met.
    id: 'akipress-c5plus1-summit',
    title: '“I think this is a historic moment,” Joe Biden says about Central Asia–U.S. summit (20 September 2023)',
    publisher: 'AKIpress',
    url: 'https://m.akipress.com/news:732255:_I_think_this_is_a_historic_moment,__Joe_Biden_says_about_Central_Asia-U_S__Summit/',
  },
  {
    id: 'inform-bri-projects',
    title: 'Mamin and Han Zheng review progress of joint Kazakh-Chinese projects (2019)',
    publisher: 'Kazinform',
    url: 'https://en.inform.kz/amp/prime-minister-askar-mamin-vice-premier-of-china-s-state-council-han-zheng-review-progress-of-joint-projects-implementation_a3526751/',
  },
  {
    id: 'budapest-tokayev',
    title: 'Kassym-Jomart Tokayev: veteran Kazakh diplomat faces grave crisis',
    publisher: 'Budapest Post',
    url: 'https://budapestpost.com/kassym-jomart-tokayev-veteran-kazakh-diplomat-faces-grave-crisis',
  },
  {
    id: 'kazakhstan-pl-about',
    title: 'About Kazakhstan',
    publisher: 'Embassy of Kazakhstan in Poland',
    url: 'http://www.kazakhstan.pl/about-kazakhstan/',
  },
  {
    id: 'kazarchives-capital',
    title: 'The capital of Kazakhstan before Astana',
    publisher: 'Archives of Kazakhstan',
    url: 'http://www.kazarchives.kz/Astana/capital-of-kazakhstan-before-astana',
  },
  {
    id: 'cap-famine-memory',
    title: 'Central Asia Program: famine remembrance in Kazakhstan',
    publisher: 'Central Asia Program, George Washington University',
    url: 'https://centralasiaprogram.org/tag/central-asia/page/2',
  },
  {
    id: 'state-aid-fy2002',
    title: 'U.S. Assistance to Kazakhstan, fiscal year 2002',
    publisher: 'U.S. Department of State',
    url: 'https://2001-2009.state.gov/p/eur/rls/fs/15218.htm',
  },
  {
    id: 'state-aid-fy2010',
    title: 'U.S. Government Assistance to Eurasia, fiscal year 2010',
    publisher: 'U.S. Department of State',
    url: 'https://2009-2017.state.gov/p/eur/rls/rpt/eurasiafy10/156875.htm',
  },
  {
    id: 'natural-earth',
    title: 'Natural Earth 1:110m countries, via world-atlas 2.0.2',
    publisher: 'Natural Earth / world-atlas',
    url: 'https://github.com/topojson/world-atlas',
  },
  {
    id: 'wiki-astana',
    title: 'Astana (coordinates 51°10′N 71°26′E)',
    publisher: 'Wikipedia',
    url: 'https://en.wikipedia.org/wiki/Astana',
  },
  {
    id: 'wiki-almaty',
    title: 'Almaty (coordinates 43°16′39″N 76°53′45″E)',
    publisher: 'Wikipedia',
    url: 'https://en.wikipedia.org/wiki/Almaty',
  },
  {
    id: 'wiki-kabul',
    title: 'Kabul (coordinates 34°32′N 69°10′E)',
    publisher: 'Wikipedia',
    url: 'https://en.wikipedia.org/wiki/Kabul',
  },
] as const satisfies readonly Source[]

export type SourceId = (typeof sources)[number]['id']

/**
 * Where a fact comes from: paragraphs of the article, checked external sources, or both.
 * At least one of the two must be non-empty.
 */
export interface Citation {
  paragraphs?: readonly number[]
  sources?: readonly SourceId[]
}

export interface CitationPart {
  label: string
  url?: string
}
