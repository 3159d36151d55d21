package newsquiz.facts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsquiz.article.Section;
import newsquiz.facts.EntityFinder.Group;
import newsquiz.nlp.Token;

/**
 * Which entity each name is: the article's own repeated mentions group one entity's names ("Mike Pompeo" ...
 * "Pompeo", "Ford Motor Company" ... "Ford", a bracketed acronym, a first surname, a first name used alone, a
 * nickname), two names given as one ("G7, or the Group of Seven,") become one entity, and headline words link to
 * names known from the body.
 */
final class NameGrouping {
    private final List<TaggedSentence> sentences;
    private final List<Group> groups;
    private final Map<Integer, List<Mention>> mentionsBySentence;
    private final Map<Mention, Group> groupOf;

    NameGrouping(List<TaggedSentence> sentences, List<Group> groups, Map<Integer, List<Mention>> mentionsBySentence,
            Map<Mention, Group> groupOf) {
        this.sentences = sentences;
        this.groups = groups;
        this.mentionsBySentence = mentionsBySentence;
        this.groupOf = groupOf;
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
                && EntityTyping.noBodyOrPlaceWord(w));
    }

    /** "G7, or the Group of Seven," and "X Kft. (X Limited)" name one thing twice: the two groups become one. */
    void mergeOrNames() {
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
    void linkHeadlineMentions() {
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

    void group(Mention m) {
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
}
