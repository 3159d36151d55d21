package newsquiz.facts;

import java.util.List;
import java.util.Locale;
import newsquiz.facts.EntityFinder.Group;
import newsquiz.nlp.Token;

/**
 * Whether an entity is a person, a body, a place or another thing, from the evidence of its name and the article's
 * usage: word lists ({@link Lexicon}), the words around its mentions ("the city of", ", who", ", aged 28", "a court
 * in"), and the entities beside it ("the duo of Didier Queloz and Michel Mayor", "Tomasz and Marek Sekielski"). It
 * changes no entity: {@link EntityFinder} sets the types it gives.
 */
final class EntityTyping {
    private final List<TaggedSentence> sentences;
    /** The entities found so far, read only: their names, mentions and the types already given. */
    private final EntityFinder entities;

    EntityTyping(List<TaggedSentence> sentences, EntityFinder entities) {
        this.sentences = sentences;
        this.entities = entities;
    }

    /** Not a word of a body's or a place's name ("Academy", "Paris", "River"), as a person's name is made of. */
    static boolean noBodyOrPlaceWord(String w) {
        return !Lexicon.isOrganizationWord(w) && !Lexicon.isPlace(w) && !Lexicon.PLACE_WORDS.contains(w.toLowerCase(Locale.ROOT));
    }

    Entity.Type classify(Group g) {
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
                && !NameGrouping.isAcronymOf(a, g.name));
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
                || List.of(m.name().split("\\s+")).stream().allMatch(EntityTyping::noBodyOrPlaceWord)) {
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
        Group g = entities.groupOf.get(m);
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
                && t.get(m.from() - 2).text().matches("(?i)" + KINDS_OF_PLACE);
        boolean commaPlace = m.to() + 1 < t.size() && t.get(m.to()).text().equals(",")
                && Lexicon.isPlace(t.get(m.to() + 1).text());
        return cityOf || commaPlace || capitalNamed(t, m) || placeAppositive(t, m);
    }

    /**
     * "Magnitogorsk, a city in the Ural region", "Ashford, a small market town near ...": an appositive saying what
     * kind of place the name is; not "Lima, the town's mayor" (a person the place's noun belongs to).
     */
    private static boolean placeAppositive(List<Token> t, Mention m) {
        int at = m.to();
        if (at + 2 >= t.size() || !t.get(at).text().equals(",") || !t.get(at + 1).text().matches("(?i)a|an|the")) {
            return false;
        }
        for (int i = at + 2; i < Math.min(t.size(), at + 5); i++) {
            // "Daesh, the Islamic State, ...": a capitalised noun is a name's word, not the kind of place
            if (PLACE_NOUN.matcher(t.get(i).text()).matches() && !t.get(i).isCapitalised()) {
                return i + 1 >= t.size() || t.get(i + 1).text().matches("(?i)in|of|on|near|north|south|east|west"
                        + "|along|[,.;:)]");
            }
        }
        return false;
    }

    /** The nouns that say what kind of place a name is: "the city of ...", "..., a town near ...". */
    private static final String KINDS_OF_PLACE = "city|town|village|province|region|state|county|capital|island|isle"
            + "|port|suburb|district|municipality|borough|archipelago|neighbou?rhood";
    private static final java.util.regex.Pattern PLACE_NOUN = java.util.regex.Pattern.compile("(?i)" + KINDS_OF_PLACE
            + "|country|nation|territory");

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
    boolean listedWithAPerson(Group g) {
        List<String> words = g.words();
        if (words.size() < 2 || words.size() > 4 || !words.stream().allMatch(w -> w.matches("\\p{Lu}[\\p{L}'’-]*"))
                || !words.stream().allMatch(EntityTyping::noBodyOrPlaceWord)) {
            return false;
        }
        for (Mention m : g.mentions) {
            List<Token> t = sentences.get(m.sentence()).tokens();
            for (Mention o : entities.mentionsBySentence.getOrDefault(m.sentence(), List.of())) {
                Group other = entities.groupOf.get(o);
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
    boolean sharedSurname(Group g) {
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
            if (kin || entities.groups.stream().anyMatch(o -> o.type == Entity.Type.PERSON && (o.name.equals(sibling)
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
        return g.words().size() == 2 && entities.groups.stream().anyMatch(o -> o != g && o.words().size() >= 2
                && o.last().equals(g.last()) && o.personEvidence);
    }

    private boolean followedBySpeechOrPossessive(Mention m) {
        List<Token> t = sentences.get(m.sentence()).tokens();
        return m.to() < t.size() && (Lexicon.isReportingVerb(t.get(m.to()).text())
                || t.get(m.to()).plain().equals("'s") || t.get(m.to()).text().equals(",")
                && m.to() + 1 < t.size() && t.get(m.to() + 1).tag().equals("DT"));
    }
}
