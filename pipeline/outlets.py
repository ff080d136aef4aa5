"""Names of news outlets: wire agencies, broadcasters and papers that news in English quotes
people as speaking to ("told Kommersant", "Speaking to Xinhua", "in an interview with CGTN").

The claims extractor finds most outlets by their tag or a media word ("the Kommersant
newspaper", "news agency Interfax"); this list is for the names the small model leaves untagged
or tags as a person or a place when they stand alone. It is matched only where an outlet may
stand (the one told, the one spoken to), so a name that is also a surname ("Bloomberg",
"Forbes") costs nothing elsewhere.
"""

from __future__ import annotations

import re

from pipeline.names import fold

# Written as news writes them, matched case-insensitively; a name listed with "The" only after
# "the" ("told the Hill", not "told Hill"). Not names that are also common first names or words
# ("Dawn", "Time", "Punch", "Fox"): "told Dawn" is more often a woman.
_OUTLETS = (
    # wire and state agencies
    "Reuters", "AP", "Associated Press", "AFP", "Agence France-Presse", "Bloomberg", "TASS", "ITAR-TASS", "Interfax", "RIA Novosti",
    "Sputnik", "Xinhua", "Kyodo", "Jiji", "Yonhap", "KCNA", "ANI", "PTI", "Press Trust of India", "IANS", "APP",
    "Anadolu", "Anadolu Agency", "IRNA", "ISNA", "Tasnim", "WAM", "SPA", "Saudi Press Agency", "MENA", "QNA", "KUNA",
    "SANA", "Bernama", "Antara", "PNA", "AAP", "DPA", "EFE", "ANSA", "UNIAN", "Ukrinform", "BTA", "MTI", "PAP", "CTK",
    "Belga", "Lusa", "Xinhua News Agency", "Kyodo News", "Nexta",
    # broadcasters
    "BBC", "CNN", "MSNBC", "CNBC", "NPR", "PBS", "ABC", "NBC", "CBS", "Fox News", "Fox Business", "Sky News", "ITV", "ITV News",
    "Channel 4", "Channel 4 News", "RTE", "CBC", "CTV", "Al Jazeera", "Al Arabiya", "Al Hadath", "Al Mayadeen", "France 24", "BFMTV", "BFM TV", "DW",
    "Deutsche Welle", "Euronews", "RT", "CGTN", "CCTV", "Phoenix TV", "NHK", "KBS", "MBC", "SBS", "Arirang", "Geo News", "Geo TV",
    "Dawn News", "ARY News", "NDTV", "Times Now", "Republic TV", "Aaj Tak", "India Today", "WION", "Doordarshan",
    "Arise TV", "Channels TV", "NTA", "TVC", "NTV", "KTN", "Citizen TV", "SABC", "eNCA", "ABS-CBN", "GMA", "Rappler",
    "Channel NewsAsia", "CNA", "TVB", "RTHK", "Newsmax", "C-SPAN", "Univision", "Telemundo", "Rossiya", "Rossiya 1", "Channel One",
    "NTV Russia", "TRT", "TRT World", "Press TV", "IRIB", "i24", "i24NEWS", "Ynet", "LBC", "Talk Radio", "TalkTV", "GB News",
    "RTL", "ZDF", "ARD", "TF1", "RAI", "Mediaset", "TVE", "RTVE", "Cadena SER", "RNE", "Radio Free Europe", "Radio Liberty", "RFE/RL",
    "Voice of America", "VOA", "Radio Free Asia",
    # papers, magazines and sites not named like one ("the … Times", "… Post" are found by their words)
    "Kommersant", "Izvestia", "Vedomosti", "Pravda", "Komsomolskaya Pravda", "Novaya Gazeta", "Rossiyskaya Gazeta", "Meduza",
    "Le Monde", "Le Figaro", "Liberation", "Le Parisien", "Les Echos", "Der Spiegel", "Spiegel", "Bild", "Die Welt", "Die Zeit",
    "Sueddeutsche Zeitung", "Frankfurter Allgemeine", "Handelsblatt", "El Pais", "El Mundo", "La Vanguardia",
    "La Repubblica", "Corriere della Sera", "La Stampa", "Il Sole 24 Ore", "NRC", "De Telegraaf", "Haaretz", "Yedioth Ahronoth",
    "Maariv", "Asahi", "Asahi Shimbun", "Yomiuri", "Yomiuri Shimbun", "Mainichi", "Nikkei", "Chosun Ilbo", "JoongAng",
    "Dong-A Ilbo", "People's Daily", "Global Times", "China Daily", "Caixin", "South China Morning Post", "The Hindu",
    "Hindustan Times", "Indian Express", "Vanguard", "ThisDay", "Premium Times", "Daily Trust", "Daily Nation",
    "The Standard", "Daily Maverick", "News24", "Politico", "Axios", "The Hill", "Semafor", "BuzzFeed",
    "BuzzFeed News", "HuffPost", "Huffington Post", "Breitbart", "Fox News Digital", "CNN International", "ProPublica",
    "The Atlantic", "New Yorker", "Newsweek", "Forbes", "Vanity Fair", "Rolling Stone",
    "Der Standard", "Aftenposten", "Dagens Nyheter", "Helsingin Sanomat", "Gazeta Wyborcza",
    "Kyiv Independent", "Ukrainska Pravda", "Hurriyet", "Cumhuriyet", "Al-Ahram", "Asharq Al-Awsat", "Al-Quds Al-Arabi",
    "Kayhan", "Tehran Times", "Arab News", "Gulf News", "Khaleej Times", "The National", "Straits Times", "Jakarta Post",
    "Bangkok Post", "Philippine Daily Inquirer", "Sydney Morning Herald", "The Australian",
    "New Zealand Herald", "Globe and Mail", "Toronto Star", "National Post", "Irish Times", "Irish Independent",
    # sport and entertainment (tabloid and trade press quote people "told talkSPORT", "told Variety")
    "Rossiya-1", "Rossiya-24", "Rossiya 24", "talkSPORT", "talkRADIO", "Sky Sports", "Sky Sports News", "BT Sport", "TNT Sports",
    "BBC Sport", "ESPN", "The Athletic", "Sports Illustrated", "Marca", "L'Equipe", "Gazzetta dello Sport", "NME", "Variety",
    "Deadline", "TheWrap", "Hollywood Reporter", "Screen Daily", "IndieWire", "Billboard", "Pitchfork", "Entertainment Weekly",
    "TMZ", "Page Six", "MailOnline", "Mail Online",
    # European agencies, broadcasters and papers that English-language European news quotes people
    # as telling ("told broadcaster TVN24", "told BIRN", "Asked by SVT")
    "Tanjug", "BIRN", "Balkan Insight", "N1", "RTS", "HRT", "HINA", "TVN24", "TVP", "Polsat", "Rzeczpospolita", "Onet",
    "SVT", "TT", "Aftonbladet", "Expressen", "Svenska Dagbladet", "NRK", "YLE", "Politiken", "Berlingske",
    "ORF", "SRF", "RTS Info", "Keystone-SDA", "RTBF", "VRT", "NOS", "ANP", "ERT", "Kathimerini", "Euractiv", "Politico Europe",
    "RTÉ", "France Inter", "France Info", "Franceinfo", "Europe 1", "BFM", "LCI", "Ouest-France", "Le Point", "L'Express",
    "Tagesschau", "Deutschlandfunk", "RND", "Der Tagesspiegel", "Tagesspiegel", "Bild am Sonntag",
    "Kyiv Post", "Suspilne", "Hromadske", "Novinite", "Delfi", "ERR", "LRT", "LSM",
    # platforms of two words
    "Truth Social",
    # (a word too, but only the magazine is "told People" or "told PEOPLE" with a capital mid-sentence,
    # where an outlet may stand)
    "People",
)

# Social platforms, by their name in lower case ("wrote on Reddit", "in a post on Bluesky").
PLATFORMS = frozenset({"twitter", "facebook", "telegram", "instagram", "youtube", "tiktok", "vkontakte", "weibo", "linkedin", "threads",
                       "reddit", "bluesky", "substack", "snapchat", "whatsapp", "mastodon", "rumble", "twitch", "discord"})

_OUTLETS_AFTER_THE: frozenset[str] = frozenset(fold(name) for name in _OUTLETS if name.startswith("The "))
_OUTLETS_BY_NAME: frozenset[str] = frozenset(fold(name) for name in _OUTLETS if not name.startswith("The "))


# A site's address: as its name ("told KSL.com", "SWI swissinfo.ch") or after a byline's names ("By
# Hallie Bowcutt, KSL.com"). With the local titles named "<place> Live" ("told Nottinghamshire
# Live", "Bristol Live"), outlets too many to list.
SITE_ADDRESS = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co\.uk|co\.nz|ca|com\.au|ie|in|news|ch|de|fr|it|pl|eu|info|tv|fm)",
                          re.IGNORECASE)
_PLACE_LIVE = re.compile(r"(?:[A-Z][\w'-]+ ){1,3}Live")


def is_news_outlet(name: str) -> bool:
    """Whether `name`, as written (any case; "the Hill", "Kommersant"), is a listed news outlet's,
    a site's address or a local title named "<place> Live"."""
    words = name.split()
    after_the = bool(words) and words[0].lower() == "the"
    folded = fold(" ".join(words[1:]) if after_the else name)
    return folded in _OUTLETS_BY_NAME or (after_the and folded in _OUTLETS_AFTER_THE) or \
        (name[:1].isupper() and SITE_ADDRESS.fullmatch(name) is not None) or _PLACE_LIVE.fullmatch(name) is not None


def is_outlet_or_platform_name(name: str) -> bool:
    """Whether a name as tagged is an outlet's or a platform's wherever it stands: a listed outlet of
    two words or more ("Fox News", "Al Jazeera", "Truth Social"), a site's address or a platform
    ("Reddit"), which the small model tags a person or a place. (A listed name of one word may be
    a surname: "Bloomberg", "Forbes".)"""
    words = name.split()
    if len(words) == 1:
        return name[:1].isupper() and (name.lower() in PLATFORMS or SITE_ADDRESS.fullmatch(name) is not None)
    return is_news_outlet(name)
