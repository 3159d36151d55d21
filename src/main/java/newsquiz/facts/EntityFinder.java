package newsquiz.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsquiz.article.Section;
import newsquiz.nlp.Token;

/**
 * Finds people, organisations and places without a name-finder model: runs of capitalised words (from the tags),
 * titles split off ("Senate Majority Leader Mitch McConnell"), acronyms in brackets, appositives as roles, and the
 * article's own repeated mentions to group aliases ("Mike Pompeo" ... "Pompeo").
 */
final class EntityFinder {
    /** Lower-case words inside people's names: "von", "van der", "bin". */
    static final Set<String> SURNAME_PARTICLES = Set.of("von", "van", "der", "den", "bin", "ibn", "ben");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "de", "del", "da", "du", "von", "van", "al",
            "bin", "la", "le", "on", "to");
    private static final Set<String> ROLE_NOUNS_FOR_ORGS = Set.of("firm", "company", "group", "agency", "contractor",
            "network", "newspaper", "site", "website", "airline", "carrier", "maker", "manufacturer", "giant",
            "organization", "organisation", "party", "union", "bank", "court", "outlet", "broadcaster", "startup", "team",
            "club", "band", "charity", "school", "university", "hospital", "department", "ministry");

    /** Plural nouns for people: "astronauts", "lawyers", "scientists", "politicians", "sportswomen". */
    private static final java.util.regex.Pattern PEOPLE_PLURAL = java.util.regex.Pattern.compile("(?i)(?!(rivers|centers"
            + "|towers|waters|borders|orders|papers|matters|computers|numbers|letters|corners|quarters|headquarters)$)"
            + "\\p{Ll}+(ers|ists|ians|ors|nauts|ants|ents|men|women|ees)");

    /** One entity being built: mentions are added as they are found. */
    static final class Group {
        String name;
        Entity.Type type;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> roles = new LinkedHashSet<>();
        final List<Mention> mentions = new ArrayList<>();
        /** Short names that open the whole name ("Brenton" of "Brenton Tarrant"): no surname used alone. */
        final Set<String> firstNames = new java.util.HashSet<>();
        boolean personEvidence;

        Group(String name) {
            this.name = name;
        }

        List<String> words() {
            return List.of(name.split("\\s+"));
        }

        /**
         * Shaped like a person's name though nothing typed it yet: two to four capitalised words, with the lower-case
         * particles of surnames between them ("Holger von Neuhoff", "Ursula von der Leyen").
         */
        boolean personShaped() {
            List<String> w = words();
            return w.size() >= 2 && w.size() <= 4 && !Lexicon.SHIP.matcher(name).matches() && w.get(0).matches("\\p{Lu}[\\p{L}'’.-]*")
                    && w.get(w.size() - 1).matches("\\p{Lu}[\\p{L}'’.-]*")
                    && w.stream().allMatch(x -> x.matches("\\p{Lu}[\\p{L}'’.-]*") || SURNAME_PARTICLES.contains(x));
        }

        String last() {
            List<String> w = words();
            return w.get(w.size() - 1);
        }
    }

    private final List<TaggedSentence> sentences;
    final List<Group> groups = new ArrayList<>();
    final Map<Integer, List<Mention>> mentionsBySentence = new HashMap<>();
    final Map<Mention, Group> groupOf = new HashMap<>();

    EntityFinder(List<TaggedSentence> sentences) {
        this.sentences = sentences;
    }

    EntityFinder run() {
        List<Mention> all = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Mention> found = sentences.get(s).sentence().section() == Section.HEADLINE
                    ? List.of() : mentionsIn(s);
            mentionsBySentence.put(s, new ArrayList<>(found));
            all.addAll(found);
        }
        dropCommonWordsAtSentenceStart(all);
        // Longer names first, so that "Pompeo" finds "Mike Pompeo" whichever comes first in the text.
        List<Mention> multi = all.stream().filter(m -> m.name().split("\\s+").length > 1).toList();
        List<Mention> single = all.stream().filter(m -> m.name().split("\\s+").length == 1).toList();
        for (Mention m : multi) {
            group(m);
        }
        for (Mention m : single) {
            group(m);
        }
        mergeOrNames();
        for (Group g : groups) {
            g.mentions.sort((a, b) -> a.sentence() != b.sentence() ? a.sentence() - b.sentence() : a.from() - b.from());
            g.type = classify(g);
            findRoles(g);
        }
        // "Ana Lindqvist, Paolo Brandt and Michel Dufour": each one found a person makes the next one too
        boolean found = true;
        while (found) {
            found = false;
            for (Group g : groups) {
                if (g.type == Entity.Type.OTHER && (listedWithAPerson(g) || sharedSurname(g))) {
                    g.type = Entity.Type.PERSON;
                    found = true;
                }
            }
        }
        // a ship named after a person is no person, whatever its appositive ("Their ship, MV Alan Kurdi,")
        groups.stream().filter(g -> Lexicon.SHIP.matcher(g.name).matches()).forEach(g -> g.type = Entity.Type.OTHER);
        linkHeadlineMentions();
        return this;
    }

    /**
     * A word capitalised only because it opens its sentence is no name: "Sleep, she says, is ..." in an article that
     * writes "sleep" elsewhere, or an adverb opening a clause ("Unsurprisingly, the military ..."). A word of a
     * longer name stays when it opens or ends that name ("May said" beside "Theresa May", though the article writes
     * "may").
     */
    private void dropCommonWordsAtSentenceStart(List<Mention> all) {
        Set<String> lowerCase = new java.util.HashSet<>();
        for (TaggedSentence ts : sentences) {
            for (Token tok : ts.tokens()) {
                if (Character.isLowerCase(tok.text().charAt(0))) {
                    lowerCase.add(tok.text());
                }
            }
        }
        // the first or last word, as a body's short name or a person's surname is ("Amnesty" of "Amnesty
        // International"): "Sleep" inside "The Sleep Revolution" is still the common word
        // (a work's title, "The Sleep Revolution" with its capital "The" mid-sentence, has no short name)
        Set<String> inLongerNames = new java.util.HashSet<>();
        all.stream().filter(m -> m.name().contains(" ")).forEach(m -> {
            inLongerNames.add(m.name().substring(m.name().lastIndexOf(' ') + 1));
            if (!titledWork(m)) {
                inLongerNames.add(m.name().substring(0, m.name().indexOf(' ')));
            }
        });
        List<Mention> common = all.stream().filter(m -> {
            List<Token> t = sentences.get(m.sentence()).tokens();
            boolean opens = t.subList(0, m.from()).stream()
                    .noneMatch(tok -> Character.isLetterOrDigit(tok.text().charAt(0)));
            String word = m.name();
            boolean adverb = word.endsWith("ly") && m.to() < t.size() && t.get(m.to()).text().equals(",");
            return opens && m.to() - m.from() == 1 && !word.contains(" ") && !inLongerNames.contains(word)
                    && (adverb || lowerCase.contains(word.toLowerCase(Locale.ROOT)));
        }).toList();
        all.removeAll(common);
        mentionsBySentence.values().forEach(list -> list.removeAll(common));
    }

    /**
     * The word opens a name shaped like a person's (two or three capitalised words, none a body's, a place's or a
     * title), and is no place or title itself.
     */
    private static boolean firstNameOf(String word, Group g) {
        List<String> words = g.words();
        // "SpaceX", "BlackBerry": a capital inside the word names a brand; "Harlow United", "Mahan Air" a club or
        // an airline
        String last = g.last().toLowerCase(Locale.ROOT);
        return words.size() >= 2 && words.size() <= 3 && words.get(0).equals(word) && !Lexicon.isPlace(word)
                && !Lexicon.isTitle(word) && !Lexicon.isPlace(g.name) && !Lexicon.CLUB_ENDINGS.contains(last)
                && !last.equals("air") && words.stream().allMatch(w -> w.matches("\\p{Lu}\\p{Ll}+(['’-]\\p{Lu}?\\p{Ll}+)?")
                && noBodyOrPlaceWord(w));
    }

    /** Not a word of a body's or a place's name ("Academy", "Paris", "River"), as a person's name is made of. */
    private static boolean noBodyOrPlaceWord(String w) {
        return !Lexicon.isOrganizationWord(w) && !Lexicon.isPlace(w) && !Lexicon.PLACE_WORDS.contains(w.toLowerCase(Locale.ROOT));
    }

    /** A name after a capital "The" inside its sentence: a work's title ("’s The Sleep Revolution"). */
    private boolean titledWork(Mention m) {
        List<Token> t = sentences.get(m.sentence()).tokens();
        return m.from() >= 2 && t.get(m.from() - 1).text().equals("The");
    }

    /** "G7, or the Group of Seven," and "X Kft. (X Limited)" name one thing twice: the two groups become one. */
    private void mergeOrNames() {
        for (var entry : mentionsBySentence.entrySet()) {
            List<Token> t = sentences.get(entry.getKey()).tokens();
            List<Mention> ms = entry.getValue();
            for (Mention a : ms) {
                for (Mention b : ms) {
                    boolean orBetween = b.from() - a.to() >= 2 && b.from() - a.to() <= 3
                            && t.get(a.to()).text().equals(",") && t.get(a.to() + 1).is("or")
                            && (b.from() - a.to() == 2 || t.get(a.to() + 2).is("the"));
                    // "HDT Védelmi Ipari Kft. (HDT Limited)": a company's name in brackets in another tongue or
                    // form shares its first word; not "Ann Lee (Labour)"
                    int open = a.to() < t.size() && t.get(a.to()).text().equals(".") ? a.to() + 1 : a.to();
                    boolean bracketed = b.from() == open + 1 && open < t.size() && t.get(open).text().equals("(")
                            && b.to() < t.size() && t.get(b.to()).text().equals(")") && b.name().contains(" ")
                            && a.name().split("\\s+")[0].equals(b.name().split("\\s+")[0]);
                    Group ga = groupOf.get(a);
                    Group gb = groupOf.get(b);
                    if ((orBetween || bracketed) && ga != null && gb != null && ga != gb) {
                        ga.aliases.add(gb.name);
                        ga.aliases.addAll(gb.aliases);
                        ga.roles.addAll(gb.roles);
                        ga.mentions.addAll(gb.mentions);
                        gb.mentions.forEach(m -> groupOf.put(m, ga));
                        groups.remove(gb);
                    }
                }
            }
        }
    }

    /** Headline words are all capitalised; only names already known from the body count there. */
    private void linkHeadlineMentions() {
        for (int s = 0; s < sentences.size(); s++) {
            if (sentences.get(s).sentence().section() != Section.HEADLINE) {
                continue;
            }
            List<Token> tokens = sentences.get(s).tokens();
            for (int i = 0; i < tokens.size(); i++) {
                for (Group g : groups) {
                    int len = g.words().size();
                    if (i + len <= tokens.size() && sentences.get(s).span(i, i + len).equals(g.name)
                            || tokens.get(i).text().equals(g.last()) && g.type == Entity.Type.PERSON) {
                        int to = tokens.get(i).text().equals(g.last()) && !sentences.get(s).span(i, Math.min(
                                tokens.size(), i + len)).equals(g.name) ? i + 1 : i + len;
                        Mention m = new Mention(s, i, to, sentences.get(s).span(i, to), "", i);
                        mentionsBySentence.get(s).add(m);
                        groupOf.put(m, g);
                        break;
                    }
                }
            }
        }
    }

    /** The capitalised runs of one sentence, titles split off. */
    private List<Mention> mentionsIn(int s) {
        TaggedSentence ts = sentences.get(s);
        List<Token> t = ts.tokens();
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            if (!startsName(t, i)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < t.size()) {
                Token tok = t.get(j);
                if (continuesName(tok)) {
                    j++;
                } else if (ARABIC_PARTICLE.matcher(tok.text()).matches()) {
                    j++; // "Bashar al-Assad": the particle belongs to the surname
                } else if (tok.is("of") && t.get(j - 1).text().equals("Friends") && j == i + 1
                        && friendsOfABody(t, j + 1)) {
                    j++; // "Friends of Millbrook Libraries", a group, but not the friends of Tom Reid
                } else if (tok.text().matches("['’]") && t.get(j - 1).text().endsWith("s") && j + 1 < t.size()
                        && t.get(j + 1).isCapitalised() && Lexicon.isOrganizationWord(t.get(j + 1).text())
                        && !Lexicon.isPlace(t.get(j - 1).text())) {
                    j++; // "Eastgate Residents' Association", "the Workers' Party": a plural's apostrophe inside a name
                } else if (isCapitalisedVerbInsideName(t, j)) {
                    j++; // "United States Congress": "States" tagged as a verb
                } else if (CONNECTORS.contains(tok.text()) && j + 1 < t.size() && continuesName(t.get(j + 1))
                        && (connects(t.get(j - 1), tok) || hasOrganisationWord(t, i, j) && !tok.is("to"))) {
                    j++;
                } else if (tok.is("of") && j + 2 < t.size() && t.get(j + 1).is("the") && continuesName(t.get(j + 2))
                        && (connects(t.get(j - 1), tok) || hasOrganisationWord(t, i, j))) {
                    j += 2; // "Democratic Republic of the Congo", "Bank of the Philippine Islands"
                } else if (tok.text().equals("&") && j + 1 < t.size() && t.get(j + 1).isCapitalised()
                        && !t.get(j + 1).text().matches("[,.;:]")
                        && !(t.get(j - 1).text() + "&" + t.get(j + 1).text()).matches("R&B|Q&A|R&D|M&A|B&B|A&E")) {
                    j += 2; // "PG&E", "P&O Ferries", "Marks & Spencer": one company's name; not "R&B", "Q&A"
                } else if (tok.text().equals("and") && andJoinsOrganisation(t, j)) {
                    j++; // "Securities and Exchange Commission", "Health and Human Services"
                } else if (tok.text().equals("the") && j > i && t.get(j - 1).text().equals("of")
                        && j + 1 < t.size() && continuesName(t.get(j + 1))) {
                    j++;
                } else if (tok.tag().equals("CD") && tok.text().matches("\\d{1,3}") && j + 1 < t.size()
                        && !t.get(j + 1).text().equals(",") && Character.isLowerCase(t.get(j + 1).text().charAt(0))
                        && !Lexicon.MONTHS.contains(t.get(j - 1).text().toLowerCase(Locale.ROOT))) {
                    j++; // "Falcon 9 rocket"
                    break;
                } else {
                    break;
                }
            }
            int from = i;
            int to = j;
            while (to > from && (CONNECTORS.contains(t.get(to - 1).text()) || t.get(to - 1).is("the"))) {
                to--;
            }
            // "Znak.com", "UOL.com.br": a site is named by its whole address, as the article writes it
            while (to > from && to + 1 < t.size() && t.get(to).text().equals(".") && t.get(to).start() == t.get(to - 1).end()
                    && t.get(to + 1).start() == t.get(to).end() && t.get(to + 1).text().matches("\\p{Ll}{2,6}")) {
                to += 2;
                j = Math.max(j, to);
            }
            while (from < to && isNotName(t.get(from)) && !(t.get(from).text().equals("New") && to - from > 1)) {
                from++;
            }
            boolean commonNounAtStart = from == 0 && to == 1 && t.size() > 1 && t.get(1).tag().matches("NNS?")
                    && !t.get(1).isCapitalised() && !Lexicon.isPlace(t.get(0).text()); // "Conservation groups warned"
            // "Jean- Pierre Moore": a first part glued to a hyphen before the run is the same name, broken by a
            // stray space where the source wrapped it
            if (from >= 2 && from < to && t.get(from - 1).text().equals("-") && t.get(from - 2).isCapitalised()
                    && t.get(from - 2).end() == t.get(from - 1).start() && t.get(from - 1).end() < t.get(from).start()
                    && t.get(from - 2).text().matches("\\p{Lu}\\p{Ll}+")) {
                from -= 2;
                int joined = from;
                out.removeIf(x -> x.from() >= joined); // "Jean" alone was no name of its own
            }
            if (from < to && !commonNounAtStart) {
                Mention m = splitTitle(s, ts, from, to);
                if (m != null) {
                    out.add(m);
                }
            }
            i = Math.max(j, i + 1);
        }
        spelledOut(s, ts, out);
        return out;
    }

    /** Small words a spelled-out name may hold between its capitals: "Union of Pure and Applied Chemistry". */
    private static final Set<String> SPELLED_JOINERS = Set.of("of", "for", "on", "and", "the", "in", "to", "&");

    /**
     * "International Union of Pure and Applied Chemistry (IUPAC)", "DACA (Deferred Action on Childhood Arrivals)":
     * a name written beside its acronym, whose capitals spell it, is one name even across the small words that end
     * a capitalised run ("and", "on"); the runs inside it give way to it.
     */
    private void spelledOut(int s, TaggedSentence ts, List<Mention> out) {
        List<Token> t = ts.tokens();
        for (int k = 0; k + 2 < t.size(); k++) {
            if (!t.get(k).text().equals("(")) {
                continue;
            }
            int close = k + 1;
            while (close < t.size() && close - k <= 12 && !t.get(close).text().equals(")")) {
                close++;
            }
            if (close >= t.size() || !t.get(close).text().equals(")")) {
                continue;
            }
            int[] span = null;
            if (close == k + 2) {
                // "Full Name (ACR)": the longest stretch before the bracket whose capitals spell the acronym
                for (int from = Math.max(0, k - 12); from < k - 1 && span == null; from++) {
                    if (spells(t, from, k, t.get(k + 1).text())) {
                        span = new int[] {from, k};
                    }
                }
            } else if (k > 0 && spells(t, k + 1, close, t.get(k - 1).text())) {
                span = new int[] {k + 1, close}; // "ACR (Full Name)"
            }
            if (span == null) {
                continue;
            }
            int from = span[0];
            int to = span[1];
            out.removeIf(m -> m.from() < to && m.to() > from);
            Mention m = new Mention(s, from, to, ts.span(from, to), "", from);
            int at = 0;
            while (at < out.size() && out.get(at).from() < from) {
                at++;
            }
            out.add(at, m);
        }
    }

    /** Tokens from..to are capitals and small joining words, start and end on a capital and spell the acronym. */
    private static boolean spells(List<Token> t, int from, int to, String acronym) {
        if (!acronym.matches("\\p{Lu}{2,8}") || !t.get(from).isCapitalised() || !t.get(to - 1).isCapitalised()) {
            return false;
        }
        StringBuilder words = new StringBuilder();
        boolean joined = false;
        for (int k = from; k < to; k++) {
            String w = t.get(k).text();
            if (SPELLED_JOINERS.contains(w)) {
                joined = true;
            } else if (!t.get(k).isCapitalised() || !Character.isLetter(w.charAt(0))) {
                return false;
            }
            words.append(w).append(' ');
        }
        // a run without small words is found as a name already; only a run broken by them is joined here
        return joined && isAcronymOf(acronym, words.toString().strip());
    }

    /**
     * "Department of Justice", "Institute for Space Research", "Secretary of State", "Kim Jong" + "bin": a connector
     * joins two capitalised parts only after an organisation word, a title or a name particle, so that "blamed
     * Russia for Maduro" stays two names.
     */
    private static boolean connects(Token before, Token connector) {
        String c = connector.text();
        if (c.equals("to")) {
            return Lexicon.isTitle(before.text()); // "Ambassador to Germany Richard Grenell"
        }
        if (c.equals("of") || c.equals("for") || c.equals("on")) {
            return Lexicon.isOrganizationWord(before.text()) || Lexicon.isTitle(before.text())
                    || Set.of("Republic", "Kingdom", "State", "States", "Gulf", "Bay", "Isle", "City", "Province",
                    "Duke", "Duchess", "Prince", "Princess", "Sea", "Cape", "Strait", "Islands", "Order")
                    .contains(before.text());
        }
        return true;
    }

    private static boolean startsName(List<Token> t, int i) {
        Token tok = t.get(i);
        if (tok.text().equals("New") && i + 1 < t.size() && continuesName(t.get(i + 1))) {
            return true; // "New York", "New Zealand"
        }
        if (!tok.isCapitalised() || !tok.text().matches("\\p{L}[\\p{L}\\p{M}\\d.'’-]*") || isNotName(tok)) {
            return false; // not "US$" of "US$40 million"
        }
        if (tok.tag().startsWith("JJ") || tok.tag().startsWith("VB") || tok.tag().equals("RB")) {
            // "European Court", "Brazilian President Jair Bolsonaro", but not a lone adjective or a verb
            return i + 1 < t.size() && t.get(i + 1).isCapitalised() && t.get(i + 1).tag().startsWith("NNP")
                    && !isNotName(t.get(i + 1));
        }
        return true;
    }

    /** The capitalised run from {@code from} ends in a plural or an organisation word: "Millbrook Libraries". */
    private static boolean friendsOfABody(List<Token> t, int from) {
        int k = from;
        while (k < t.size() && continuesName(t.get(k))) {
            k++;
        }
        if (k == from) {
            return false;
        }
        String last = t.get(k - 1).text();
        return Lexicon.isOrganizationWord(last) || last.matches("\\p{Lu}\\p{Ll}+(ies|s)") && !last.endsWith("ss");
    }

    /** "International Union for Conservation of Nature": once a run names a body, "of" goes on joining. */
    private static boolean hasOrganisationWord(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Lexicon.isOrganizationWord(t.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** An "and" joins two capitalised parts when what follows ends in an organisation word and what precedes doesn't. */
    private static boolean andJoinsOrganisation(List<Token> t, int and) {
        if (and == 0 || !continuesName(t.get(and - 1)) || Lexicon.isOrganizationWord(t.get(and - 1).text())) {
            return false;
        }
        int k = and + 1;
        while (k < t.size() && continuesName(t.get(k))) {
            k++;
        }
        return k > and + 1 && Lexicon.isOrganizationWord(t.get(k - 1).text());
    }

    private static boolean isCapitalisedVerbInsideName(List<Token> t, int j) {
        Token tok = t.get(j);
        return tok.isCapitalised() && (tok.tag().equals("VBZ") || tok.tag().equals("VBD"))
                && !Lexicon.isReportingVerb(tok.text()) && j + 1 < t.size() && continuesName(t.get(j + 1))
                && t.get(j + 1).tag().startsWith("NNP");
    }

    /** "al-Assad", "el-Sisi": an Arabic surname's particle written onto it. */
    private static final java.util.regex.Pattern ARABIC_PARTICLE = java.util.regex.Pattern.compile(
            "(al|el|ul|bin|ibn|abu)-\\p{Lu}[\\p{L}'’-]*");

    private static boolean continuesName(Token tok) {
        return tok.isCapitalised() && Character.isLetter(tok.text().charAt(0))
                && !Lexicon.MONTHS.contains(tok.text().toLowerCase(Locale.ROOT))
                && !Lexicon.WEEKDAYS.contains(tok.text().toLowerCase(Locale.ROOT))
                && !Set.of("I", "The", "A", "An").contains(tok.text())
                && !(tok.tag().startsWith("VBD") || tok.tag().equals("VBZ")
                || Lexicon.isReportingVerb(tok.text()) && (tok.tag().startsWith("VB") || tok.text().endsWith("ed")
                || tok.text().matches("Said|Told|Wrote")));
    }

    private static boolean isNotName(Token tok) {
        String lower = tok.text().toLowerCase(Locale.ROOT);
        return Lexicon.NOT_NAMES.contains(lower) || Lexicon.MONTHS.contains(lower) || Lexicon.WEEKDAYS.contains(lower)
                || !Character.isLetter(tok.text().charAt(0)) || AGE_OR_COUNT.matcher(lower).matches();
    }

    /**
     * "Thirteen-year-old Bennett", "Two-time champion Ana Lima": an age or a count of times before the name, no part
     * of it ("Twenty-First Century Fox" keeps its first word).
     */
    private static final java.util.regex.Pattern AGE_OR_COUNT = java.util.regex.Pattern.compile("(one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
            + "|sixty|seventy|eighty|ninety|hundred)(-[a-z]+)*-(old|time|timer)");

    /** Splits "Senate Majority Leader Mitch McConnell" into title and name; null when nothing name-like is left. */
    private Mention splitTitle(int s, TaggedSentence ts, int from, int to) {
        List<Token> t = ts.tokens();
        int lastTitle = -1;
        // "MV Professor Albrecht Penck" is a ship's whole name, no title and a person
        boolean ship = to - from >= 2 && Lexicon.SHIP.matcher(t.get(from).text() + " " + t.get(from + 1).text()).matches();
        for (int k = ship ? to : from; k < to; k++) {
            // party labels are titles only at the front: "Republican Kevin McCarthy", not "Movement for Democratic Change"
            boolean partyLabel = Lexicon.PARTY_LABELS.contains(t.get(k).text().toLowerCase(Locale.ROOT));
            if (Lexicon.isTitle(t.get(k).text()) && (!partyLabel || k == from)) {
                lastTitle = k;
            }
        }
        int nameFrom = from;
        if (lastTitle >= 0 && lastTitle < to - 1) {
            int after = lastTitle + 1;
            if ((t.get(after).is("of") || t.get(after).is("to")) && after + 2 < to) {
                after += 2; // "Secretary of State Mike Pompeo"
            }
            if (after < to && looksLikePersonName(t, after, to)) {
                nameFrom = after;
            }
        }
        String title = nameFrom > from ? ts.span(from, nameFrom) : "";
        String name = ts.span(nameFrom, to);
        if (name.length() < 2 || (nameFrom == from && lastTitle == to - 1 && to - from == 1)) {
            return null; // a bare title ("President") is a role, not a name
        }
        return new Mention(s, from, to, name, title, nameFrom);
    }

    /**
     * "Governor Vázquez" after "Wanda Vázquez Garced", "Rosselló" after "Ricardo Rosselló Nevares": a Spanish or
     * Portuguese name carries two surnames and is shortened to the first, which is one person, never a second one
     * offered beside her among the choices.
     */
    private static boolean firstSurname(String name, Group g) {
        List<String> words = g.words();
        // a place ("Nelson Mandela Bay", "Rio Grande Valley") keeps its words; "Donald Trump Jr." is a father's name
        // and a suffix
        return words.size() == 3 && words.get(1).equals(name) && !Lexicon.isPlace(name) && !Lexicon.SHIP.matcher(g.name).matches()
                && !Lexicon.PLACE_WORDS.contains(words.get(2).toLowerCase(Locale.ROOT))
                && !words.get(2).matches("(?i)jr\\.?|sr\\.?|ii|iii|iv")
                && words.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)) && !Lexicon.isOrganizationWord(w)
                && !Lexicon.isTitle(w) && !Lexicon.isPlace(w));
    }

    /**
     * "Puerto Rico" inside "Supreme Court of Puerto Rico" or "Puerto Rico Senate", "Essex" inside "University of
     * Essex": the place a body is named after, or whose body it is, is the place, not the body, and never its short
     * name (a question on the territory was keyed to the court).
     */
    private static boolean namesake(String name, String body) {
        if (FORMAL_STATE.matcher(body).lookingAt()) {
            return false; // "the Kingdom of Saudi Arabia" is Saudi Arabia
        }
        if (body.endsWith(" of " + name) || body.endsWith(" of the " + name)) {
            return true;
        }
        List<String> words = List.of(body.split("\\s+"));
        List<String> rest = words.subList(Math.min(words.size(), name.split("\\s+").length), words.size());
        // "Puerto Rico Senate": a place's own body; not "Saint Francis Hospital", which "Saint Francis" names too,
        // nor "Treasury Department", which "the Treasury" names too
        return body.startsWith(name + " ") && !rest.isEmpty() && rest.stream().allMatch(w -> w.matches("Senate|House"
                + "|Assembly|Parliament|Congress|Government|Council|Police|Legislature|Cabinet|Court|Supreme|Superior"));
    }

    private static final java.util.regex.Pattern FORMAL_STATE = java.util.regex.Pattern.compile("(?:the )?(?:Kingdom"
            + "|Republic|State|Commonwealth|Principality|Sultanate|Emirate|Federation|Union|Grand Duchy) of ");

    private static boolean looksLikePersonName(List<Token> t, int from, int to) {
        // "Wild Justice Now": a word that is never a name on its own ("Now") is no person after a title
        if (to - from > 4 || to - from == 1 && Lexicon.NOT_NAMES.contains(t.get(from).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String w = t.get(k).text();
            if (Lexicon.isOrganizationWord(w) || Lexicon.isTitle(w) || !Character.isUpperCase(w.charAt(0))
                    && !ARABIC_PARTICLE.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }

    private void group(Mention m) {
        String name = m.name();
        Group target = null;
        String[] words = name.split("\\s+");
        for (Group g : groups) {
            if (g.name.equals(name) || g.aliases.contains(name)) {
                target = g;
                break;
            }
        }
        if (target == null && words.length == 1) {
            for (Group g : groups) {
                if (isAcronymOf(name, g.name) || (g.words().size() > 1 && g.last().equals(name)
                        && !Lexicon.isPlace(name) && !namesake(name, g.name)) || isShortFormOf(name, g) && !namesake(name, g.name)) {
                    target = g;
                    break;
                }
            }
            if (target == null) {
                // only when no name ends with the word: "Paul" is Rand Paul's, not John Paul Stevens's
                target = groups.stream().filter(g -> firstSurname(name, g)).findFirst().orElse(null);
            }
            if (target == null) {
                // "Brenton stayed in the police station" after "Brenton Tarrant": a first name alone is the one
                // person's name it opens, when only one does
                // ("Facebook" before "The Facebook Effect", "Toronto" before "Toronto Congress Centre" name other
                // things: the short form comes after the whole name)
                List<Group> opened = groups.stream().filter(g -> firstNameOf(name, g) && g.mentions.stream()
                        .anyMatch(o -> o.sentence() < m.sentence() || o.sentence() == m.sentence() && o.to() <= m.from()))
                        .toList();
                target = opened.size() == 1 ? opened.get(0) : null;
                if (target != null) {
                    target.firstNames.add(name);
                }
            }
        }
        if (target == null && words.length > 1) {
            for (Group g : groups) {
                // "MV Alan Kurdi" is the ship named after the boy, "Alan Kurdi"
                if (Lexicon.SHIP.matcher(name).matches() != Lexicon.SHIP.matcher(g.name).matches()) {
                    continue;
                }
                if (g.words().size() > 1 && (contains(g.words(), List.of(words)) && !namesake(name, g.name)
                        || (contains(List.of(words), g.words()) && List.of(words).get(words.length - 1)
                        .equals(g.last()) && !namesake(g.name, name)))) {
                    target = g;
                    break;
                }
            }
        }
        if (target == null && words.length == 2 && nicknamed(m)) {
            // "the man known as Fearless Felix" after "Felix Baumgartner": a nickname that ends with a person's first
            // name or surname is that person, never a second one beside him among the choices ("known as John Henry"
            // beside "John Carter" is another John)
            String called = words[1];
            for (Group g : groups) {
                if (g.words().size() > 1 && !g.words().contains(words[0])
                        && (g.words().get(0).equals(called) || g.last().equals(called)) && !Lexicon.isTitle(called)) {
                    target = g;
                    break;
                }
            }
        }
        if (target == null) {
            target = new Group(name);
            groups.add(target);
        } else if (!target.name.equals(name)) {
            target.aliases.add(name);
        }
        if (!m.title().isEmpty()) {
            target.roles.add(m.title());
            target.personEvidence = true;
        }
        target.mentions.add(m);
        groupOf.put(m, target);
        // "European Court of Justice (ECJ)": the bracketed acronym is an alias.
        TaggedSentence ts = sentences.get(m.sentence());
        if (m.to() + 2 < ts.tokens().size() && ts.tokens().get(m.to()).text().equals("(")
                && ts.tokens().get(m.to() + 2).text().equals(")")) {
            String acronym = ts.tokens().get(m.to() + 1).text();
            if (acronym.matches("\\p{Lu}[\\p{Lu}\\d.&-]{1,9}")) {
                target.aliases.add(acronym);
            }
        }
    }

    /** A name the article gives as what someone is known as: "known as", "nicknamed", "dubbed". */
    private boolean nicknamed(Mention m) {
        List<Token> t = sentences.get(m.sentence()).tokens();
        int k = m.from();
        return k >= 1 && (t.get(k - 1).is("nicknamed") || t.get(k - 1).is("dubbed"))
                || k >= 2 && t.get(k - 2).is("known") && t.get(k - 1).is("as");
    }

    /** "Ford" for "Ford Motor Company": the first word of a company name whose other words are generic. */
    private static boolean isShortFormOf(String name, Group g) {
        List<String> w = g.words();
        return w.size() > 1 && w.get(0).equals(name) && !Lexicon.isPlace(name)
                && w.subList(1, w.size()).stream().allMatch(Lexicon::isOrganizationWord);
    }

    private static boolean contains(List<String> whole, List<String> part) {
        return new LinkedHashSet<>(whole).containsAll(part) && whole.size() > part.size();
    }

    static boolean isAcronymOf(String acronym, String name) {
        if (!acronym.matches("\\p{Lu}{2,8}")) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        return initials.toString().equals(acronym);
    }

    private Entity.Type classify(Group g) {
        List<String> words = g.words();
        if (Lexicon.SHIP.matcher(g.name).matches()) {
            return Entity.Type.OTHER; // a ship, whoever it is named after: asked as a made thing (NameShapes)
        }
        // "the Austrian landed", "Hungarian officials", "the Russians said": a people, no body's name; but "The
        // Australian reported" (a paper) and "Ghani said", one of a name, act as names do ("the Texans", a team,
        // is lost with it)
        if (words.size() == 1 && Lexicon.isPeople(g.name) && !g.personEvidence && (g.name.matches(".*(s|ese)")
                || g.mentions.stream().noneMatch(this::followedBySpeechOrPossessive))) {
            return Entity.Type.OTHER;
        }
        if (words.size() == 2 && g.last().equals("Channel") && (Lexicon.isPeople(words.get(0))
                || Lexicon.isPlace(words.get(0)) && g.mentions.stream().noneMatch(this::followedBySpeechOrPossessive))) {
            return Entity.Type.PLACE; // "the English Channel"; not "the History Channel", "the Africa Channel said"
        }
        if (Lexicon.PLACE_WORDS.contains(g.last().toLowerCase(Locale.ROOT))) {
            return Entity.Type.PLACE; // "Manu National Park", "Cape Canaveral" is caught by the list
        }
        if (words.stream().anyMatch(w -> w.equals("Republic") || w.equals("Kingdom") || w.equals("Emirates"))
                && !words.get(0).equals("The")) {
            return Entity.Type.PLACE; // "Democratic Republic of the Congo", "United Arab Emirates": a state
        }
        // "the Bahamas", "the Philippines" are places; "the United States" acts as a body as often as not
        boolean onePlace = Lexicon.isPlace(g.name) && !g.name.contains(" ");
        if (!onePlace && g.mentions.stream().anyMatch(this::endsInPluralProperNoun)
                || !Lexicon.isPlace(g.name) && g.mentions.stream().anyMatch(this::afterThe)) {
            return Entity.Type.ORGANIZATION; // "the Springfield Sliders", "Senate Democrats": a team or a group
        }
        if (words.stream().anyMatch(Lexicon::isOrganizationWord) || g.name.matches("\\p{Lu}{2,6}") || legalForm(g)
                || g.name.contains("&")
                || g.name.contains(" ") && Lexicon.CLUB_ENDINGS.contains(g.last().toLowerCase(Locale.ROOT))) {
            return Lexicon.isPlace(g.name) ? Entity.Type.PLACE : Entity.Type.ORGANIZATION;
        }
        if (Lexicon.isPlace(g.name) || g.aliases.stream().anyMatch(Lexicon::isPlace)) {
            return Entity.Type.PLACE;
        }
        if (g.personEvidence || g.mentions.stream().anyMatch(this::precededByAge)) {
            return Entity.Type.PERSON; // a title, or an age: "Thirteen-year-old Bennett", "18-year-old Ana Lima"
        }
        // "In the capital, Maduro, who has ruled since 2013, ...", "the district of Ilhan Omar ... Omar said": a
        // person's sign outweighs the place a name is said to be
        boolean personSigned = g.mentions.stream().anyMatch(this::followedByWho) || words.size() >= 2
                && words.size() <= 4 && g.mentions.stream().anyMatch(this::followedBySpeechOrPossessive);
        if (g.mentions.stream().anyMatch(this::placeContext) && !personSigned) {
            return Entity.Type.PLACE;
        }
        boolean personShape = words.size() >= 2 && words.size() <= 4
                && words.stream().allMatch(w -> w.matches("\\p{Lu}[\\p{L}'’-]*\\.?"));
        if (personShape && (g.mentions.stream().anyMatch(this::followedByWho) || sharesSurnameWithAPerson(g))) {
            return Entity.Type.PERSON;
        }
        // "FAAM" of "Fine Arts Auction Miami": initials are no surname
        boolean surnameUsedAlone = g.aliases.stream().anyMatch(a -> !a.contains(" ") && !g.firstNames.contains(a)
                && !isAcronymOf(a, g.name));
        if (words.size() >= 2 && words.size() <= 4 && g.mentions.stream().anyMatch(this::followedByAge)) {
            return Entity.Type.PERSON; // "Brenton Tarrant, aged 28,"
        }
        boolean possessiveOrSpeaker = g.mentions.stream().anyMatch(this::followedBySpeechOrPossessive);
        if (words.size() >= 2 && words.size() <= 4 && (surnameUsedAlone || possessiveOrSpeaker)) {
            return Entity.Type.PERSON;
        }
        if (g.mentions.stream().anyMatch(this::located)) {
            return Entity.Type.PLACE;
        }
        if (g.mentions.stream().anyMatch(this::bodyByItsNoun)) {
            return Entity.Type.ORGANIZATION;
        }
        if (words.size() == 1 && (possessiveOrSpeaker || g.mentions.size() > 1)) {
            return Entity.Type.ORGANIZATION;
        }
        return Entity.Type.OTHER;
    }

    /**
     * "HDT Védelmi Ipari Kft.", "Siemens AG": a company by the legal form its name ends with; not "New York AG" (a
     * place's attorney general).
     */
    private static boolean legalForm(Group g) {
        List<String> w = g.words();
        return w.size() >= 2 && Lexicon.LEGAL_SUFFIXES.contains(g.last())
                && !Lexicon.isPlace(String.join(" ", w.subList(0, w.size() - 1)));
    }

    /** Nouns for a business that a name may stand before: "the Fine Arts Auction Miami art house". */
    private static final java.util.regex.Pattern BUSINESS_NOUN = java.util.regex.Pattern.compile("house|firm|company"
            + "|gallery|chain|label|group|agency|bank|brand|retailer|publisher|studio");

    /**
     * "the owner of the Fine Arts Auction Miami art house": a name used as the modifier of a business's noun, when
     * some word of it is a place's or a body's, as no person's name has ("the Kim Lee fashion brand" stays untyped).
     */
    private boolean bodyByItsNoun(Mention m) {
        List<Token> t = sentences.get(m.sentence()).tokens();
        if (m.from() < 1 || !t.get(m.from() - 1).is("the") || m.name().split("\\s+").length < 2
                || List.of(m.name().split("\\s+")).stream().allMatch(EntityFinder::noBodyOrPlaceWord)) {
            return false;
        }
        int k = m.to();
        while (k < t.size() && t.get(k).tag().startsWith("NN") && !t.get(k).isCapitalised() && k - m.to() < 3) {
            k++;
        }
        return k > m.to() && BUSINESS_NOUN.matcher(t.get(k - 1).text()).matches();
    }

    /** People are not "the Jane Doe": a name after "the" is a body, a team or a thing. */
    private boolean afterThe(Mention m) {
        List<Token> t = sentences.get(m.sentence()).tokens();
        Group g = groupOf.get(m);
        boolean attributive = m.to() < t.size() && t.get(m.to()).tag().startsWith("NN")
                && !t.get(m.to()).isCapitalised(); // "the Maduro regime", "the Trump administration"
        return m.from() > 0 && t.get(m.from() - 1).is("the") && m.nameFrom() == m.from() && !attributive
                && g != null && m.name().equals(g.name) && !Lexicon.isTitle(t.get(m.from()).text());
    }

    private boolean endsInPluralProperNoun(Mention m) {
        return sentences.get(m.sentence()).tokens().get(m.to() - 1).tag().equals("NNPS");
    }

    /**
     * "the city of São Paulo", "the Spanish island of Majorca", "São Paulo, Brazil", "in Kutama, Zimbabwe", "the
     * capital, San Juan,".
     */
    private boolean placeContext(Mention m) {
        List<Token> t = sentences.get(m.sentence()).tokens();
        boolean cityOf = m.from() >= 2 && t.get(m.from() - 1).is("of")
                && t.get(m.from() - 2).text().matches("(?i)city|town|village|province|region|state|county|capital"
                + "|island|isle|port|suburb|district|municipality|borough|archipelago|neighbou?rhood");
        boolean commaPlace = m.to() + 1 < t.size() && t.get(m.to()).text().equals(",")
                && Lexicon.isPlace(t.get(m.to() + 1).text());
        return cityOf || commaPlace || capitalNamed(t, m);
    }

    /**
     * "protests in the capital, San Juan, over ...", "the Venezuelan capital, Caracas.": a capital city named after
     * its noun; not "more capital, Smith said" (money, and a speaker), so a determiner or a possessive comes first.
     */
    private static boolean capitalNamed(List<Token> t, Mention m) {
        int c = m.from() - 2;
        if (c < 1 || !t.get(m.from() - 1).text().equals(",") || !t.get(c).is("capital")) {
            return false;
        }
        boolean determined = t.get(c - 1).text().matches("(?i)the|its|their|his|her|'s|’s")
                || c >= 2 && t.get(c - 1).isCapitalised() && t.get(c - 2).is("the"); // "the Venezuelan capital"
        boolean ends = m.to() >= t.size() || t.get(m.to()).text().matches("[,.;:)]");
        return determined && ends;
    }

    /**
     * "a court in Multan", "arrested in Lahore": a name after "in" where people and things are found or held; not
     * "a meeting in Putin's office", "killed in Hurricane Dorian". Weaker than any sign of a person or a body.
     */
    private boolean located(Mention m) {
        List<Token> t = sentences.get(m.sentence()).tokens();
        return m.from() >= 2 && t.get(m.from() - 1).is("in") && m.to() - m.from() <= 2
                && (LOCATED.matcher(t.get(m.from() - 2).text()).matches() || journeyEnd(t, m.from() - 1))
                && !(m.to() < t.size() && t.get(m.to()).plain().matches("'s|'"))
                && !t.get(m.from()).text().matches("Hurricane|Storm|Typhoon|Cyclone|Tropical|Operation|Project");
    }

    /**
     * "The flight started at 8:17 a.m. local time (0617 UTC) in Sangatte": where a journey begins or ends, past a time
     * said between. "started" and "finished" only with a journey as their subject: "he started in Formula One".
     */
    private static boolean journeyEnd(List<Token> t, int in) {
        int k = in - 1;
        while (k > 0 && (t.get(k).text().matches("(?i)\\d[\\d:.]*|a\\.m\\.|p\\.m\\.|am|pm|local|time|[()]|utc|gmt|at|on"
                + "|morning|afternoon|evening|night|about|around")
                || Lexicon.WEEKDAYS.contains(t.get(k).text().toLowerCase(Locale.ROOT)))) {
            k--;
        }
        String verb = t.get(k).text().toLowerCase(Locale.ROOT);
        if (verb.equals("off") && k > 0 && t.get(k - 1).text().matches("(?i)took|set")
                || verb.matches("departed|landed|arrived|docked|touched")) {
            return true;
        }
        if (!verb.matches("started|began|finished|ended|ends|starts|begins|finishes")) {
            return false;
        }
        // the journey may be the subject of an earlier verb: "The flight started ... and finished in Dover"
        for (int j = k - 1; j >= 0 && !t.get(j).text().matches("[;:]"); j--) {
            if (t.get(j).text().matches("(?i)flight|flights|race|journey|trip|march|voyage|crossing|tour|parade"
                    + "|procession|walk|ride|route|relay|expedition|cruise")) {
                return true;
            }
        }
        return false;
    }

    /** Nouns and verbs after which "in" + a name says where. */
    private static final java.util.regex.Pattern LOCATED = java.util.regex.Pattern.compile("(?i)court|hospital|prison"
            + "|jail|school|office|offices|home|hotel|rally|protests?|ceremony|meeting|summit|born|died|lived|lives"
            + "|live|based|arrested|killed|located|buried|raised|headquartered|stationed|residents?|police"
            + "|authorities|landed|arrived|stranded|detained|hospitalized|hospitalised|sentenced|tried|jailed");

    /**
     * "the duo of Didier Queloz and Michel Mayor": a name of a person's shape (two to four capitalised words, none
     * of a body's or a place's) listed beside a person is a person.
     */
    private boolean listedWithAPerson(Group g) {
        List<String> words = g.words();
        if (words.size() < 2 || words.size() > 4 || !words.stream().allMatch(w -> w.matches("\\p{Lu}[\\p{L}'’-]*"))
                || !words.stream().allMatch(EntityFinder::noBodyOrPlaceWord)) {
            return false;
        }
        for (Mention m : g.mentions) {
            List<Token> t = sentences.get(m.sentence()).tokens();
            for (Mention o : mentionsBySentence.getOrDefault(m.sentence(), List.of())) {
                Group other = groupOf.get(o);
                if (other == null || other == g || other.type != Entity.Type.PERSON) {
                    continue;
                }
                // "the duo of A and B": a pair joined by "and" inside a longer list is rarer than "Greta Thunberg,
                // Extinction Rebellion and ...", where a comma joins a person to a body
                boolean pair = (o.to() == m.from() - 1 || m.to() == o.from() - 1)
                        && t.get(Math.min(o.to(), m.to())).text().equals("and")
                        && !(Math.min(o.from(), m.from()) > 0 && t.get(Math.min(o.from(), m.from()) - 1).text().equals(","))
                        && !(Math.max(o.to(), m.to()) < t.size() && t.get(Math.max(o.to(), m.to())).text().matches(",|and"));
                boolean before = pair && o.to() == m.from() - 1;
                boolean after = pair && m.to() == o.from() - 1;
                if (before || after) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Nouns for people who may share one surname: "the brothers Tomasz and Marek Sekielski". */
    private static final java.util.regex.Pattern KIN = java.util.regex.Pattern.compile("(?i)brothers|sisters"
            + "|siblings|twins|couple|spouses|cousins|parents");

    /**
     * "a documentary by Tomasz and Marek Sekielski" beside "Tomasz Sekielski's film", or "the brothers Tomasz and
     * Marek Sekielski": two first names share the surname after the second, so the second is a person too.
     */
    private boolean sharedSurname(Group g) {
        List<String> words = g.words();
        if (words.size() != 2 || !words.stream().allMatch(w -> w.matches("\\p{Lu}\\p{Ll}[\\p{L}'’-]*")
                && noBodyOrPlaceWord(w) && !Lexicon.isTitle(w))) {
            return false;
        }
        for (Mention m : g.mentions) {
            List<Token> t = sentences.get(m.sentence()).tokens();
            if (m.from() < 2 || !t.get(m.from() - 1).is("and")) {
                continue;
            }
            String first = t.get(m.from() - 2).text();
            if (!first.matches("\\p{Lu}\\p{Ll}+") || !noBodyOrPlaceWord(first) || Lexicon.isTitle(first)) {
                continue;
            }
            String sibling = first + " " + g.last();
            boolean kin = m.from() >= 3 && KIN.matcher(t.get(m.from() - 3).text()).matches();
            if (kin || groups.stream().anyMatch(o -> o.type == Entity.Type.PERSON && (o.name.equals(sibling)
                    || o.aliases.contains(sibling)))) {
                return true;
            }
        }
        return false;
    }

    /** ", aged 28": an age follows people (not "(4)", a party's seats). */
    private boolean followedByAge(Mention m) {
        List<Token> t = sentences.get(m.sentence()).tokens();
        return m.to() + 2 < t.size() && t.get(m.to()).text().equals(",") && t.get(m.to() + 1).is("aged")
                && t.get(m.to() + 2).text().matches("\\d{1,3}");
    }

    /** "Thirteen-year-old Bennett", "the 18-year-old Ana Lima": only people are given an age before their name. */
    private boolean precededByAge(Mention m) {
        List<Token> t = sentences.get(m.sentence()).tokens();
        return m.from() > 0 && t.get(m.from() - 1).text().matches("(?i)[\\p{L}\\d]+-years?-old");
    }

    /** "Kevin McCarthy, who held the post": "who" follows people. */
    private boolean followedByWho(Mention m) {
        List<Token> t = sentences.get(m.sentence()).tokens();
        return m.to() + 1 < t.size() && t.get(m.to()).text().equals(",") && t.get(m.to() + 1).is("who");
    }

    /** "Grace Mugabe" beside "Robert Mugabe": a relative shares the surname. */
    private boolean sharesSurnameWithAPerson(Group g) {
        return g.words().size() == 2 && groups.stream().anyMatch(o -> o != g && o.words().size() >= 2
                && o.last().equals(g.last()) && o.personEvidence);
    }

    private boolean followedBySpeechOrPossessive(Mention m) {
        List<Token> t = sentences.get(m.sentence()).tokens();
        return m.to() < t.size() && (Lexicon.isReportingVerb(t.get(m.to()).text())
                || t.get(m.to()).plain().equals("'s") || t.get(m.to()).text().equals(",")
                && m.to() + 1 < t.size() && t.get(m.to() + 1).tag().equals("DT"));
    }

    /** Appositives ("Rostec, a Russian state defense contractor") and role nouns ("law firm Sidley Austin"). */
    private void findRoles(Group g) {
        for (Mention m : g.mentions) {
            TaggedSentence ts = sentences.get(m.sentence());
            List<Token> t = ts.tokens();
            // after: ", a politician in Austria," / ", director of the Korea program at the Wilson Center."
            int after = m.to();
            if (after + 2 < t.size() && t.get(after).text().equals("(") && t.get(after + 2).text().equals(")")) {
                after += 3; // "The Regional Transit Authority (RTA), a public transport agency,"
            }
            if (after + 1 < t.size() && t.get(after).text().equals(",")) {
                int k = after + 1;
                Token first = t.get(k);
                boolean opens = first.tag().equals("DT") && !first.is("that") && !first.is("which")
                        || first.tag().startsWith("NN") && !first.isCapitalised()
                        || first.is("former") || first.is("then") || first.tag().startsWith("JJ") && !first.isCapitalised();
                if (opens) {
                    int end = k;
                    while (end < t.size() && !t.get(end).text().matches("[,.;:—–\"“”()]") && end - k < 16
                            && !t.get(end).tag().startsWith("VB") && !t.get(end).tag().equals("MD")) {
                        end++;
                    }
                    if (end > k + 1 && end < t.size() && t.get(end).text().matches("[,.;:)]")
                            && t.subList(k, end).stream().anyMatch(x -> x.tag().startsWith("NN"))) {
                        g.roles.add(ts.span(k, end));
                    }
                }
            }
            // what the name became: "Japan becomes the first Asian country to name an element"
            int p = m.to();
            if (p + 1 < t.size() && t.get(p).text().matches("(?i)has|have|had") && t.get(p + 1).is("become")) {
                p++;
            }
            if (p + 3 < t.size() && t.get(p).text().matches("(?i)becomes?|became|is|was|remains|remained")
                    && t.get(p + 1).is("the") && t.get(p + 2).text().matches("(?i)first|only|last|youngest|oldest")) {
                int end = p + 1;
                while (end < t.size() && !t.get(end).text().matches("[,.;:—–\"“”()]") && end - p < 16) {
                    end++;
                }
                if (end - p >= 5 && end < t.size() && t.get(end).text().matches("[,.;:]")) {
                    g.roles.add(ts.span(p + 1, end));
                }
            }
            // before: "A Russian state defense contractor, Rostec," at the start of a clause
            if (m.from() >= 3 && t.get(m.from() - 1).text().equals(",")) {
                int k = m.from() - 2;
                while (k > 0 && !t.get(k - 1).text().matches("[,.;:\"“”]") && m.from() - k < 10) {
                    k--;
                }
                if (k == 0 && t.get(0).tag().equals("DT") && t.get(m.from() - 2).tag().startsWith("NN")
                        && !t.get(m.from() - 2).isCapitalised()) {
                    g.roles.add(ts.span(0, m.from() - 1));
                    typeByRoleNoun(g, t.get(m.from() - 2).text()); // "A Russian state defense contractor, Rostec"
                } else if (t.get(m.from() - 2).tag().startsWith("NN") && !t.get(m.from() - 2).isCapitalised()) {
                    // "favorable to the plaintiff, Eva ...", "Mahan's director, Hamid ...": the noun phrase before
                    int np = m.from() - 2;
                    while (np > 0 && (t.get(np - 1).tag().matches("NN|NNS|JJ") && !t.get(np - 1).isCapitalised())) {
                        np--;
                    }
                    boolean determiner = np > 0 && t.get(np - 1).tag().equals("DT")
                            && !(np > 1 && t.get(np - 2).tag().equals("IN")) // not "in the day, Trump"
                            && !(np > 2 && t.get(np - 3).is("according")); // not "According to the filing, Ford"
                    boolean possessor = np > 1 && (t.get(np - 1).plain().equals("'s") || t.get(np - 1).plain().equals("'"))
                            && t.get(np - 2).isCapitalised() // "Mahan's director", "The Sliders' owner"
                            // not "Since Baloch's death, Pakistan's laws": a time or a reason, and no apposition
                            && !(np > 2 && t.get(np - 3).tag().equals("IN"))
                            && !(m.to() < t.size() && t.get(m.to()).plain().equals("'s"));
                    if (determiner || possessor) {
                        g.roles.add(ts.span(np - (determiner ? 1 : 2), m.from() - 1));
                        typeByRoleNoun(g, t.get(m.from() - 2).text());
                    } else if (np > 0 && t.get(np - 1).tag().equals("CD") && PEOPLE_PLURAL.matcher(
                            t.get(m.from() - 2).text()).matches()) {
                        // "two astronauts, Doug Hurley and ...": people, though no one role of either alone
                        typeByRoleNoun(g, t.get(m.from() - 2).text());
                    }
                }
            }
            if (g.type == Entity.Type.OTHER && (publicationNamed(t, m) || calledAfterABodysNoun(t, m)
                    || publishedIn(t, m))) {
                g.type = Entity.Type.ORGANIZATION;
            }
            // just before, lower case: "fashion designer Tim Gunn", "law firm Sidley Austin"
            int k = m.from();
            while (k > 0 && m.from() - k < 3 && (t.get(k - 1).tag().startsWith("NN") || t.get(k - 1).tag()
                    .startsWith("JJ") && k < m.from()) && !t.get(k - 1).isCapitalised()) {
                k--;
            }
            boolean determined = k > 0 && t.get(k - 1).tag().equals("DT"); // "the last contract Rostec fulfilled"
            if (k < m.from() && !determined && t.get(m.from() - 1).tag().startsWith("NN") && !t.get(m.from() - 1).isCapitalised()
                    && !Lexicon.GROUP_SPEAKERS.contains(t.get(m.from() - 1).text())) {
                String role = ts.span(k, m.from());
                g.roles.add(role);
                if (ROLE_NOUNS_FOR_ORGS.contains(t.get(m.from() - 1).text().toLowerCase(Locale.ROOT))) {
                    g.type = Entity.Type.ORGANIZATION;
                } else if (g.type == Entity.Type.OTHER && g.words().size() >= 2 && g.words().size() <= 3) {
                    g.type = Entity.Type.PERSON; // "fashion designer Tim Gunn", "drummer Mickey Hart"
                }
            }
        }
    }

    /** Publishers and sites a story names by their kind: "the journal Animal Behaviour", "the website Reddit". */
    private static final String PUBLICATION = "(?i)journal|magazine|newspaper|website|site|blog|app";

    /**
     * "in the journal Animal Behaviour", "the peer-reviewed journal Cell Systems": a journal, a paper or a site named
     * after its kind (with a determiner, which the role rule below leaves out: "the last contract Rostec fulfilled").
     */
    private static boolean publicationNamed(List<Token> t, Mention m) {
        int k = m.from() - 1;
        return k >= 1 && t.get(k).text().matches(PUBLICATION) && (t.get(k - 1).tag().equals("DT")
                || k >= 2 && t.get(k - 1).tag().startsWith("JJ") && t.get(k - 2).tag().equals("DT"));
    }

    /** 'a website known as "Welcome To Video"', "a company called Zeno": named after a body's noun. */
    private static boolean calledAfterABodysNoun(List<Token> t, Mention m) {
        int k = m.from() - 1;
        if (k >= 0 && t.get(k).text().matches("[\"“‘']")) {
            k--;
        }
        int noun = k >= 1 && t.get(k).is("as") && t.get(k - 1).is("known") ? k - 2
                : k >= 0 && t.get(k).text().matches("called|named") ? k - 1 : -1;
        // "The party named Jane Holt as its candidate": a verb naming someone to a post, no body called so
        boolean appointed = m.to() < t.size() && t.get(m.to()).is("as") && t.get(k).is("named");
        return noun >= 0 && !appointed && (ROLE_NOUNS_FOR_ORGS.contains(t.get(noun).text().toLowerCase(Locale.ROOT))
                || t.get(noun).text().matches(PUBLICATION));
    }

    /**
     * "In findings published on Wednesday in Science Advances": where research is published is a journal; not a
     * place ("published in Kenya"), and only beside research words, not "a book published in Port Moresby".
     */
    private static boolean publishedIn(List<Token> t, Mention m) {
        int k = m.from() - 1;
        if (k < 1 || !t.get(k).is("in") || Lexicon.isPlace(m.name())
                || Lexicon.PLACE_WORDS.contains(m.name().substring(m.name().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        k--;
        // "published on Wednesday in", "published online last week in"
        while (k > 0 && m.from() - k < 6 && (t.get(k).text().matches("(?i)on|online|last|this|week|month|today|yesterday")
                || Lexicon.WEEKDAYS.contains(t.get(k).text().toLowerCase(Locale.ROOT)))) {
            k--;
        }
        if (!t.get(k).is("published")) {
            return false;
        }
        return t.stream().anyMatch(x -> x.text().matches("(?i)study|studies|findings|research|paper|researchers"
                + "|scientists|results|analysis"));
    }

    /** A name the quotes found speaking is a person when it has a person's shape: "Steve Peers of ... said". */
    void markSpeakers(List<Quote> quotes) {
        for (Quote q : quotes) {
            for (Group g : groups) {
                if (g.name.equals(q.speaker()) && g.type == Entity.Type.OTHER && g.personShaped()) {
                    g.type = Entity.Type.PERSON;
                }
            }
        }
    }

    /** A role noun says what kind of thing an untyped name is: "the team, the Sliders"; "the owner, Thomas Reed". */
    private static void typeByRoleNoun(Group g, String noun) {
        if (g.type != Entity.Type.OTHER) {
            return;
        }
        if (ROLE_NOUNS_FOR_ORGS.contains(noun.toLowerCase(Locale.ROOT))) {
            g.type = Entity.Type.ORGANIZATION;
        } else if (g.words().size() >= 2 && g.words().size() <= 4) {
            g.type = Entity.Type.PERSON;
        }
    }

    /** Finished entities in order of first mention. */
    List<Entity> entities() {
        List<Entity> out = new ArrayList<>();
        for (Group g : groups) {
            Mention first = g.mentions.get(0);
            List<String> roles = new ArrayList<>(g.roles);
            out.add(new Entity(g.name, g.type, new ArrayList<>(g.aliases), roles, g.mentions.size(),
                    Evidence.of(sentences.get(first.sentence()).sentence())));
        }
        out.sort((a, b) -> Integer.compare(a.evidence().spans().get(0)[0], b.evidence().spans().get(0)[0]));
        return out;
    }

    /** The group whose name, alias or surname is {@code text}; null when none. */
    Group lookup(String text) {
        String name = text.replaceAll("[’']s$", "").strip();
        for (Group g : groups) {
            if (g.name.equalsIgnoreCase(name) || g.aliases.stream().anyMatch(a -> a.equalsIgnoreCase(name))) {
                return g;
            }
        }
        return null;
    }

    /** The person or body that a role noun phrase names: "the president", "the foreign ministry". */
    Group byRole(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an)\\s+", "").strip();
        if (p.isEmpty()) {
            return null;
        }
        Group best = null;
        for (Group g : groups) {
            for (String role : g.roles) {
                String r = role.toLowerCase(Locale.ROOT);
                if ((r.equals(p) || r.endsWith(" " + p)) && (best == null || g.mentions.size() > best.mentions.size())) {
                    best = g;
                }
            }
        }
        return best;
    }
}
