import english from 'i18n-iso-countries/langs/en.json' with {type: 'json'}

/**
 * Country names from the maintained `i18n-iso-countries` dataset (English
 * names and their aliases), inlined at build time. Each entry maps an ISO
 * 3166-1 alpha-2 code to its names.
 */
export const countryNames: Readonly<Record<string, readonly string[]>> = Object.freeze(
  Object.fromEntries(
    Object.entries((english as {countries: Record<string, string | string[]>}).countries).map(([code, names]) => [
      code,
      Object.freeze(Array.isArray(names) ? names : [names])
    ])
  )
)

/**
 * Forms the dataset lacks: abbreviations and official short forms that
 * releases use.
 */
export const countryAliases: Readonly<Record<string, string>> = Object.freeze({
  'U.S': 'US',
  'U.S.': 'US',
  'U.S.A.': 'US',
  'United States of America': 'US',
  America: 'US',
  ROK: 'KR',
  'R.O.K.': 'KR',
  Korea: 'KR',
  DPRK: 'KP',
  'North Korea': 'KP',
  "Democratic People's Republic of Korea": 'KP',
  PRC: 'CN',
  "People's Republic of China": 'CN',
  UK: 'GB',
  'U.K.': 'GB',
  Britain: 'GB',
  'Great Britain': 'GB',
  UAE: 'AE',
  'Republic of Singapore': 'SG',
  'Kingdom of Morocco': 'MA',
  'Republic of Iraq': 'IQ',
  Czechia: 'CZ',
  Burma: 'MM',
  Holland: 'NL',
  'Republic of the Philippines': 'PH',
  Vietnam: 'VN',
  'Viet Nam': 'VN',
  Laos: 'LA',
  Syria: 'SY',
  Bolivia: 'BO',
  Venezuela: 'VE',
  Moldova: 'MD',
  Brunei: 'BN',
  'Brunei Darussalam': 'BN',
  'Hong Kong': 'HK',
  Macau: 'MO',
  'Kingdom of Saudi Arabia': 'SA',
  KSA: 'SA',
  'Hashemite Kingdom of Jordan': 'JO',
  'United Kingdom of Great Britain and Northern Ireland': 'GB',
  'Ivory Coast': 'CI'
})

/** Organizations that act as parties, by the names releases give them. */
export const organizations: Readonly<Record<string, string>> = Object.freeze({
  'European Union': 'EU',
  EU: 'EU',
  'United Nations': 'UN',
  UN: 'UN',
  'U.N.': 'UN',
  NATO: 'NATO',
  'North Atlantic Treaty Organization': 'NATO',
  'African Union Commission': 'AUC',
  'European Council': 'EU',
  'European Commission': 'EU',
  'Council of the European Union': 'EU',
  'European Parliament': 'EU',
  'European External Action Service': 'EU',
  'United Nations Security Council': 'UN',
  'UN Security Council': 'UN',
  'United Nations General Assembly': 'UN',
  'African Union': 'AUC',
  ASEAN: 'ASEAN',
  'Association of Southeast Asian Nations': 'ASEAN'
})

/** Demonyms and adjectives of states, mapped to ISO codes. */
export const demonyms: Readonly<Record<string, string>> = Object.freeze({
  Afghan: 'AF', Albanian: 'AL', Algerian: 'DZ', Angolan: 'AO', Argentine: 'AR', Argentinian: 'AR',
  Armenian: 'AM', Australian: 'AU', Austrian: 'AT', Azerbaijani: 'AZ', Bahraini: 'BH', Bangladeshi: 'BD',
  Belarusian: 'BY', Belgian: 'BE', Bolivian: 'BO', Bosnian: 'BA', Brazilian: 'BR', British: 'GB',
  Bruneian: 'BN', Bulgarian: 'BG', Burmese: 'MM', Cambodian: 'KH', Cameroonian: 'CM', Canadian: 'CA',
  Chilean: 'CL', Chinese: 'CN', Colombian: 'CO', Congolese: 'CD', 'Costa Rican': 'CR', Croatian: 'HR',
  Cuban: 'CU', Cypriot: 'CY', Czech: 'CZ', Danish: 'DK', Dominican: 'DO', Dutch: 'NL', Ecuadorian: 'EC',
  Egyptian: 'EG', Emirati: 'AE', Estonian: 'EE', Ethiopian: 'ET', Fijian: 'FJ', Filipino: 'PH',
  Finnish: 'FI', French: 'FR', Georgian: 'GE', German: 'DE', Ghanaian: 'GH', Greek: 'GR',
  Guatemalan: 'GT', Haitian: 'HT', Honduran: 'HN', Hungarian: 'HU', Icelandic: 'IS', Indian: 'IN',
  Indonesian: 'ID', Iranian: 'IR', Iraqi: 'IQ', Irish: 'IE', Israeli: 'IL', Italian: 'IT',
  Ivorian: 'CI', Jamaican: 'JM', Japanese: 'JP', Jordanian: 'JO', Kazakh: 'KZ', Kazakhstani: 'KZ',
  Kenyan: 'KE', Korean: 'KR', 'South Korean': 'KR', 'North Korean': 'KP', Kosovar: 'XK', Kuwaiti: 'KW',
  Kyrgyz: 'KG', Lao: 'LA', Laotian: 'LA', Latvian: 'LV', Lebanese: 'LB', Libyan: 'LY', Lithuanian: 'LT',
  Luxembourgish: 'LU', Malagasy: 'MG', Malawian: 'MW', Malaysian: 'MY', Maldivian: 'MV', Malian: 'ML',
  Maltese: 'MT', Mauritanian: 'MR', Mexican: 'MX', Moldovan: 'MD', Mongolian: 'MN', Montenegrin: 'ME',
  Moroccan: 'MA', Mozambican: 'MZ', Namibian: 'NA', Nepalese: 'NP', Nepali: 'NP', 'New Zealander': 'NZ',
  Nicaraguan: 'NI', Nigerian: 'NG', Nigerien: 'NE', Norwegian: 'NO', Omani: 'OM', Pakistani: 'PK',
  Palestinian: 'PS', Panamanian: 'PA', 'Papua New Guinean': 'PG', Paraguayan: 'PY', Peruvian: 'PE',
  Philippine: 'PH', Polish: 'PL', Portuguese: 'PT', Qatari: 'QA', Romanian: 'RO', Russian: 'RU',
  Rwandan: 'RW', Salvadoran: 'SV', Saudi: 'SA', Senegalese: 'SN', Serbian: 'RS', Singaporean: 'SG',
  Slovak: 'SK', Slovenian: 'SI', Somali: 'SO', 'South African': 'ZA', Spanish: 'ES', 'Sri Lankan': 'LK',
  Sudanese: 'SD', Swedish: 'SE', Swiss: 'CH', Syrian: 'SY', Taiwanese: 'TW', Tajik: 'TJ', Tanzanian: 'TZ',
  Thai: 'TH', Timorese: 'TL', Tongan: 'TO', Tunisian: 'TN', Turkish: 'TR', Turkmen: 'TM', Ugandan: 'UG',
  Ukrainian: 'UA', Emirian: 'AE', Uruguayan: 'UY', Uzbek: 'UZ', Venezuelan: 'VE', Vietnamese: 'VN',
  Yemeni: 'YE', Zambian: 'ZM', Zimbabwean: 'ZW', American: 'US', Kiwi: 'NZ', Samoan: 'WS',
  Bhutanese: 'BT', Liberian: 'LR', Botswanan: 'BW', Beninese: 'BJ', Togolese: 'TG',
  Gabonese: 'GA', Chadian: 'TD', Eritrean: 'ER', Djiboutian: 'DJ', Burundian: 'BI', Gambian: 'GM',
  Guinean: 'GN', Barbadian: 'BB', Trinidadian: 'TT', Bahamian: 'BS', Belizean: 'BZ',
  Macedonian: 'MK', Andorran: 'AD', Monegasque: 'MC', Liechtensteiner: 'LI', Sammarinese: 'SM',
  Azeri: 'AZ', Yemenite: 'YE'
})
