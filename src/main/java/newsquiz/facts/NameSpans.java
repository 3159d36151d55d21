package newsquiz.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsquiz.nlp.Token;

/**
 * Where the names of a sentence stand: runs of capitalised words (from the tags), joined across "of", "and" or "&"
 * where a body's name goes on, titles split off ("Senate Majority Leader Mitch McConnell"), a name spelled out beside
 * its acronym, and words capitalised only because they open their sentence dropped.
 */
final class NameSpans {
    private static final Set<String> CONNECTORS = Set.of("of", "for", "de", "del", "da", "du", "von", "van", "al",
            "bin", "la", "le", "on", "to");

    private final List<TaggedSentence> sentences;
    private final Map<Integer, List<Mention>> mentionsBySentence;

    NameSpans(List<TaggedSentence> sentences, Map<Integer, List<Mention>> mentionsBySentence) {
        this.sentences = sentences;
        this.mentionsBySentence = mentionsBySentence;
    }

    /**
     * A word capitalised only because it opens its sentence is no name: "Sleep, she says, is ..." in an article that
     * writes "sleep" elsewhere, or an adverb opening a clause ("Unsurprisingly, the military ..."). A word of a
     * longer name stays when it opens or ends that name ("May said" beside "Theresa May", though the article writes
     * "may").
     */
    void dropCommonWordsAtSentenceStart(List<Mention> all) {
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

    /** A name after a capital "The" inside its sentence: a work's title ("’s The Sleep Revolution"). */
    private boolean titledWork(Mention m) {
        List<Token> t = sentences.get(m.sentence()).tokens();
        return m.from() >= 2 && t.get(m.from() - 1).text().equals("The");
    }

    /** The capitalised runs of one sentence, titles split off. */
    List<Mention> mentionsIn(int s) {
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
        return joined && NameGrouping.isAcronymOf(acronym, words.toString().strip());
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
}
