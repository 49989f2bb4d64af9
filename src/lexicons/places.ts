/**
 * A small gazetteer of cities where official meetings take place, mapped to
 * ISO 3166-1 alpha-2 codes: capitals and the usual summit and conference
 * cities. Users extend it through `lexicons.places`.
 */
export const cities: Readonly<Record<string, string>> = Object.freeze({
  Washington: 'US', 'Washington, D.C.': 'US', 'Washington, DC': 'US', 'New York': 'US', 'San Francisco': 'US',
  'San Diego': 'US', 'Los Angeles': 'US', Honolulu: 'US', Chicago: 'US', Boston: 'US', Seattle: 'US',
  'Camp David': 'US', Annapolis: 'US', Arlington: 'US', Miami: 'US', Houston: 'US', Atlanta: 'US',
  Ottawa: 'CA', Toronto: 'CA', Montreal: 'CA', Vancouver: 'CA', 'Mexico City': 'MX', Havana: 'CU',
  Guatemala: 'GT', 'Guatemala City': 'GT', Tegucigalpa: 'HN', 'San Salvador': 'SV', Managua: 'NI',
  'San José': 'CR', 'San Jose': 'CR', Panama: 'PA', 'Panama City': 'PA', Bogotá: 'CO', Bogota: 'CO',
  Caracas: 'VE', Quito: 'EC', Lima: 'PE', 'La Paz': 'BO', Santiago: 'CL', 'Buenos Aires': 'AR',
  Montevideo: 'UY', Asunción: 'PY', Brasília: 'BR', Brasilia: 'BR', 'Rio de Janeiro': 'BR',
  'São Paulo': 'BR', 'Port-au-Prince': 'HT', 'Santo Domingo': 'DO', Kingston: 'JM', Bridgetown: 'BB',
  London: 'GB', Edinburgh: 'GB', 'Carbis Bay': 'GB', Dublin: 'IE', Paris: 'FR', Brussels: 'BE',
  Luxembourg: 'LU', Amsterdam: 'NL', 'The Hague': 'NL', Berlin: 'DE', Munich: 'DE', Bonn: 'DE',
  Hamburg: 'DE', Frankfurt: 'DE', Vienna: 'AT', Bern: 'CH', Geneva: 'CH', Zurich: 'CH', Davos: 'CH',
  Rome: 'IT', Milan: 'IT', 'Vatican City': 'VA', Madrid: 'ES', Barcelona: 'ES', Lisbon: 'PT',
  Copenhagen: 'DK', Oslo: 'NO', Stockholm: 'SE', Helsinki: 'FI', Reykjavik: 'IS', Reykjavík: 'IS',
  Tallinn: 'EE', Riga: 'LV', Vilnius: 'LT', Warsaw: 'PL', Krakow: 'PL', Rzeszow: 'PL', Prague: 'CZ',
  Bratislava: 'SK', Budapest: 'HU', Ljubljana: 'SI', Zagreb: 'HR', Belgrade: 'RS', Sarajevo: 'BA',
  Podgorica: 'ME', Skopje: 'MK', Tirana: 'AL', Pristina: 'XK', Athens: 'GR', Sofia: 'BG', Bucharest: 'RO',
  Chisinau: 'MD', Kyiv: 'UA', Kiev: 'UA', Minsk: 'BY', Moscow: 'RU', 'St. Petersburg': 'RU',
  Tbilisi: 'GE', Yerevan: 'AM', Baku: 'AZ', Ankara: 'TR', Istanbul: 'TR', Nicosia: 'CY', Valletta: 'MT',
  Jerusalem: 'IL', 'Tel Aviv': 'IL', Ramallah: 'PS', Amman: 'JO', Beirut: 'LB', Damascus: 'SY',
  Baghdad: 'IQ', Erbil: 'IQ', Tehran: 'IR', Riyadh: 'SA', Jeddah: 'SA', Jidda: 'SA', 'Abu Dhabi': 'AE',
  Dubai: 'AE', Doha: 'QA', Manama: 'BH', 'Kuwait City': 'KW', Muscat: 'OM', "Sana'a": 'YE', Cairo: 'EG',
  'Sharm el-Sheikh': 'EG', Tripoli: 'LY', Tunis: 'TN', Algiers: 'DZ', Rabat: 'MA', Marrakech: 'MA',
  Casablanca: 'MA', Nouakchott: 'MR', Dakar: 'SN', Abuja: 'NG', Lagos: 'NG', Accra: 'GH', Abidjan: 'CI',
  Monrovia: 'LR', Freetown: 'SL', Niamey: 'NE', Bamako: 'ML', Ouagadougou: 'BF', "N'Djamena": 'TD',
  Khartoum: 'SD', Juba: 'SS', 'Addis Ababa': 'ET', Asmara: 'ER', Djibouti: 'DJ', Mogadishu: 'SO',
  Nairobi: 'KE', Kampala: 'UG', Kigali: 'RW', Dodoma: 'TZ', 'Dar es Salaam': 'TZ', Kinshasa: 'CD',
  Luanda: 'AO', Lusaka: 'ZM', Harare: 'ZW', Lilongwe: 'MW', Maputo: 'MZ', Gaborone: 'BW', Windhoek: 'NA',
  Pretoria: 'ZA', 'Cape Town': 'ZA', Johannesburg: 'ZA', Antananarivo: 'MG', 'Port Louis': 'MU',
  Kabul: 'AF', Islamabad: 'PK', Karachi: 'PK', 'New Delhi': 'IN', Delhi: 'IN', Mumbai: 'IN',
  Kathmandu: 'NP', Dhaka: 'BD', Colombo: 'LK', Malé: 'MV', Thimphu: 'BT', Tashkent: 'UZ', Astana: 'KZ',
  Almaty: 'KZ', Bishkek: 'KG', Dushanbe: 'TJ', Ashgabat: 'TM', Beijing: 'CN', Shanghai: 'CN',
  'Hong Kong': 'HK', Taipei: 'TW', Tokyo: 'JP', Osaka: 'JP', Hiroshima: 'JP', Kyoto: 'JP', Seoul: 'KR',
  Busan: 'KR', Pyongyang: 'KP', Ulaanbaatar: 'MN', Hanoi: 'VN', 'Ho Chi Minh City': 'VN',
  Vientiane: 'LA', 'Phnom Penh': 'KH', Bangkok: 'TH', Naypyidaw: 'MM', Yangon: 'MM', 'Kuala Lumpur': 'MY',
  Putrajaya: 'MY', Singapore: 'SG', Jakarta: 'ID', Bali: 'ID', Manila: 'PH', 'Bandar Seri Begawan': 'BN',
  Dili: 'TL', Canberra: 'AU', Sydney: 'AU', Melbourne: 'AU', Brisbane: 'AU', Perth: 'AU', Adelaide: 'AU',
  Wellington: 'NZ', Auckland: 'NZ', 'Port Moresby': 'PG', Suva: 'FJ', Apia: 'WS', "Nuku'alofa": 'TO',
  Honiara: 'SB', 'Port Vila': 'VU', Tarawa: 'KI', Majuro: 'MH', Palikir: 'FM', Koror: 'PW'
})

/** U.S. states and Canadian provinces, for "city, state" places. */
export const regions: Readonly<Record<string, string>> = Object.freeze({
  Alabama: 'US', Alaska: 'US', Arizona: 'US', Arkansas: 'US', California: 'US', Colorado: 'US',
  Connecticut: 'US', Delaware: 'US', Florida: 'US', Hawaii: 'US', Idaho: 'US', Illinois: 'US',
  Indiana: 'US', Iowa: 'US', Kansas: 'US', Kentucky: 'US', Louisiana: 'US', Maine: 'US', Maryland: 'US',
  Massachusetts: 'US', Michigan: 'US', Minnesota: 'US', Mississippi: 'US', Missouri: 'US', Montana: 'US',
  Nebraska: 'US', Nevada: 'US', 'New Hampshire': 'US', 'New Jersey': 'US', 'New Mexico': 'US',
  'North Carolina': 'US', 'North Dakota': 'US', Ohio: 'US', Oklahoma: 'US', Oregon: 'US',
  Pennsylvania: 'US', 'Rhode Island': 'US', 'South Carolina': 'US', 'South Dakota': 'US', Tennessee: 'US',
  Texas: 'US', Utah: 'US', Vermont: 'US', Virginia: 'US', 'West Virginia': 'US', Wisconsin: 'US',
  Wyoming: 'US', 'D.C.': 'US', DC: 'US', Ontario: 'CA', Quebec: 'CA', 'British Columbia': 'CA',
  Alberta: 'CA'
})

/** Venues, by the head word of their name, with the country where it is unambiguous. */
export const venues: Readonly<Record<string, string | null>> = Object.freeze({
  'the White House': 'US',
  'the Pentagon': 'US',
  'the Department of State': 'US',
  'the State Department': 'US',
  'Blair House': 'US',
  'the Eisenhower Executive Office Building': 'US',
  'Camp David': 'US',
  'the Kremlin': 'RU',
  'the Élysée Palace': 'FR',
  'the Elysee Palace': 'FR',
  '10 Downing Street': 'GB',
  'Downing Street': 'GB',
  'the Blue House': 'KR',
  'the Yongsan Presidential Office': 'KR',
  'the Kantei': 'JP',
  'the Istana': 'SG',
  'Munich Security Conference': 'DE',
  'the Munich Security Conference': 'DE',
  'the Shangri-La Dialogue': 'SG',
  'Shangri-La Dialogue': 'SG',
  'NATO Headquarters': 'BE',
  'the United Nations General Assembly': 'US',
  'the UN General Assembly': 'US',
  'UN Headquarters': 'US'
})

/** IANA time zones of publishers, by the end of their web host. */
export const publisherZones: ReadonlyArray<readonly [string, string, string]> = Object.freeze([
  // [host suffix, time zone, country]
  ['.gov', 'America/New_York', 'US'],
  ['.mil', 'America/New_York', 'US'],
  ['.gov.sg', 'Asia/Singapore', 'SG'],
  ['.go.kr', 'Asia/Seoul', 'KR'],
  ['.go.jp', 'Asia/Tokyo', 'JP'],
  ['.gov.uk', 'Europe/London', 'GB'],
  ['.gov.au', 'Australia/Sydney', 'AU'],
  ['.govt.nz', 'Pacific/Auckland', 'NZ'],
  ['.gc.ca', 'America/Toronto', 'CA'],
  ['.gov.in', 'Asia/Kolkata', 'IN'],
  ['.gov.ph', 'Asia/Manila', 'PH'],
  ['.gov.il', 'Asia/Jerusalem', 'IL'],
  ['.gouv.fr', 'Europe/Paris', 'FR'],
  ['.bund.de', 'Europe/Berlin', 'DE'],
  ['.europa.eu', 'Europe/Brussels', 'EU'],
  ['.nato.int', 'Europe/Brussels', 'NATO'],
  ['.un.org', 'America/New_York', 'UN']
])

/** Main IANA time zone of countries with one zone, for "today in Tokyo" dates. */
export const countryZones: Readonly<Record<string, string>> = Object.freeze({
  JP: 'Asia/Tokyo', KR: 'Asia/Seoul', KP: 'Asia/Pyongyang', CN: 'Asia/Shanghai', TW: 'Asia/Taipei',
  HK: 'Asia/Hong_Kong', SG: 'Asia/Singapore', MY: 'Asia/Kuala_Lumpur', PH: 'Asia/Manila', VN: 'Asia/Ho_Chi_Minh',
  TH: 'Asia/Bangkok', KH: 'Asia/Phnom_Penh', LA: 'Asia/Vientiane', MM: 'Asia/Yangon', IN: 'Asia/Kolkata',
  PK: 'Asia/Karachi', BD: 'Asia/Dhaka', LK: 'Asia/Colombo', NP: 'Asia/Kathmandu', AF: 'Asia/Kabul',
  IR: 'Asia/Tehran', IQ: 'Asia/Baghdad', SA: 'Asia/Riyadh', AE: 'Asia/Dubai', QA: 'Asia/Qatar',
  KW: 'Asia/Kuwait', BH: 'Asia/Bahrain', OM: 'Asia/Muscat', JO: 'Asia/Amman', IL: 'Asia/Jerusalem',
  LB: 'Asia/Beirut', SY: 'Asia/Damascus', TR: 'Europe/Istanbul', EG: 'Africa/Cairo', MA: 'Africa/Casablanca',
  GB: 'Europe/London', IE: 'Europe/Dublin', FR: 'Europe/Paris', DE: 'Europe/Berlin', IT: 'Europe/Rome',
  ES: 'Europe/Madrid', PT: 'Europe/Lisbon', NL: 'Europe/Amsterdam', BE: 'Europe/Brussels', CH: 'Europe/Zurich',
  AT: 'Europe/Vienna', PL: 'Europe/Warsaw', CZ: 'Europe/Prague', HU: 'Europe/Budapest', RO: 'Europe/Bucharest',
  GR: 'Europe/Athens', UA: 'Europe/Kyiv', RU: 'Europe/Moscow', SE: 'Europe/Stockholm', NO: 'Europe/Oslo',
  DK: 'Europe/Copenhagen', FI: 'Europe/Helsinki', IS: 'Atlantic/Reykjavik', EE: 'Europe/Tallinn',
  LV: 'Europe/Riga', LT: 'Europe/Vilnius', NZ: 'Pacific/Auckland', KE: 'Africa/Nairobi', ET: 'Africa/Addis_Ababa',
  NG: 'Africa/Lagos', ZA: 'Africa/Johannesburg', GH: 'Africa/Accra', SN: 'Africa/Dakar'
})

/** IANA time zones of cities in countries with several zones. */
export const cityZones: Readonly<Record<string, string>> = Object.freeze({
  Washington: 'America/New_York', 'New York': 'America/New_York', Boston: 'America/New_York',
  Miami: 'America/New_York', Atlanta: 'America/New_York', Chicago: 'America/Chicago', Houston: 'America/Chicago',
  'San Francisco': 'America/Los_Angeles', 'Los Angeles': 'America/Los_Angeles', 'San Diego': 'America/Los_Angeles',
  Seattle: 'America/Los_Angeles', Honolulu: 'Pacific/Honolulu', Ottawa: 'America/Toronto', Toronto: 'America/Toronto',
  Vancouver: 'America/Vancouver', 'Mexico City': 'America/Mexico_City', Canberra: 'Australia/Sydney',
  Sydney: 'Australia/Sydney', Melbourne: 'Australia/Melbourne', Perth: 'Australia/Perth', Jakarta: 'Asia/Jakarta',
  Bali: 'Asia/Makassar', Brasilia: 'America/Sao_Paulo', 'Brasília': 'America/Sao_Paulo'
})
