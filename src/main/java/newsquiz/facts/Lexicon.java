package newsquiz.facts;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** General English word lists the extractors share: titles, organisation words, places, reporting verbs. */
public final class Lexicon {
    private Lexicon() {
    }


    /** A set from a word list that may name a word twice. */
    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Words that make a capitalised run before a name a title: "Secretary of State Mike Pompeo". */
    static final Set<String> TITLES = set(
            "president", "president-elect", "vice", "secretary", "chancellor", "minister", "premier", "leader",
            "speaker", "senator", "sen.", "rep.", "representative", "congressman", "congresswoman", "governor",
            "gov.", "mayor", "judge", "justice", "director", "chairman", "chairwoman", "chair", "chairperson",
            "ambassador", "whip", "general", "gen.", "pope", "king", "queen", "prince", "princess", "dr.", "mr.",
            "mrs.", "ms.", "chief", "commissioner", "spokesman", "spokeswoman", "spokesperson", "ceo",
            "executive", "officer", "attorney", "professor", "prof.", "lt.", "col.", "sgt.", "capt.", "adm.",
            "colonel", "captain", "sheriff", "emir", "sultan", "sheikh", "deputy", "coach", "bishop", "cardinal",
            "archbishop", "rabbi", "imam", "councilman", "councilwoman", "councillor", "treasurer", "administrator",
            "lawmaker", "envoy", "astronaut", "founder", "chairs", "manager", "head", "counsel", "lord", "lady",
            "sir", "dame", "comrade", "cde", "fellow", "analyst", "economist", "correspondent", "editor",
            "reporter", "commander", "marshal", "admiral", "superintendent", "principal", "dean", "rector",
            "republican", "democrat", "democratic", "independent", "conservative", "labour", "engineer", "lawyer",
            "scientist", "researcher", "doctor", "nurse", "teacher", "actor", "actress", "singer", "author", "writer",
            "artist", "journalist", "activist", "historian", "detective", "inspector", "pilot", "architect",
            "designer", "chef", "businessman", "businesswoman", "entrepreneur", "investor", "billionaire",
            "countryman", "countrywoman", "compatriot", "teammate", "colleague", "rival", "runner", "player",
            "striker", "goalkeeper", "defender", "midfielder", "champion", "co-author", "co-founder", "co-host",
            "co-chair", "co-director", "performer", "host", "presenter", "producer",
            // trades a news story names people by ("Jeweller Tom Pritchard"), none of them a common surname (not
            // Baker, Driver, Painter: "Ginger Baker said")
            "jeweller", "jeweler", "shopkeeper", "fisherman", "plumber", "electrician", "mechanic", "firefighter",
            "paramedic", "pharmacist", "photographer", "filmmaker", "composer", "novelist", "sculptor",
            "musician", "guitarist",
            // not "Student", "Resident", "Chemist", "Poet": they open names of bodies and works ("Student Finance
            // England", "Chemist Warehouse", "Poet Laureate")
            "drummer", "pianist", "campaigner", "ecologist", "biologist", "geneticist", "physicist", "surgeon",
            "psychologist", "sociologist", "climatologist",
            // people in the street a story quotes ("Voter Kitty Mak told ..."): never a body's first word
            "voter", "protester", "protestor", "eyewitness", "bystander", "villager", "shopper", "commuter");

    /** Words that make a name an organisation. */
    static final Set<String> ORGANIZATION_WORDS = set(
            "court", "department", "ministry", "institute", "institution", "university", "college", "school",
            "agency", "commission", "committee", "congress", "senate", "house", "council", "union", "party",
            "company", "corporation", "corp", "corp.", "inc", "inc.", "co.", "ltd", "llc", "group", "bank", "network",
            "journal", "times", "post", "news", "press", "board", "office", "program", "programme", "center",
            "centre", "association", "service", "services", "force", "forces", "army", "navy", "administration",
            "government", "parliament", "organization", "organisation", "foundation", "federation", "movement",
            "front", "airlines", "airline", "airways", "air", "motor", "motors", "bureau", "authority", "assembly",
            "cabinet", "fund", "league", "division", "club", "team", "tribunal", "directive", "accord", "treaty",
            "alliance", "coalition", "corps", "guard", "police", "regime", "forum", "society", "church", "hospital",
            "foundation", "laboratory", "lab", "observatory", "station", "party", "media", "broadcasting",
            "television", "radio", "magazine", "herald", "tribune", "gazette", "daily", "telegraph", "guardian",
            "reuters", "ventures", "holdings", "partners", "industries", "systems", "technologies", "energy",
            "oil", "airport", "initiative", "project", "secretariat", "caucus", "greens", "firm",
            "democrats", "republicans", "nations", "limited", "station", "orchestra", "choir", "ensemble",
            // businesses named for their trade: "Harbor Foods", "Greenleaf Markets"
            "foods", "markets", "stores", "brands", "pharmaceuticals", "insurance", "studios", "logistics",
            "chemicals", "electronics", "railways", "restaurants", "hotels", "properties", "developments",
            "estates", "builders",
            // bodies of learning, culture and diplomacy: "the Royal Swedish Academy of Sciences"
            "academy", "museum", "gallery", "library", "libraries", "trust", "charity", "embassy", "consulate",
            "chamber", "archives", "zoo");

    /**
     * Legal forms that end a company's name, as written: "HDT Védelmi Ipari Kft.", "Siemens AG", "Saab AB". Case
     * counts ("AB" not "Ab"); only as a longer name's last word ("AB de Villiers" is a cricketer).
     */
    static final Set<String> LEGAL_SUFFIXES = set("Ltd", "Ltd.", "Limited", "Inc", "Inc.", "Corp", "Corp.", "Co.",
            "LLC", "L.L.C.", "LLP", "PLC", "Plc", "plc", "GmbH", "AG", "KG", "SE", "S.A.", "SA", "S.A", "N.V.", "NV",
            "B.V.", "BV", "S.p.A.", "SpA", "S.r.l.", "Srl", "SARL", "S.L.", "Pty", "Oy", "Oyj", "AB", "ASA", "A/S",
            "Kft", "Kft.", "Zrt", "Zrt.", "Nyrt", "Nyrt.", "d.o.o.", "a.s.", "s.r.o.", "Sp.", "K.K.");

    /** Prefixes of ships' names: "MV Alan Kurdi", "HMS Victory", "USS Nimitz" (a vessel, named for whomever). */
    public static final java.util.regex.Pattern SHIP = java.util.regex.Pattern.compile(
            "(MV|M/V|HMS|USS|RMS|HMAS|HMCS|HMNZS) \\p{Lu}.*"); // not "SS Rajamouli", "MS Dhoni", "LNG Canada": initials

    /** Last words of sports clubs' names: "Harbourside United", "Millbrook Rovers" (never "United States"). */
    static final Set<String> CLUB_ENDINGS = set("united", "rovers", "rangers", "wanderers", "athletic", "albion",
            "hotspur", "fc", "cf", "city fc", "county fc");

    /** Countries, continents, regions and some large cities: general knowledge, not taken from any article. */
    static final Set<String> PLACES = set(
            "afghanistan", "albania", "algeria", "angola", "argentina", "armenia", "australia", "austria",
            "azerbaijan", "bahrain", "bangladesh", "belarus", "belgium", "bolivia", "bosnia", "botswana", "brazil",
            "bulgaria", "burma", "cambodia", "cameroon", "canada", "chad", "chile", "china", "colombia", "congo",
            "croatia", "cuba", "cyprus", "czechia", "denmark", "ecuador", "egypt", "england", "eritrea", "estonia",
            "ethiopia", "finland", "france", "georgia", "germany", "ghana", "greece", "guatemala", "haiti",
            "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy",
            "jamaica", "japan", "jordan", "kazakhstan", "kenya", "korea", "kosovo", "kuwait", "laos", "latvia",
            "lebanon", "liberia", "libya", "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "mali",
            "malta", "mexico", "moldova", "mongolia", "montenegro", "morocco", "mozambique", "myanmar", "namibia",
            "nepal", "netherlands", "nicaragua", "niger", "nigeria", "norway", "oman", "pakistan", "palestine",
            "panama", "paraguay", "peru", "philippines", "poland", "portugal", "qatar", "romania", "russia",
            "rwanda", "scotland", "senegal", "serbia", "singapore", "slovakia", "slovenia", "somalia", "spain",
            "sudan", "sweden", "switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand", "tunisia",
            "turkey", "uganda", "ukraine", "uruguay", "uzbekistan", "venezuela", "vietnam", "wales", "yemen",
            "zambia", "zimbabwe", "africa", "asia", "europe", "america", "antarctica", "oceania", "arctic",
            "middle east", "latin america", "north america", "south america", "united states", "united kingdom",
            "britain", "great britain", "north korea", "south korea", "south africa", "saudi arabia",
            "new zealand", "hong kong", "washington", "london", "paris", "berlin", "moscow", "beijing", "tokyo",
            "new york", "los angeles", "chicago", "brussels", "geneva", "rome", "madrid", "oslo", "stockholm",
            "vienna", "pyongyang", "seoul", "tehran", "baghdad", "damascus", "kabul", "cairo", "jerusalem",
            "caracas", "havana", "mexico city", "ottawa", "canberra", "sydney", "mumbai", "delhi", "new delhi",
            "shanghai", "istanbul", "ankara", "kyiv", "kiev", "warsaw", "prague", "budapest", "athens", "lisbon",
            "dublin", "edinburgh", "amsterdam", "copenhagen", "helsinki", "nairobi", "lagos", "johannesburg",
            "harare", "luanda", "florida", "california", "texas", "oklahoma", "ohio", "virginia", "alaska",
            "hawaii", "oregon", "nevada", "arizona", "utah", "colorado", "michigan", "illinois", "iowa", "kansas",
            "kentucky", "tennessee", "alabama", "mississippi", "louisiana", "arkansas", "missouri", "nebraska",
            "minnesota", "wisconsin", "indiana", "pennsylvania", "maryland", "delaware", "massachusetts",
            "vermont", "maine", "connecticut", "montana", "idaho", "wyoming", "dakota", "carolina", "singapore",
            "new mexico", "new jersey", "new hampshire", "rhode island", "west virginia", "north carolina",
            "south carolina", "north dakota", "south dakota",
            "u.s.", "u.k.", "us", "uk", "gulf", "pacific", "atlantic", "mediterranean",
            "crimea", "gaza", "west bank", "balkans", "caribbean", "scandinavia", "siberia", "amazon", "earth", "moon",
            "mars",
            // the rest of the world's states and territories, and large cities whose names are no one's name
            "bahamas", "barbados", "belize", "benin", "bhutan", "brunei", "burkina faso", "burundi", "cape verde",
            "central african republic", "comoros", "costa rica", "ivory coast", "djibouti", "dominican republic",
            "east timor", "el salvador", "equatorial guinea", "eswatini", "swaziland", "fiji", "gabon", "gambia",
            "guinea", "guinea-bissau", "guyana", "kyrgyzstan", "lesotho", "liechtenstein", "maldives",
            "mauritania", "mauritius", "micronesia", "monaco", "macedonia", "north macedonia", "papua new guinea",
            "samoa", "american samoa", "san marino", "sierra leone", "solomon islands", "sri lanka", "suriname",
            "togo", "tonga", "trinidad and tobago", "turkmenistan", "tuvalu", "vanuatu", "vatican", "greenland",
            "bermuda", "tibet", "kashmir", "catalonia", "quebec", "ontario", "british columbia", "bavaria",
            "lahore", "karachi", "islamabad", "peshawar", "dhaka", "manila", "jakarta", "bangkok",
            "hanoi", "kuala lumpur", "riyadh", "dubai", "abu dhabi", "doha", "beirut", "amman", "tel aviv",
            "tashkent", "almaty", "minsk", "riga", "vilnius", "tallinn", "bucharest", "belgrade", "zagreb",
            "sarajevo", "bratislava", "ljubljana", "munich", "frankfurt", "hamburg", "cologne", "naples",
            "barcelona", "marseille", "lyon", "zurich", "manchester", "glasgow", "toronto", "montreal",
            "vancouver", "boston", "miami", "atlanta", "seattle", "san francisco", "philadelphia", "detroit",
            "rio de janeiro", "sao paulo", "são paulo", "buenos aires", "bogota", "bogotá", "quito",
            "addis ababa", "kinshasa", "accra", "dakar", "kampala", "dar es salaam", "khartoum", "algiers", "tunis",
            "casablanca", "rabat", "cape town", "pretoria", "melbourne", "brisbane", "auckland", "osaka", "kyoto",
            "taipei", "macau", "shenzhen", "guangzhou", "wuhan", "chongqing", "kolkata", "chennai", "bangalore",
            "kathmandu", "yangon", "phnom penh", "ulaanbaatar", "saint petersburg", "st petersburg",
            "kharkiv", "odesa", "odessa", "sicily", "sardinia", "corsica",
            "crete", "bali", "java", "sumatra", "borneo", "tasmania");

    /** Verbs that report speech or writing; their speaker is their subject. */
    static final Set<String> REPORTING_VERBS = set(
            "said", "says", "say", "saying", "told", "tells", "tell", "telling", "wrote", "writes", "writing",
            "tweeted", "tweets", "added", "adds", "explained", "explains", "asked", "asks", "noted", "notes",
            "stated", "states", "declared", "declares", "claimed", "claims", "argued", "argues", "insisted",
            "insists", "warned", "warns", "continued", "replied", "recalled", "observed", "observing", "alleged",
            "alleges", "announced", "announces", "denied", "denies", "vowed", "vows", "confirmed", "confirms",
            "admitted", "admits", "predicted", "promised", "pledged", "reported", "reports", "acknowledged",
            "suggested", "suggests", "contended", "maintained", "believes", "believed", "estimated", "estimates",
            "stressed", "emphasized", "urged", "posted", "read", "reads", "responded", "disclosed", "revealed", "tweeting", "stating",
            "adding", "claiming", "warning", "arguing", "noting", "called", "calling", "insisting", "announcing",
            "add", "remarked", "remarking", "commented", "commenting", "testified", "conceded", "countered",
            // a feature's present tense: "“It was a good week,” she recalls."
            "replies", "observes", "remarks", "comments", "concludes", "concluded", "jokes", "joked", "quipped",
            "quips");

    /** Verbs that only report when they introduce a clause (not "continued to fight", "posted a video"). */
    static final Set<String> WEAK_REPORTING = set(
            "continued", "recalled", "called", "calling", "noting", "adding", "claimed", "claims", "added", "adds", "observed", "declared", "argued", "read", "reads", "posted", "believes", "believed", "estimated", "estimates", "reported",
            "reports", "urged", "asked", "asks", "promised", "pledged", "responded", "disclosed", "revealed",
            "maintained", "noted", "notes", "stressed", "emphasized", "predicted", "acknowledged", "suggested",
            "suggests",
            "replies", "observes", "remarks", "comments", "concludes", "concluded");

    /** Last words of place names: "Manu National Park", "Lake Victoria" is caught by the gazetteer or not at all. */
    static final Set<String> PLACE_WORDS = set("park", "river", "lake", "mountain", "mountains", "island", "islands",
            "valley", "forest", "desert", "bay", "sea", "ocean", "street", "avenue", "square", "county", "province",
            "region", "district", "peninsula", "coast", "canyon", "glacier", "strait", "gulf", "city", "town",
            "village", "road", "bridge", "beach", "hills", "plain", "plains", "basin", "reserve",
            // buildings a story happens at ("Al Noor Mosque", "Wembley Stadium"); never a surname, unlike "Church"
            // or "Temple", nor a body that acts, unlike "Palace" or an airport ("the airport reopened")
            "mosque", "cathedral", "synagogue", "basilica", "stadium");

    static final Set<String> PARTY_LABELS = set("republican", "democrat", "democratic", "independent",
            "conservative", "labour");

    static final Set<String> PRONOUNS = set("he", "she", "they", "it", "we", "i");

    /** Common nouns that can be speakers without a name: "analysts say", "officials said". */
    static final Set<String> GROUP_SPEAKERS = set(
            "analysts", "officials", "experts", "critics", "sources", "source", "protesters", "witnesses",
            "residents", "police", "investigators", "prosecutors", "lawmakers", "scientists", "researchers",
            "observers", "activists", "diplomats", "spokesman", "spokeswoman", "spokesperson", "ministry",
            "government", "statement", "report", "court", "agency", "department", "company", "organizers",
            "authorities", "leaders", "opponents", "supporters", "doctors", "economists", "voters", "students", "groups",
            "campaigners", "environmentalists", "unions", "teachers", "parents", "workers", "residents", "farmers",
            "scholars", "historians", "engineers", "advocates", "organisations", "organizations", "companies",
            "family", "relatives");

    static final Set<String> MONTHS = set("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.",
            "jul.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.");
    static final Set<String> WEEKDAYS = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");

    /** Capitalised words that are never names on their own. */
    static final Set<String> NOT_NAMES = set(
            "the", "a", "an", "this", "that", "these", "those", "on", "in", "at", "by", "for", "from", "with",
            "after", "before", "during", "when", "while", "but", "and", "or", "if", "as", "so", "yet", "then",
            "however", "meanwhile", "also", "still", "even", "since", "although", "though", "because", "unlike",
            "according", "earlier", "later", "today", "yesterday", "tomorrow", "there", "here", "what", "who",
            "why", "how", "where", "which", "many", "some", "most", "all", "both", "each", "every", "no", "not",
            "nevertheless", "instead", "altogether", "soon", "now", "once", "again", "within", "without", "about",
            "around", "over", "under", "into", "through", "until", "despite", "among", "amid", "between", "it",
            "its", "his", "her", "their", "our", "my", "your", "he", "she", "they", "we", "i", "you", "mr", "mrs",
            "ms", "one", "two", "three", "several", "other", "others", "another", "few", "everyone", "everybody",
            "nobody", "someone", "somebody", "anyone", "none", "such", "more", "less", "only", "just",
            "first", "last", "next", "new", "former", "current", "literally", "hopefully", "refusing", "agricultural",
            "experts", "guests", "members", "some", "sources", "previous", "both", "neither", "either", "let", "let's", "may", "photo", "image", "via", "of",
            "to", "is", "was", "be", "do", "does", "did", "has", "have", "had", "will", "would", "can", "could",
            "should", "must", "may", "might", "yes", "thank", "please", "following", "denuclearization",
            // time zones: "13:40 local time (0040 UTC)" names no body
            "utc", "gmt", "est", "edt", "pst", "pdt", "cet", "cest", "bst", "aest", "aedt", "nzdt", "nzst");

    /** Peoples whose names are not their country's name plus an ending: "French" of France, "Dutch". */
    static final Set<String> IRREGULAR_PEOPLES = set("french", "frenchman", "frenchwoman", "british", "briton",
            "dutch", "swiss", "spanish", "spaniard", "danish", "dane", "norwegian", "greek", "welsh", "scottish",
            "scots", "scot", "english", "englishman", "thai", "arab", "arabic", "filipino", "filipina", "kurdish",
            "kurd", "peruvian", "argentine", "cypriot", "czech", "slovak", "croat", "serb", "turk", "pole", "finn",
            "swede", "icelander", "dutchman", "german", "portuguese", "lao", "emirati", "saudi", "kiwi", "soviet",
            "european", "african", "asian", "latino", "latina", "hispanic", "malagasy", "burmese", "kenyan",
            "congolese", "zimbabwean", "ivorian", "ukrainian", "belarusian", "uzbek", "kazakh", "afghan", "tajik", "irish");

    /** A people's endings and what its place ends in instead: "Austr-ian" of "Austr-ia", "Pol-ish" of "Pol-and". */
    private static final List<String> PEOPLE_ENDINGS = List.of("ian", "ean", "an", "n", "ese", "ish", "i");
    private static final List<String> PLACE_ENDINGS = List.of("", "a", "y", "o", "e", "as", "ia", "and", "land", "um",
            "en", "ey");

    /**
     * "Austrian", "Hungarians", "Chinese": a people or its adjective, read off the gazetteer by its endings ("-n",
     * "-ian", "-ese", "-ish", "-i"), so it is never taken for a body's or a person's name.
     */
    public static boolean isPeople(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.contains(" ") || w.length() < 4 || PLACES.contains(w)) {
            return false;
        }
        String singular = w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
        if (IRREGULAR_PEOPLES.contains(singular) || IRREGULAR_PEOPLES.contains(w)) {
            return true;
        }
        for (String ending : PEOPLE_ENDINGS) {
            String stem = singular.endsWith(ending) ? singular.substring(0, singular.length() - ending.length()) : "";
            for (String tail : PLACE_ENDINGS) {
                if (stem.length() >= 3 && PLACES.contains(stem + tail)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What a scale word multiplies by: "hundred" 100 ... "trillion" 10^12. */
    public static long scaleOf(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "hundred" -> 100L;
            case "thousand" -> 1_000L;
            case "million" -> 1_000_000L;
            case "billion" -> 1_000_000_000L;
            default -> 1_000_000_000_000L;
        };
    }

    /** A word that makes a capitalised run a title: "Secretary", "Chancellor", "Assemblywoman". */
    public static boolean isTitle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return TITLES.contains(w) || w.matches("(assembly|council|congress|alder|committee|board|chair|spokes|business"
                + "|police|fire|anchor|sales|news|crafts|sports|states)(man|woman|member|person|men|women)");
    }

    public static boolean isOrganizationWord(String word) {
        return ORGANIZATION_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    public static boolean isPlace(String name) {
        return PLACES.contains(name.toLowerCase(Locale.ROOT));
    }

    public static boolean isReportingVerb(String word) {
        return REPORTING_VERBS.contains(word.toLowerCase(Locale.ROOT));
    }
}
