"""Generic cue vocabularies: head nouns, legal suffixes, roles, sectors.

Only generic words of the genre live here, never names of particular firms or people:
recognition has to generalise to records nobody has seen.
"""

from __future__ import annotations

import re

LEGAL_SUFFIXES = frozenset(
    "Ltd Ltd. Limited plc PLC Plc GmbH AG Inc Inc. Co Co. Corp Corp. Corporation LLC LLP SA S.A. "
    "SE NV N.V. BV B.V. AB ASA SpA S.p.A. KG Pty Bhd Sdn Kabushiki-gaisha Kabushiki-kaisha K.K.".split()
)
# Words that may end a firm's name and may be dropped to give a short form of the same firm.
FIRM_VARIANT_SUFFIXES = frozenset(
    "Group Industries Holdings Holding Company Corporation Ltd Ltd. Limited plc PLC Plc GmbH AG Inc "
    "Inc. Co Co. Corp Corp. LLC LLP SA SE NV AB International".split()
)
FIRM_HEADS = frozenset(
    "Group Holdings Industries Technologies Technology Motors Airlines Airways Pharmaceuticals "
    "Pharma Electronics Systems Solutions Services Consulting Consultancy Logistics Software Labs "
    "Foods Brands Enterprises Ventures Engineering Manufacturing Aerospace Automotive Steel "
    "Chemicals Appliances Energy Power Petroleum Telecom Telecommunications Networks Capital "
    "Partners Insurance Bank Securities Investments Properties Construction Shipping Mining "
    "Biotech Therapeutics Robotics Semiconductor Semiconductors Instruments Textiles Electric "
    "Company Corporation Enterprise Cars Trucks Railways Rail Bio Digital FC Brewery Airlines Automobile "
    "Automobiles Motor Frères Freres Brothers Bros Sons Airport Port "
    # retail and hospitality: "AEON Department Store", "Marriott Hotels", "Gyu-kaku BBQ Chain"
    "Store Stores Supermarket Supermarkets Hypermarkets Restaurants Hotels Resorts Farms Dairies Mills Chain".split()
) | LEGAL_SUFFIXES
# Heads that other languages put first: "Banco Santander", "Grupo Bimbo", "Flughafen Leipzig/Halle"
FIRST_FIRM_HEADS = frozenset("Banco Grupo Compañía Companhia Empresa Empresas Flughafen Aéroport Aeropuerto "
                             "Aeroporto Société".split())
UNIVERSITY_HEADS = frozenset(
    "University Universities College Institute Academy Polytechnic School Universität Université "
    "Universidad Laboratory Laboratories Catapult Universidade Università Hochschule Instituto Institut "
    "Escuela École Politécnico Politecnico Faculty Vidyapeeth Vidyapith Vishwavidyalaya Mahavidyalaya "
    "Vidyalaya Daigaku Hakgyo".split()
)
GOVERNMENT_HEADS = frozenset(
    "Ministry Department Agency Embassy Consulate Authority Government Commission Parliament "
    "Assembly Office Bureau Administration Cabinet Municipality Treasury Senate Partnership "
    "Executive Directorate Secretariat Commune Prefecture Landtag Bundestag Chancellery "
    "Consulate-General High-Commission Ministerium "
    # chambers of a legislature: "House of Representatives", "Chamber of Deputies", "State Legislature"
    "Representatives Deputies Commons Lords Legislature "
    # the same heads in Spanish, Portuguese, French, Italian and German names, which put them first
    "Ministerio Ministério Ministère Ministero Secretaría Secretaria Subsecretaría Dirección Direção "
    "Direction Gobierno Governo Gouvernement Agencia Agência Agence Prefeitura Municipalidad Intendencia "
    "Ayuntamiento Bundesministerium Staatsministerium Regierung Senatsverwaltung Landesregierung "
    # regional and metropolitan authorities named in their own languages ("Métropole de Lyon",
    # "Regionalverband Ruhr", "Conseil régional", "Generalitat de Catalunya")
    "Métropole Regionalverband Landkreis Bezirksregierung Conseil Generalitat Diputación "
    "Junta Comunidad Concello Comune Provincia Kommune Gemeente".split()
)
ORGANISATION_HEADS = frozenset(
    "Chamber Association Federation Foundation Society Trust Union Network Club League Alliance "
    "Confederation Board Cluster Committee Centre Center Council Institution Organisation "
    "Organization Consortium Guild Charity Coalition Hub Panel Orchestra Theatre Ensemble Choir Park "
    "Museum Gallery Library Zoo Ambassadors Kindergarten Ballet Opera Philharmonic Symphony Exchange "
    "Sociedad Sociedade Société Asociación Associação Cámara Câmara Chambre Kammer Federación Confederación "
    "Fundación Fundação Fondation Stiftung Verband Verein Consejo Conselho Conseil Camera".split()
)
EVENT_HEADS = frozenset(
    "Forum Summit Expo Fair Conference Congress Exhibition Show Festival Week Games Cup Olympics "
    "Mission Roadshow Awards Symposium Convention Championship Championships Fest "
    "Biennale Showcase Meeting Talks Visit Tour Debate Days".split()
)
INITIATIVE_HEADS = frozenset(
    "Programme Program Initiative Project Scheme Strategy Plan Fund Policy Zone Corridor "
    "Powerhouse Challenge Accelerator Campaign Agenda Framework Deal Action Charter Compact "
    "Metro Line Railway Pipeline Agreement Agreements Accord Treaty Protocol Memorandum Declaration "
    "Convention Dialogue Platform".split()  # "Technology Cooperation Dialogue": a standing programme
)
MEDIA_HEADS = frozenset(
    "News Daily Times Post Herald Gazette Journal Telegraph Tribune Chronicle Observer Magazine "
    "Weekly TV Television Radio Broadcasting Broadcast Press Mail Mirror Standard Courier "
    "Review Insider Today Bulletin Newswire Wire Media".split()
)
REGION_HEADS = frozenset("Region Province County State Prefecture Oblast Shire Territory Canton "
                         "Department Governorate Emirate Valley Peninsula".split())
# Last words of names of buildings and streets (not entities of the data model) and of districts.
BUILDING_WORDS = frozenset("Hall Allee Straße Strasse Street Road Avenue Lane Boulevard Square Station "
                           "Terminal Building Tower Towers House Palace Castle Cathedral Church Stadium "
                           "Arena Temple Pavilion Wall Army Monument Mausoleum Pagoda Shrine Mosque Gardens "
                           "Torch Statue Fort Fortress Citadel Guildhall Lodge Garden Buildings".split())
DISTRICT_WORDS = frozenset("Cross Common Green Heath Wharf Quay Docks Hill Hills Gate End Fields Marsh "
                           "Vale Moor Bridge".split())
COMPASS_WORDS = frozenset("North South East West Northern Southern Eastern Western Central Greater Upper "
                          "Lower Mid North-East North-West South-East South-West".split())
CITY_HEADS = frozenset("District Borough Town Village Port Harbour".split())
# Council is a government body when a place-kind word precedes it.
COUNCIL_GOV_PREFIX = frozenset("City County Borough District Town Metropolitan Regional State "
                               "Municipal Provincial Parish Combined Executive Legislative".split())

# Capitalised function words that start a sentence but never a name.
# A local council's name after its place: "Northampton Borough Council", "Leeds City Council",
# "Nenagh Town Council" (events.py reads the place off a council; mission_frame.py finds the
# council of a place)
_COUNCIL_AFTER_PLACE = r"(?:\s+(?:City|County|Borough|District|Metropolitan(?:\s+Borough)?|Town))?\s+Council"
LOCAL_COUNCIL = re.compile(r"(?P<place>.+?)" + _COUNCIL_AFTER_PLACE)
COUNCIL_AFTER_PLACE = re.compile(_COUNCIL_AFTER_PLACE)

STOPWORDS = frozenset(
    """a an the this that these those its it it's his her their our my your we they he she i you
    in on at by for from to of with without after before during since until while when where
    which who whom whose what why how as and but or nor so yet also then there here if though
    although because however meanwhile moreover furthermore today yesterday tomorrow now
    last next first second third new other another each every all both some many most more
    several such one two three four five six seven eight nine ten among between over under
    around about through across into onto upon via per following including according despite
    besides beyond be is are was were been being has have had do does did will would shall
    should can could may might must not no yes mr mrs ms dr speaking said says adding
    commenting earlier later already recently currently together overall indeed instead
    thanks well just only even still please dear welcome additionally finally photo image
    source read more share click contact notes editors note alongside amongst beside towards
    toward within against behind near like unlike inside outside plus while whilst once
    eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty
    fifty sixty seventy eighty ninety hundred hundreds thousand thousands dozen dozens""".split()
) | frozenset(f"{t}-{u}" for t in "twenty thirty forty fifty sixty seventy eighty ninety".split()
              for u in "one two three four five six seven eight nine".split()
)
MONTHS = frozenset(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday".split()
)
DEMONYM_EXCEPTIONS = frozenset()

_ROLE_CORE = (
    r"CEO|COO|CFO|CTO|Chief\s+Executive(?:\s+Officer)?|Chairman|Chairwoman|Chairperson|Chair|"
    r"President(?:\s+Pro\s+Tem(?:pore)?)?|Chief\s+of\s+Staff|Vice[-\s]Chancellor|Vice[-\s]Mayor|Vice[-\s]Governor|Vice[-\s]Premier|Vice[-\s]Minister|Vice[-\s]President|"
    r"(?<=County\s)Executive|Chancellor|Mayor|Minister(?:\s+of\s+State)?|Secretary[-\s]General|"
    r"Secretary(?:\s+of\s+State)?|Ambassador|Governor|"
    # US press abbreviations: "Idaho Gov. Brad Little", "Lt. Gov. Jon Husted", "Sen. Jane Doe"
    # New Zealand and Australian councillors: "Cr Tom Campbell", "Crs Trish Boyle, Alex Crackett and ..."
    r"Crs?\.?(?=\s+[A-Z][a-z])|(?:Lt\.\s?)?Gov\.(?=\s+[A-Z])|Sen\.(?=\s+[A-Z])|Rep\.(?=\s+[A-Z])|Amb\.(?=\s+[A-Z])|Councillor|Cllr\.?|Director(?:[-\s]General)?|"
    r"Managing\s+Director|General\s+Manager|Founder|Co-[Ff]ounder|Professor|Prof\.?|"
    r"Commissioners?|Consul(?:[-\s]General)?|Envoy|Speaker|Attorney(?:[-\s]General)?|Counsell?or|Taoiseach|Tánaiste|Premier(?!\s+League)|"
    r"Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Sir|Dame|Lord|Lady|Baroness|Rt\.?\s+Hon\.?|King|Queen|"
    r"Sheikh|Sheikha|Shaikh|H\.\s?E\.|His\s+(?:Excellency|Highness)|Her\s+(?:Excellency|Highness)|"
    r"Prince|Princess|Chief\s+Minister|Party\s+Secretary|Head|Dean|Leader|Adviser|Advisor|"
    r"Chief\s+(?:Commercial|Operating|Financial|Technology|Investment|Economic|Digital)\s+Officer|Officer|"
    r"Under[-\s]?[Ss]ecretary|Minister[-\s]President|Cabinet\s+Secretary|Treasurer|Delegate(?:[-\s]General)?|Representative|"
    r"(?:General\s+|Marketing\s+|Sales\s+|Country\s+|Regional\s+|Project\s+|Programme\s+)*Manager|Reporter|Correspondent|Editor|"
    # (not "Conference of Mayors", "Council of Ministers": the name of their body)
    r"(?<!\bof\s)(?:Councillors|Ministers|Mayors)|MPs?|MEPs?|"
    # members of other parliaments and Irish offices: "Tipperary TD Alan Kelly", "Cathaoirleach"
    r"TDs?|MPPs?|MLAs?|MSPs?|Cathaoirleach|Member\s+of\s+(?:the\s+)?(?:Provincial\s+|Legislative\s+|European\s+|Scottish\s+|State\s+)?(?:Parliament|Assembly)|Parliamentary\s+(?:Assistant|Secretary|Under[-\s]Secretary)|"
    # clergy and academic offices: "the Revd Canon Jane Doe", "the Archbishop of York", "Pro-Dean"
    r"Archbishop|Rector|Vicar|Revd\.?|Rev\.(?=\s+[A-Z])|Reverend|Canon(?=\s+[A-Z][a-z]+\s+[A-Z])|"
    r"Pro-(?:Dean|Vice-Chancellor|Chancellor|Provost)|Provost|"
    # titles in other languages: "Ministerpräsident", "Bürgermeister", "Alcalde", "Maire"
    r"Ministerpräsident|Oberbürgermeister|Bürgermeister|Staatssekretär(?:in)?|Landrat|Président|Maire|Ministre|"
    r"Presidente|Gobernador(?:a)?|Governador(?:a)?|Alcalde(?:sa)?|Ministro|Ministra|Intendente|Prefeito|Prefeita|Sindaco"
)
_ROLE_PREFIX = (r"(?:(?:Deputy|Vice|Lord|Metro|First|Prime|Senior|Executive|Acting|Former|"
                r"Foreign|Trade|Finance|Business|Economy|Economic|Industry|Culture|Health|"
                r"Commerce|Interim|Honorary|Chief|Joint|Regional|General|State|Special|Principal|"
                r"Permanent|Additional|Under|Commercial|Political|Cultural|Press|High)\s+)*")
# (a portfolio word right after "of" belongs to a body's name, not to the title after it:
# "Department of Commerce Chief of Staff X", but "the guidance of President X")
ROLE_CAP = re.compile(r"\b(?:(?<!\bof\s)(?<!\bfor\s)" + _ROLE_PREFIX + r"|)(?:" + _ROLE_CORE + r")(?![\w-])(?![’']s)")
TITLES = frozenset("mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady baroness prof prof. "
                   "professor cllr cllr. councillor rt hon cr cr. crs".split())

ROLE_WORDS = (
    r"chief\s+executive(?:\s+officer)?|ceo|coo|cfo|cto|chair(?:man|woman|person)?|"
    r"(?:vice[-\s])?president|vice[-\s]chancellor|chancellor|founder|co-founder|"
    r"(?:managing\s+|executive\s+|general\s+|regional\s+|sales\s+|country\s+|technical\s+)?director(?:[-\s]general)?|"
    r"general\s+manager|(?:country\s+)?manager|head(?:\s+of\s+[a-z ]{3,30}?)?|(?:lord\s+|deputy\s+|metro\s+)?mayor|"
    r"(?:prime\s+|first\s+|deputy\s+|trade\s+|foreign\s+|chief\s+)?minister|(?:principal\s+|permanent\s+|additional\s+|under[-\s])?secretary(?:\s+of\s+state)?|adviser|advisor|"
    r"secretary[-\s]general|party\s+secretary|ambassador|governor|councillor|"
    r"professor|dean|(?:high\s+)?commissioner|speaker|consul(?:[-\s]general)?|envoy|leader|partner|owner|"
    r"spokes(?:man|woman|person)|premier|taoiseach|executive\s+chairman|vice[-\s]chair|"
    r"under[-\s]?secretary|minister[-\s]president|undersecretary|treasurer|delegate(?:[-\s]general)?|"
    r"representative|manager|reporter|correspondent|editor|td|mpp|mla|msp|cathaoirleach|parliamentary\s+assistant|"
    r"(?:chief\s+)?(?:financial|operating|technology|commercial|marketing|information|digital|investment|economic)\s+officer"
)
ROLE_RE = re.compile(r"(?:(?:deputy|vice|senior|acting|former|interim|joint|executive|global|"
                     r"group|uk|european|state|lord|metro|chief|managing)[\s-]+)*(?:(?:" + ROLE_WORDS + r")\b"
                     r"|(?:lt\.\s?)?gov\.|sen\.|rep\.)", re.I)

# Sector vocabulary: canonical lower-case name -> surface patterns (regex, case-insensitive).
SECTORS: dict[str, str] = {
    "smart cities": r"smart[-\s]cit(?:y|ies)",
    "smart transportation": r"smart\s+transport(?:ation)?",
    "white goods": r"white\s+goods",
    "home appliances": r"home\s+appliances?",
    "offshore wind": r"offshore\s+wind",
    "renewable energy": r"renewable\s+energy|renewables",
    "life sciences": r"life\s+sciences?",
    "fintech": r"fin-?tech",
    "financial services": r"financial\s+services",
    "advanced manufacturing": r"advanced\s+manufacturing",
    "manufacturing": r"(?<!advanced\s)(?-i:manufacturing)",
    "automotive": r"automotive(?:\s+(?:sector|industry))?",
    "aerospace": r"aerospace",
    # industries whose one word names nothing else
    "aeronautics": r"aeronautics",
    "aviation": r"aviation(?!\s+(?:authority|administration|minister|ministry|agency))",
    "forestry": r"forestry",
    "aquaculture": r"aquaculture",
    "fisheries": r"fisheries",
    "shipbuilding": r"shipbuilding",
    "petrochemicals": r"petrochemicals?",
    "hospitality": r"hospitality(?=\s+(?:industry|sector|and|,|\.))",
    "agritech": r"agri-?tech",
    "medtech": r"med-?tech",
    "cleantech": r"clean-?tech",
    "edtech": r"ed-?tech",
    "cyber security": r"cyber[-\s]?security",
    "artificial intelligence": r"artificial\s+intelligence",
    "digital": r"digital\s+(?:sector|industry|technologies|economy)",
    "healthcare": r"health\s*care",
    "medical technology": r"med(?:ical)?[-\s]?tech(?:nology)?",
    "pharmaceuticals": r"pharmaceuticals?(?:\s+(?:sector|industry))?",
    "biotechnology": r"biotech(?:nology)?",
    "infrastructure": r"infrastructure",
    "mass transit": r"mass\s+transit(?=\s+(?:system|systems|sector))",
    "rail": r"rail(?:way)?\s+(?:industry|sector|infrastructure)",
    "logistics": r"logistics(?:\s+(?:sector|industry))?",
    "telecommunications": r"telecom(?:munication)?s",
    "electronics": r"consumer\s+electronics",
    "televisions": r"televisions|TVs",
    "creative industries": r"creative\s+(?:industries|sector)",
    "education": r"(?<!higher\s)(?-i:education)",
    "research and development": r"research\s+and\s+development|R&D",
    "tourism": r"tourism",
    "food and drink": r"food\s+and\s+drink",
    "agri-food": r"agri-?food",
    "agriculture": r"agri(?:culture|tech|-tech)",
    "energy transition": r"(?-i:energy\s+transition)",
    "energy": r"(?<!renewable\s)(?<!clean\s)energy(?!\s+(?:storage|transition)\b)",
    "hydrogen": r"(?:green\s+)?hydrogen",
    "clean technology": r"clean\s*tech(?:nology)?|low[-\s]carbon",
    "semiconductors": r"semiconductors?",
    "robotics": r"robotics",
    "steel": r"steel(?:making)?",
    "textiles": r"textiles",
    "construction": r"(?-i:construction)",
    "professional services": r"professional\s+services",
    "legal services": r"legal\s+services",
    "retail": r"retail(?=\s+(?:sector|industry))",
    "e-commerce": r"e-?commerce",
    "software": r"software(?=\s+(?:sector|industry|development))",
    "data science": r"data\s+science|big\s+data",
    "space": r"space\s+(?:sector|industry)",
    "defence": r"(?-i:defen[cs]e)",
    "nuclear": r"nuclear(?:\s+power|\s+energy)?(?=\s)",
    "oil and gas": r"oil\s+and\s+gas",
    "mining": r"(?<!coal\s)mining",
    "water": r"water\s+(?:industry|sector|management)",
    "environmental technology": r"environmental\s+tech(?:nology|nologies)?",
    "electric vehicles": r"electric\s+vehicles?|EVs?",
    "batteries": r"batter(?:y|ies)(?=\s+(?:technology|production|manufacturing|sector))",
    "chemicals": r"chemicals(?:\s+(?:sector|industry))?",
    "sport": r"sports?(?=\s+(?:sector|industry|business))",
    "film and television": r"film\s+and\s+tv|film\s+and\s+television",
    "games": r"(?:video\s+)?games\s+(?:industry|sector)",
    "higher education": r"higher\s+education",
    "coal mining": r"coal\s+mining",
    "coal": r"coal(?!\s+mining)",
    "graphene": r"graphene",
    "insurance": r"insurance(?!\s+(?:provider|company|firm|group))",
    "public transport": r"public\s+transport",
    "transport infrastructure": r"transport\s+infrastructure",
    "energy storage": r"energy\s+storage",
    "water treatment": r"water\s+treatment",
    "digital technology": r"digital\s+technolog(?:y|ies)",
    "clean energy": r"clean\s+energy",
    "health technology": r"health\s+tech(?:nology)?",
    "medical imaging": r"medical\s+imaging",
    "biomedicine": r"biomedicine",
    "culture": r"(?-i:culture)",
    "sustainable development": r"(?-i:sustainable\s+development)",
    "economic development": r"(?-i:economic\s+development)(?!\s+(?:of|in|for)\b)",
    "industrial development": r"(?-i:industrial\s+development)",
    "iron ore": r"(?-i:iron\s+ore)",
    "e-fuels": r"(?-i:e-fuels)",
    "pharma": r"(?-i:pharma)",
    "microelectronics": r"(?-i:microelectronics)",
    "mechanical engineering": r"(?-i:mechanical\s+engineering)",
    "electric mobility": r"(?-i:electric\s+mobility|e-mobility)",
    "high technology": r"(?-i:high[-\s]tech(?:nology)?)",
    "aged care": r"(?-i:aged\s+care)",
    "food and beverage": r"(?-i:food\s+and\s+beverages?)",
    "transportation": r"(?-i:transportation)",
    "medicine": r"(?-i:medicine)",
    "new energy": r"(?-i:new\s+energy)(?!\s+(?:vehicles?|cars?))",
    # trade and investment as topics of a mission ("to expand trade between Qatar and China",
    # "trade and investment ties", "investment opportunities in Chengdu"), not every use of the words
    "trade": r"(?<!\bof\s)(?<!\bfor\s)(?-i:trade)(?=\s+and\s+investment\b)(?!\s+and\s+investment\s+(?:mission|delegation|trip|visit|agency|minister|office))|(?<=expand\s)(?-i:trade)|(?<=expanding\s)(?-i:trade)",
    "investment": r"(?<=and\s)(?-i:investment)(?=\s+(?:opportunities|ties|links|relations|cooperation)\b)|(?-i:investment)(?=\s+opportunities\s+in\b)",
    "building materials": r"(?-i:building\s+materials)",
}
SECTOR_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?P<s{i}>{p})" for i, p in enumerate(SECTORS.values())) + r")(?![\w-])",
    re.I,
)
SECTOR_NAMES = list(SECTORS)

# Demonyms -> the place name they point at (generic language data, used to find a party).
DEMONYMS: dict[str, str] = {
    "British": "United Kingdom", "English": "England", "Welsh": "Wales", "Scottish": "Scotland",
    "Irish": "Ireland", "Chinese": "China", "Indian": "India", "Japanese": "Japan",
    "German": "Germany", "French": "France", "American": "United States", "Canadian": "Canada",
    "Kenyan": "Kenya", "Bavarian": "Bavaria", "Mexican": "Mexico", "Brazilian": "Brazil",
    "Russian": "Russia", "Maltese": "Malta", "Dutch": "Netherlands", "Korean": "South Korea",
    "Italian": "Italy", "Spanish": "Spain", "Australian": "Australia", "Kazakh": "Kazakhstan",
    "Bangladeshi": "Bangladesh", "Emirati": "United Arab Emirates", "Qatari": "Qatar",
    "Saudi": "Saudi Arabia", "Turkish": "Turkey", "Polish": "Poland", "Swedish": "Sweden",
    "Danish": "Denmark", "Norwegian": "Norway", "Finnish": "Finland", "Belgian": "Belgium",
    "Swiss": "Switzerland", "Austrian": "Austria", "Portuguese": "Portugal", "Greek": "Greece",
    "Israeli": "Israel", "Egyptian": "Egypt", "Nigerian": "Nigeria", "Singaporean": "Singapore",
    "Malaysian": "Malaysia", "Thai": "Thailand", "Vietnamese": "Vietnam", "Pakistani": "Pakistan",
    "Indonesian": "Indonesia", "Filipino": "Philippines", "Quebec": "Quebec", "Québécois": "Quebec",
    "Taiwanese": "Taiwan", "Ghanaian": "Ghana", "Ethiopian": "Ethiopia", "Chilean": "Chile",
    "Argentine": "Argentina", "Colombian": "Colombia", "Peruvian": "Peru", "Ukrainian": "Ukraine",
    "Czech": "Czech Republic", "Hungarian": "Hungary", "Romanian": "Romania",
    "South African": "South Africa", "New Zealand": "New Zealand", "South Korean": "South Korea",
    "North Korean": "North Korea", "Sri Lankan": "Sri Lanka", "Omani": "Oman", "Kuwaiti": "Kuwait",
    "Bahraini": "Bahrain", "Jordanian": "Jordan", "Lebanese": "Lebanon", "Moroccan": "Morocco",
    "Tunisian": "Tunisia", "Algerian": "Algeria", "Ivorian": "Côte d'Ivoire", "Senegalese": "Senegal",
    "Tanzanian": "Tanzania", "Ugandan": "Uganda", "Rwandan": "Rwanda", "Zambian": "Zambia",
    "Zimbabwean": "Zimbabwe", "Angolan": "Angola", "Mozambican": "Mozambique", "Cameroonian": "Cameroon",
    "Venezuelan": "Venezuela", "Ecuadorian": "Ecuador", "Bolivian": "Bolivia", "Uruguayan": "Uruguay",
    "Paraguayan": "Paraguay", "Cuban": "Cuba", "Jamaican": "Jamaica", "Trinidadian": "Trinidad and Tobago",
    "Costa Rican": "Costa Rica", "Panamanian": "Panama", "Guatemalan": "Guatemala",
    "Mongolian": "Mongolia", "Uzbek": "Uzbekistan", "Azerbaijani": "Azerbaijan", "Georgian": "Georgia",
    "Armenian": "Armenia", "Iranian": "Iran", "Iraqi": "Iraq", "Afghan": "Afghanistan", "Nepalese": "Nepal",
    "Nepali": "Nepal", "Burmese": "Myanmar", "Cambodian": "Cambodia", "Laotian": "Laos",
    "Bulgarian": "Bulgaria", "Croatian": "Croatia", "Serbian": "Serbia", "Slovak": "Slovakia",
    "Slovenian": "Slovenia", "Estonian": "Estonia", "Latvian": "Latvia", "Lithuanian": "Lithuania",
    "Icelandic": "Iceland", "Luxembourgish": "Luxembourg", "Cypriot": "Cyprus", "Belarusian": "Belarus",
    "Saxon": "Saxony", "Catalan": "Catalonia", "Basque": "Basque Country", "Flemish": "Flanders",
    "Scots": "Scotland", "Northern Irish": "Northern Ireland", "Texan": "Texas", "Californian": "California",
    "Ontarian": "Ontario", "Albertan": "Alberta", "Queenslander": "Queensland",
    "South Australian": "South Australia", "Western Australian": "Western Australia",
    "West Australian": "Western Australia", "Tasmanian": "Tasmania", "Floridian": "Florida",
    "Hawaiian": "Hawaii", "Alaskan": "Alaska", "Sicilian": "Sicily", "Walloon": "Wallonia",
}

# Capitalised common nouns of headings and section titles: never a name on their own.
COMMON_TITLE_WORDS = frozenset(
    """investment investments investors trade business businesses industry industries enterprise
    enterprises development finance design insurance culture planning programme government key
    good tickets results contracts site space track summary outcomes assessment day days much
    future agreements agreement promotion media defence energy technology innovation research
    education health science background overview notes contact about highlights agenda
    executive vice general majesty investors olympic easter state atlantic north south east west
    northern southern eastern western central greater upper lower international national global
    regional local partners partnership partnerships cooperation collaboration opportunities
    opportunity economy economic growth exports export imports import jobs skills talent
    infrastructure transport visit visits mission missions delegation delegations day one two
    three week month year news press release update statement speech keynote panel session
    welcome introduction conclusion next steps follow-up deals deal contacts
    sustainability climate digital creative manufacturing services sector sectors markets market
    ministers minister mayors mayor leaders leader officials representatives chairman
    chief ceo director president professor doctor dr sir lord lady
    january february march april may june july august september october november december""".split()
)
NON_PERSON_WORDS = frozenset(
    """Airport Hall Theatre Brewery Underground Centre Centres Center Care Village Park Common
    Cross Gateway Array Orchestra Service Services Debate Countries Trade Affairs Agreement Day
    Delta Triangle Road Street Square Station Tower Bridge Stadium Arena Museum Gallery Library
    Hospital Church Cathedral Castle Palace House Building Port Campus Garden Gardens Zone Hub Lab
    Studio Studios Dance Film Music Art Arts Science Sciences Health Care Medical Energy Power
    Water Food Foods Wine Beer Coffee Tea Air Airways Rail Railway Metro Line Lines Bus Transit
    Transport Motors Auto Steel Oil Gas Mining Land Sea Ocean River Valley Hills Mountain Island
    Islands Coast Bay Beach Lake Forest Cluster Digital Data Cyber Smart Tech Technology
    Technologies Innovation Innovations Capital Venture Ventures Fund Funds Bank Exchange Market
    Markets Mall Plaza Fashion Brands Brand Global International National Royal Imperial United
    Federal Republic Kingdom Empire Olympic Olympics World Cup Year Week Month Strategy Economic
    Business Enterprise Enterprises Industrial Industry Industries City Town County State
    Province Region District Borough Square FC Club Team United Rovers Athletic""".split()
)

