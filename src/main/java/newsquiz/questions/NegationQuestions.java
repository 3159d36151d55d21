package newsquiz.questions;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import newsquiz.article.QuoteMarks;
import newsquiz.article.Section;
import newsquiz.article.Sentence;
import newsquiz.facts.Evidence;
import newsquiz.facts.Lexicon;
import newsquiz.nlp.Tagger;
import newsquiz.nlp.Token;

/**
 * "True or false, according to the article: The court's decision can be appealed.": the article's own plain
 * statement, as written or with its auxiliary's "not" taken out or put in. A statement turned round is plainly false by
 * the article and reads as naturally as the true one, so it asks what the story says happened or holds (a ruling that
 * cannot be appealed, an airline that is privately owned) where a cloze asks a single word of it. Only the
 * narrator's own statements are asked (no quotation, no reported claim, no pronoun for a subject), each of a
 * sentence short enough to stand alone.
 */
final class NegationQuestions {
    private final QuestionGenerator g;
    private final Tagger tagger = new Tagger();

    NegationQuestions(QuestionGenerator g) {
        this.g = g;
    }

    void statements() {
        // a quotation's later sentences carry no marks of their own: the speaker's words, not the article's; so no
        // sentence inside an open quotation is taken, whoever the speaker is
        Set<String> quoted = new java.util.HashSet<>();
        g.facts.quotes().forEach(q -> quoted.addAll(q.evidence().sentences()));
        Set<Sentence> quoting = insideQuotations(g.facts.article().sentences());
        Set<String> headline = g.facts.article().headline() == null ? Set.of()
                : Choices.words(g.facts.article().headline());
        for (Sentence s : g.facts.article().factSentences()) {
            if (s.section() != Section.BODY || quoted.contains(s.text()) || quoting.contains(s)) {
                continue;
            }
            String statement = s.text().strip();
            if (!statement.endsWith(".") || statement.split("\\s+").length > MAX_WORDS
                    || UNSTATED.matcher(statement).find()
                    || g.headlineOverlap(statement) >= HEADLINE_SHARE) {
                continue;
            }
            // "Teammate Ana Ruiz did not finish ...", "Meanwhile, a second plan ...": read without the sentence
            // before it, as a statement is (one opening "But" or "And" is refused above, as unstated)
            statement = QuestionText.standingAlone(statement.substring(0, statement.length() - 1));
            if (statement == null) {
                continue;
            }
            List<Token> tokens = tagger.tag(statement, 0);
            String turned = turned(tokens, statement);
            if (turned == null || !namesItsSubject(tokens, headline)) {
                continue;
            }
            boolean truth = g.randomFor(statement).nextBoolean();
            if (turned.length() > statement.length() && turned.split("\\s+").length > MAX_NEGATED_WORDS) {
                // "Previous pods have not relied on the station's own arm to take hold of them": a long statement
                // with a "not" put in reads awkwardly, and teachers struck 2 of 2; it is not asked either way, or
                // every long statement shown would be true
                continue;
            }
            String prompt = "True or false, according to the article: " + (truth ? statement : turned) + ".";
            Evidence evidence = Evidence.of(s);
            g.add(new Question(null, "true_false", "statement", prompt, List.of("True", "False"), truth, List.of(),
                    null, evidence.sentences(), evidence.spans(), 1, 2.0 + g.prominence(evidence),
                    (truth ? "True. " : "False. ") + "The article says: " + s.text().strip()));
        }
    }

    /**
     * The sentences that open inside a quotation ("“We have never seen it,” said a witness. “The bridge was damaged.
     * The council has ordered an inspection.”": the second and third), counting its marks through each paragraph.
     */
    static Set<Sentence> insideQuotations(List<Sentence> sentences) {
        return insideQuotations(sentences, openedBefore(sentences));
    }

    /** As {@link #insideQuotations(List)}, from the sentences {@link #openedBefore} found already. */
    static Set<Sentence> insideQuotations(List<Sentence> sentences, Set<Sentence> opened) {
        Set<Sentence> inside = new java.util.HashSet<>(opened);
        // a quotation in single marks opens a word ("'I was at home,' Jones told the court. 'I had been ill.'"): its
        // paragraph is the speaker's, as far as marks can tell
        Set<Integer> paragraphsQuotingSingly = new java.util.HashSet<>();
        sentences.stream().filter(s -> SINGLE_QUOTE.matcher(s.text()).find())
                .forEach(s -> paragraphsQuotingSingly.add(s.paragraph()));
        sentences.stream().filter(s -> paragraphsQuotingSingly.contains(s.paragraph())).forEach(inside::add);
        return inside;
    }

    /**
     * The sentences that open inside a quotation in double marks, counting its marks through each paragraph (a
     * quotation's later sentences carry no marks of their own).
     */
    static Set<Sentence> openedBefore(List<Sentence> sentences) {
        Set<Sentence> inside = new java.util.HashSet<>();
        boolean open = false;
        int paragraph = -1;
        for (Sentence s : sentences) {
            if (s.paragraph() != paragraph) {
                // a quotation running on opens its next paragraph with a mark of its own, which is counted below
                open = false;
                paragraph = s.paragraph();
            }
            if (open) {
                inside.add(s);
            }
            open = QuoteMarks.openAfter(s.text(), 0, s.text().length(), open);
        }
        return inside;
    }

    /** A single mark opening a quotation: at the start or after a space, before a letter ("'I was", "‘The"). */
    private static final Pattern SINGLE_QUOTE = Pattern.compile("(?:^|\\s)['‘]\\p{L}");

    /**
     * A subject that names what it is about: a name in it ("Kosgei", "The Leeds council"), or a noun the headline
     * names ("The court's decision" under "Court says ..."); "The injured man", "The other passengers" and "The
     * company's shares" point back to sentences before.
     */
    private static boolean namesItsSubject(List<Token> t, Set<String> headline) {
        for (Token x : t) {
            if (x.tag().startsWith("VB") || x.tag().equals("MD")) {
                return false;
            }
            if (x.tag().startsWith("NNP") || x.tag().startsWith("NN")
                    && headline.contains(x.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Longer statements hold more than one claim, and a student cannot tell which one is turned. */
    private static final int MAX_WORDS = 24;
    /** The longest statement a "not" is put into: "Kosgei was not the defending champion" reads plainly. */
    private static final int MAX_NEGATED_WORDS = 14;
    /** A statement that mostly repeats the headline is answered by the quiz's title. */
    private static final double HEADLINE_SHARE = 0.5;

    /**
     * What is not the narrator's own plain statement: a quotation, a claim reported in someone's name, a question, a
     * hedge ("may", "reportedly"), first or second person, a bracket or a list.
     */
    private static final Pattern UNSTATED = Pattern.compile("(?i)[“”\"?():;]|^(and|but|or|so|yet)\\b"
            + "|\\bas well\\.?$|\\btoo\\.?$"
            + "|\\b(not|n't|never|no)\\b.*\\b(not|n't|never|no)\\b|\\b(said|says|say|told|tells|according"
            + "|reported|reportedly|claimed|claims|alleged|allegedly|believed|thought|expected|suggested|suggests"
            + "|appears?|seems?|may|might|could|would|should|if|unless|whether|i|we|you|our|my|your|me|us|also"
            + "|both|either|neither|only|except|than|same|understood|feared|estimated|likely|because|each|every"
            + "|nearly|almost|all|any|anyone|anything|ever|until|no|none|nothing|nobody|without|guilty|rarely|hardly"
            + "|seldom|but|while|whereas"
            // a judgement the article may hold but a statement of fact should not: "The regime is brutal."
            + "|brutal|corrupt|lies|hero|heroic|terrorists?|evil|illegitimate|dictator|regime|disgraceful|shameful"
            + "|unknown|unclear|unbeaten|unable|unlikely|unusual|unharmed|unhurt|unaware|unsuccessful|unchanged)\\b");

    /** Auxiliaries whose "not" can be taken out or put in without any other word changing. */
    private static final Set<String> AUXILIARY = Set.of("is", "are", "was", "were", "has", "have", "had", "can",
            "must");
    /** After "not", words that make a turned statement odd or still true: "not only", "not yet", "not all". */
    private static final Pattern NOT_BEFORE = Pattern.compile("(?i)only|just|yet|even|all|always|necessarily|least"
            + "|quite|much|until|because|so|as|enough|very|too|clear|sure|known");
    /** After a bare auxiliary, words a "not" would make odd: "is also", "has to", "was still". */
    private static final Pattern NO_NOT_BEFORE = Pattern.compile("(?i)also|still|already|now|never|no|not|n't|yet"
            + "|just|due|to|about|likely|unlikely|set|expected|one|among|home|there|here|more|less|over|under"
            + "|up|down|back|out|off|in|on|at|by|for|from|with|without|into|ever|often|always|usually|once|again");

    /**
     * The statement turned round: "cannot" to "can", "was not" to "was", "is" to "is not". Null when its subject is
     * no noun phrase of its own (a pronoun, "This", "There"), or its first verb is no auxiliary that takes "not".
     */
    static String turned(List<Token> t, String text) {
        int aux = -1;
        for (int k = 0; k < t.size(); k++) {
            String tag = t.get(k).tag();
            String w = t.get(k).text().toLowerCase(Locale.ROOT);
            if (tag.startsWith("VB") || tag.equals("MD")) {
                aux = (AUXILIARY.contains(w) || w.equals("cannot")) && k > 0 ? k : -1;
                if (aux < 0 && k > 0) {
                    return doSupported(t, text, k);
                }
                break;
            }
            if (!tag.matches("NN.*|DT|JJ.*|CD|POS|PRP\\$") && !(tag.equals("IN") && w.equals("of"))
                    && !(tag.equals("CC") && w.equals("and"))) {
                return null; // a clause, a comma or a pronoun before the verb: no plain subject
            }
        }
        if (aux < 0 || aux + 1 >= t.size() || !hasNoun(t, aux) || NOT_A_SUBJECT.matcher(t.get(0).text()).matches()) {
            return null;
        }
        Token verb = t.get(aux);
        Token next = t.get(aux + 1);
        String w = verb.text().toLowerCase(Locale.ROOT);
        if (t.subList(0, aux).stream().anyMatch(x -> PART.matcher(x.text()).matches())) {
            return null; // "Half of the houses were not flooded", "A Leeds man has not been arrested": still true
        }
        boolean joined = false;
        for (int k = aux + 1; k < t.size(); k++) {
            // a report ("has promised each victim will ...", "..., Sanders added") is someone's claim; a second verb
            // joined on ("was briefed, and flew to ...", "was closed and the road was flooded") would stand
            // unturned beside the turned one
            boolean isVerb = t.get(k).tag().startsWith("VB");
            joined |= t.get(k).text().matches("(?i)and|or");
            if (isVerb && Lexicon.isReportingVerb(t.get(k).text())
                    || joined && t.get(k).tag().matches("VB[DZPN]?|MD")) {
                return null;
            }
        }
        if (w.matches("is|are") && t.stream().anyMatch(x -> x.tag().equals("JJS") || x.text().equalsIgnoreCase("most"))
                || aux + 2 == t.size() && next.tag().equals("CD")) {
            return null; // "Everest is the highest mountain": known without the article; "Mugabe was 95": no claim
        }
        if (w.matches("is|are") && t.stream().noneMatch(x -> x.tag().startsWith("NNP") || x.tag().equals("CD"))) {
            // "The atomic number is the number of protons ...": a general truth in the present, no news of the story
            return null;
        }
        int from = verb.start();
        if (w.equals("cannot")) {
            return aux + 1 < t.size() && t.get(aux + 1).tag().equals("VB") && !NOT_BEFORE.matcher(next.text()).matches()
                    ? text.substring(0, from) + casedLike(verb.text(), "can") + text.substring(verb.end()) : null;
        }
        if (next.text().equalsIgnoreCase("not")) {
            if (aux + 2 >= t.size() || NOT_BEFORE.matcher(t.get(aux + 2).text()).matches()) {
                return null;
            }
            return text.substring(0, verb.end()) + text.substring(next.end());
        }
        if (NO_NOT_BEFORE.matcher(next.text()).matches() || next.tag().equals("RB") && !next.text().endsWith("ly")) {
            return null;
        }
        // "has" and "had" take "not" only as helpers: "has not closed", never "has not a fleet"
        if (w.matches("has|have|had") && !next.tag().equals("VBN")) {
            return null;
        }
        if (w.matches("can|must") && !next.tag().equals("VB")) {
            return null;
        }
        if (w.equals("can")) {
            return text.substring(0, verb.start()) + casedLike(verb.text(), "cannot") + text.substring(verb.end());
        }
        return text.substring(0, verb.end()) + " not" + text.substring(verb.end());
    }

    /**
     * A statement whose verb is a single word in the past or the present turned with "did not" or "does not" and the
     * verb's base form: "The council closed the bridge" → "The council did not close the bridge". Only a single
     * clause is turned: no other verb of its own after it ("The man arrested on Monday was charged"), so the "not"
     * denies the one thing the sentence tells.
     */
    private static String doSupported(List<Token> t, String text, int k) {
        Token verb = t.get(k);
        String w = verb.text();
        if (!w.equals(w.toLowerCase(Locale.ROOT)) || k + 1 >= t.size() || !hasNoun(t, k)
                || NOT_A_SUBJECT.matcher(t.get(0).text()).matches()
                || t.subList(0, k).stream().anyMatch(x -> PART.matcher(x.text()).matches())) {
            return null;
        }
        if (t.get(k - 1).text().matches("['’]s") || t.get(k - 1).tag().equals("POS") || CAPTION_VERBS.contains(w)) {
            return null; // "The council's got a new leader"; a caption ("Boris Johnson pictured outside ...")
        }
        String base = verb.tag().equals("VBD") ? CauseQuestions.Verbs.surePastBase(w)
                : verb.tag().equals("VBZ") && !w.matches("is|has|does|was") ? CauseQuestions.Verbs.surePresentBase(w)
                : null;
        if (base == null || Lexicon.isReportingVerb(w) || NOT_BEFORE.matcher(t.get(k + 1).text()).matches()
                || NO_NOT_BEFORE.matcher(t.get(k + 1).text()).matches() && !t.get(k + 1).tag().startsWith("IN")
                && !t.get(k + 1).tag().equals("RP")) {
            return null;
        }
        for (int j = k + 1; j < t.size(); j++) {
            Token x = t.get(j);
            if (x.tag().matches("VB[DZP]|MD") || x.text().equals(",") || x.text().matches("(?i)and|or|who|which|that")
                    && j + 1 < t.size() && t.get(j + 1).tag().startsWith("VB")
                    || Lexicon.isReportingVerb(x.text()) && x.tag().startsWith("VB")) {
                return null;
            }
        }
        String helper = verb.tag().equals("VBD") ? "did not " : "does not ";
        return text.substring(0, verb.start()) + helper + base + text.substring(verb.end());
    }

    /** Verbs of a photo's caption, which state no deed: "Boris Johnson pictured outside Downing Street". */
    private static final Set<String> CAPTION_VERBS = Set.of("pictured", "seen", "shown", "photographed", "filmed");

    /**
     * A subject that names what it is about by itself: a name ("Kosgei", "The Federal Aviation Office"), or three words
     * or more ("The court's decision"); "The call", "The rest" and "Villagers" point back to sentences before. A count
     * ("Three people have not died") turned reads as other people.
     */
    private static boolean hasNoun(List<Token> t, int before) {
        List<Token> subject = t.subList(0, before);
        return subject.stream().anyMatch(x -> x.tag().startsWith("NN") && !Lexicon.isPeople(x.text()))
                && subject.stream().noneMatch(x -> x.tag().equals("CD"))
                && (subject.size() >= 3 || subject.stream().anyMatch(x -> x.tag().startsWith("NNP")));
    }

    /** A part or an unnamed one of a whole: "Half of", "Parts of", "Dozens of", "A Leeds man", "Some". */
    private static final Pattern PART = Pattern.compile("(?i)a|an|half|third|thirds|quarter|quarters|part|parts|dozens"
            + "|hundreds|thousands|millions|handful|few|number|majority|minority|rest|most|many|some|several|one"
            + "|percent|share|proportion|fraction|members?");

    /** Subjects that point elsewhere for what they are: "This", "These", "That", "Such", "Both", "Each", "His". */
    private static final Pattern NOT_A_SUBJECT = Pattern.compile("(?i)this|these|that|those|such|both|each|another"
            + "|other|some|many|most|several|few|all|his|her|its|their");

    private static String casedLike(String original, String replacement) {
        return Character.isUpperCase(original.charAt(0))
                ? Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1) : replacement;
    }
}
