package ontology

// countries maps every ISO 3166-1 alpha-3 code, plus the codes CAMEO uses in
// the country slot that ISO does not have, to a name. Written by hand from
// ISO 3166-1 and the CAMEO actor codebook (Schrodt 2012, ch. 3) and its
// Phoenix/GDELT successors; the shared folder has no country table.
var countries = map[string]string{
	"ABW": "Aruba", "AFG": "Afghanistan", "AGO": "Angola", "AIA": "Anguilla", "ALA": "Åland Islands",
	"ALB": "Albania", "AND": "Andorra", "ARE": "United Arab Emirates", "ARG": "Argentina", "ARM": "Armenia",
	"ASM": "American Samoa", "ATA": "Antarctica", "ATF": "French Southern Territories", "ATG": "Antigua and Barbuda",
	"AUS": "Australia", "AUT": "Austria", "AZE": "Azerbaijan", "BDI": "Burundi", "BEL": "Belgium",
	"BEN": "Benin", "BES": "Bonaire, Sint Eustatius and Saba", "BFA": "Burkina Faso", "BGD": "Bangladesh",
	"BGR": "Bulgaria", "BHR": "Bahrain", "BHS": "Bahamas", "BIH": "Bosnia and Herzegovina", "BLM": "Saint Barthélemy",
	"BLR": "Belarus", "BLZ": "Belize", "BMU": "Bermuda", "BOL": "Bolivia", "BRA": "Brazil", "BRB": "Barbados",
	"BRN": "Brunei", "BTN": "Bhutan", "BVT": "Bouvet Island", "BWA": "Botswana", "CAF": "Central African Republic",
	"CAN": "Canada", "CCK": "Cocos (Keeling) Islands", "CHE": "Switzerland", "CHL": "Chile", "CHN": "China",
	"CIV": "Côte d'Ivoire", "CMR": "Cameroon", "COD": "Democratic Republic of the Congo", "COG": "Republic of the Congo",
	"COK": "Cook Islands", "COL": "Colombia", "COM": "Comoros", "CPV": "Cabo Verde", "CRI": "Costa Rica",
	"CUB": "Cuba", "CUW": "Curaçao", "CXR": "Christmas Island", "CYM": "Cayman Islands", "CYP": "Cyprus",
	"CZE": "Czechia", "DEU": "Germany", "DJI": "Djibouti", "DMA": "Dominica", "DNK": "Denmark",
	"DOM": "Dominican Republic", "DZA": "Algeria", "ECU": "Ecuador", "EGY": "Egypt", "ERI": "Eritrea",
	"ESH": "Western Sahara", "ESP": "Spain", "EST": "Estonia", "ETH": "Ethiopia", "FIN": "Finland", "FJI": "Fiji",
	"FLK": "Falkland Islands", "FRA": "France", "FRO": "Faroe Islands", "FSM": "Micronesia", "GAB": "Gabon",
	"GBR": "United Kingdom", "GEO": "Georgia", "GGY": "Guernsey", "GHA": "Ghana", "GIB": "Gibraltar",
	"GIN": "Guinea", "GLP": "Guadeloupe", "GMB": "Gambia", "GNB": "Guinea-Bissau", "GNQ": "Equatorial Guinea",
	"GRC": "Greece", "GRD": "Grenada", "GRL": "Greenland", "GTM": "Guatemala", "GUF": "French Guiana",
	"GUM": "Guam", "GUY": "Guyana", "HKG": "Hong Kong", "HMD": "Heard Island and McDonald Islands",
	"HND": "Honduras", "HRV": "Croatia", "HTI": "Haiti", "HUN": "Hungary", "IDN": "Indonesia", "IMN": "Isle of Man",
	"IND": "India", "IOT": "British Indian Ocean Territory", "IRL": "Ireland", "IRN": "Iran", "IRQ": "Iraq",
	"ISL": "Iceland", "ISR": "Israel", "ITA": "Italy", "JAM": "Jamaica", "JEY": "Jersey", "JOR": "Jordan",
	"JPN": "Japan", "KAZ": "Kazakhstan", "KEN": "Kenya", "KGZ": "Kyrgyzstan", "KHM": "Cambodia", "KIR": "Kiribati",
	"KNA": "Saint Kitts and Nevis", "KOR": "South Korea", "KWT": "Kuwait", "LAO": "Laos", "LBN": "Lebanon",
	"LBR": "Liberia", "LBY": "Libya", "LCA": "Saint Lucia", "LIE": "Liechtenstein", "LKA": "Sri Lanka",
	"LSO": "Lesotho", "LTU": "Lithuania", "LUX": "Luxembourg", "LVA": "Latvia", "MAC": "Macao",
	"MAF": "Saint Martin", "MAR": "Morocco", "MCO": "Monaco", "MDA": "Moldova", "MDG": "Madagascar",
	"MDV": "Maldives", "MEX": "Mexico", "MHL": "Marshall Islands", "MKD": "North Macedonia", "MLI": "Mali",
	"MLT": "Malta", "MMR": "Myanmar", "MNE": "Montenegro", "MNG": "Mongolia", "MNP": "Northern Mariana Islands",
	"MOZ": "Mozambique", "MRT": "Mauritania", "MSR": "Montserrat", "MTQ": "Martinique", "MUS": "Mauritius",
	"MWI": "Malawi", "MYS": "Malaysia", "MYT": "Mayotte", "NAM": "Namibia", "NCL": "New Caledonia",
	"NER": "Niger", "NFK": "Norfolk Island", "NGA": "Nigeria", "NIC": "Nicaragua", "NIU": "Niue",
	"NLD": "Netherlands", "NOR": "Norway", "NPL": "Nepal", "NRU": "Nauru", "NZL": "New Zealand", "OMN": "Oman",
	"PAK": "Pakistan", "PAN": "Panama", "PCN": "Pitcairn", "PER": "Peru", "PHL": "Philippines", "PLW": "Palau",
	"PNG": "Papua New Guinea", "POL": "Poland", "PRI": "Puerto Rico", "PRK": "North Korea", "PRT": "Portugal",
	"PRY": "Paraguay", "PSE": "Palestine", "PYF": "French Polynesia", "QAT": "Qatar", "REU": "Réunion",
	"ROU": "Romania", "RUS": "Russia", "RWA": "Rwanda", "SAU": "Saudi Arabia", "SDN": "Sudan", "SEN": "Senegal",
	"SGP": "Singapore", "SGS": "South Georgia and the South Sandwich Islands", "SHN": "Saint Helena",
	"SJM": "Svalbard and Jan Mayen", "SLB": "Solomon Islands", "SLE": "Sierra Leone", "SLV": "El Salvador",
	"SMR": "San Marino", "SOM": "Somalia", "SPM": "Saint Pierre and Miquelon", "SRB": "Serbia",
	"SSD": "South Sudan", "STP": "São Tomé and Príncipe", "SUR": "Suriname", "SVK": "Slovakia", "SVN": "Slovenia",
	"SWE": "Sweden", "SWZ": "Eswatini", "SXM": "Sint Maarten", "SYC": "Seychelles", "SYR": "Syria",
	"TCA": "Turks and Caicos Islands", "TCD": "Chad", "TGO": "Togo", "THA": "Thailand", "TJK": "Tajikistan",
	"TKL": "Tokelau", "TKM": "Turkmenistan", "TLS": "Timor-Leste", "TON": "Tonga", "TTO": "Trinidad and Tobago",
	"TUN": "Tunisia", "TUR": "Türkiye", "TUV": "Tuvalu", "TWN": "Taiwan", "TZA": "Tanzania", "UGA": "Uganda",
	"UKR": "Ukraine", "UMI": "United States Minor Outlying Islands", "URY": "Uruguay", "USA": "United States",
	"UZB": "Uzbekistan", "VAT": "Holy See", "VCT": "Saint Vincent and the Grenadines", "VEN": "Venezuela",
	"VGB": "British Virgin Islands", "VIR": "U.S. Virgin Islands", "VNM": "Vietnam", "VUT": "Vanuatu",
	"WLF": "Wallis and Futuna", "WSM": "Samoa", "YEM": "Yemen", "ZAF": "South Africa", "ZMB": "Zambia",
	"ZWE": "Zimbabwe",

	// CAMEO codes in the country slot that are not ISO 3166-1 alpha-3:
	// territories, older codes kept by CAMEO and the Phoenix dictionaries,
	// and historical states.
	"KOS": "Kosovo", "WSB": "West Bank", "GZS": "Gaza Strip", "ROM": "Romania (CAMEO code)",
	"ZAR": "Zaire / DR Congo (CAMEO code)", "TMP": "East Timor (CAMEO code)", "YUG": "Yugoslavia",
	"SCG": "Serbia and Montenegro", "CSK": "Czechoslovakia", "SUN": "Soviet Union", "USR": "Soviet Union (CAMEO code)", "FRY": "Federal Republic of Yugoslavia", "DDR": "East Germany",
	"YMD": "South Yemen", "VDR": "North Vietnam", "ANT": "Netherlands Antilles", "ABK": "Abkhazia",
	"SOS": "South Ossetia", "KSV": "Kosovo (Phoenix code)", "PAL": "Palestine (older CAMEO code)", "TRN": "Transnistria", "NCY": "Northern Cyprus", "SML": "Somaliland",

	// CAMEO regions.
	"AFR": "Africa", "ASA": "Asia", "BLK": "Balkans", "CRB": "Caribbean", "CAU": "Caucasus",
	"CFR": "Central Africa", "CAS": "Central Asia", "CEU": "Central Europe", "EIN": "East Indies",
	"EAF": "Eastern Africa", "EEU": "Eastern Europe", "EUR": "Europe", "LAM": "Latin America",
	"MEA": "Middle East", "MDT": "Mediterranean", "NAF": "North Africa", "NMR": "North America",
	"PGS": "Persian Gulf", "SCN": "Scandinavia", "SAM": "South America", "SAS": "South Asia",
	"SEA": "Southeast Asia", "SAF": "Southern Africa", "WAF": "West Africa", "WST": "The West",
	"AME": "Americas", "OCN": "Oceania", "NEU": "Northern Europe", "WEU": "Western Europe",

	// CAMEO's non-state and transnational actor prefixes.
	"IGO": "Inter-governmental organisation", "NGO": "Non-governmental organisation",
	"NGM": "Non-governmental movement", "MNC": "Multinational corporation",
	"IMG": "International militarised group", "INT": "International / transnational (generic)",
	"UIS": "Unidentified state actor",
}

// knownGroups are CAMEO known-group codes: named organisations that follow
// the country or prefix slot ("IGOUNO", "PSEREBHMS", "NGOHRW"). Written by
// hand from the CAMEO actor codebook; a code that is both a role and a
// group in CAMEO (UNO, AMN, IRC) is read as the group.
var knownGroups = map[string]string{
	"AAM": "Al Aqsa Martyrs Brigade", "ADB": "Asian Development Bank", "AFB": "African Development Bank",
	"AFU": "African Union", "ALQ": "Al Qaeda", "AMN": "Amnesty International", "AMU": "Arab Maghreb Union",
	"ANO": "Abu Nidal Organization", "APE": "Organization of Arab Petroleum Exporting Countries",
	"ARL": "Arab League", "ASL": "South Lebanon Army", "ASN": "ASEAN", "BIS": "Bank for International Settlements",
	"BTH": "Baath Party", "CIS": "Commonwealth of Independent States", "COE": "Council of Europe",
	"CRC": "Red Cross and Red Crescent", "CSS": "Community of Sahel-Saharan States", "CWN": "Commonwealth of Nations",
	"DFL": "Democratic Front for the Liberation of Palestine", "EBR": "European Bank for Reconstruction and Development",
	"ECA": "Economic Community of Central African States", "EEC": "European Union", "EFT": "European Free Trade Association",
	"FAO": "Food and Agriculture Organization", "FID": "International Federation for Human Rights",
	"FLN": "National Liberation Front", "FTA": "Fatah", "GCC": "Gulf Cooperation Council", "GIA": "Armed Islamic Group",
	"GOE": "Group of Eight", "GOS": "Group of Seven", "HCH": "UN High Commissioner for Human Rights",
	"HCR": "UN High Commissioner for Refugees", "HEZ": "Hezbollah", "HMS": "Hamas", "HRW": "Human Rights Watch",
	"IAD": "Intergovernmental Authority on Development", "IAE": "International Atomic Energy Agency",
	"ICC": "International Criminal Court", "ICG": "International Crisis Group", "ICJ": "International Court of Justice",
	"IDB": "Islamic Development Bank", "ILO": "International Labour Organization", "IMF": "International Monetary Fund",
	"IOM": "International Organization for Migration", "IPU": "Inter-Parliamentary Union", "IRC": "Red Cross",
	"ISJ": "Palestinian Islamic Jihad", "ISI": "Islamic State", "ITP": "Interpol", "KDP": "Kurdistan Democratic Party",
	"KID": "UNICEF", "LBA": "Israeli Labor Party", "LKD": "Likud", "MBR": "Muslim Brotherhood",
	"MSF": "Médecins Sans Frontières", "NAT": "NATO", "NON": "Non-Aligned Movement",
	"OAS": "Organization of American States", "OAU": "Organization of African Unity",
	"OIC": "Organisation of Islamic Cooperation", "OPC": "OPEC", "OSC": "OSCE",
	"PFL": "Popular Front for the Liberation of Palestine", "PKK": "Kurdistan Workers' Party",
	"PLO": "Palestine Liberation Organization", "PLS": "Polisario Front", "PMD": "People's Mujahedin",
	"PRC": "Paris Club", "RCR": "Red Crescent", "SAA": "South Asian Association for Regional Cooperation",
	"SAD": "Southern African Development Community", "SCO": "Shanghai Cooperation Organisation",
	"TAL": "Taliban", "UNO": "United Nations", "WBK": "World Bank", "WCT": "International war crimes tribunals",
	"WEF": "World Economic Forum", "WFP": "World Food Programme", "WHO": "World Health Organization",
	"WTO": "World Trade Organization", "XFM": "Oxfam", "ECW": "ECOWAS",
	"ABD": "Arab Bank for Economic Development in Africa", "ASF": "Abu Sayyaf", "JMA": "Jemaah Islamiyah", "SOT": "Southeast Asia Treaty Organization",
	"ICO": "International Cocoa Organization", "IAC": "Inter-African Coffee Organization", "AMF": "Arab Monetary Fund",
	"AEU": "Council of Arab Economic Unity", "CEM": "Economic and Monetary Community of Central Africa",
	"CPA": "Cocoa Producers' Alliance", "WAM": "West African Economic and Monetary Union",
	"ATD": "Eastern and Southern African Trade and Development Bank", "WAD": "West African Development Bank",
	"SCE": "Conference on Security and Cooperation in Europe", "ACC": "Arab Cooperation Council",
	"EAC": "East African Community", "BCA": "Bank of Central African States",
	"CPC": "Association of Coffee Producing Countries", "IGC": "International Grains Council",
	"JUR": "International Commission of Jurists", "IHF": "International Helsinki Federation for Human Rights",
}

// extraRoles are role codes the CAMEO codebook and the Phoenix agents
// dictionary use beyond the shared role table (religion and party codes).
var extraRoles = []Role{
	{"PTY", "Political party"}, {"REL", "Religious"}, {"MUS", "Muslim"}, {"CHR", "Christian"},
	{"HIN", "Hindu"}, {"JEW", "Jewish"}, {"BUD", "Buddhist"}, {"PPL", "People"},
	{"SHI", "Shia"}, {"SUN", "Sunni"}, {"CTH", "Catholic"}, {"PRO", "Protestant"}, {"ORT", "Orthodox"},
	{"SIK", "Sikh"}, {"ALE", "Alawite"}, {"DRZ", "Druze"}, {"MOS", "Muslim (Phoenix code)"},
	{"BAH", "Baha'i"}, {"TAO", "Taoist"},
	// Ethnic codes (GDELT's EthnicCode column).
	{"KUR", "Kurdish"}, {"ARB", "Arab"}, {"TAM", "Tamil"}, {"UIG", "Uighur"}, {"TIB", "Tibetan"},
}
