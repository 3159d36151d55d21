package newsquiz.questions;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
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
        // a quotation's later sentences carry no marks of their own: the speaker's words, not the article's
        Set<String> quoted = new java.util.HashSet<>();
        g.facts.quotes().forEach(q -> quoted.addAll(q.evidence().sentences()));
        for (Sentence s : g.facts.article().factSentences()) {
            if (s.section() != Section.BODY || quoted.contains(s.text())) {
                continue;
            }
            String statement = s.text().strip();
            if (!statement.endsWith(".") || statement.split("\\s+").length > MAX_WORDS || UNSTATED.matcher(statement).find()
                    || g.headlineOverlap(statement) >= HEADLINE_SHARE) {
                continue;
            }
            statement = statement.substring(0, statement.length() - 1);
            String turned = turned(tagger.tag(statement, 0), statement);
            if (turned == null) {
                continue;
            }
            boolean truth = g.randomFor(statement).nextBoolean();
            String prompt = "True or false, according to the article: " + (truth ? statement : turned) + ".";
            Evidence evidence = Evidence.of(s);
            g.add(new Question(null, "true_false", "statement", prompt, List.of("True", "False"), truth, List.of(),
                    null, evidence.sentences(), evidence.spans(), 1, 2.0 + g.prominence(evidence),
                    (truth ? "True. " : "False. ") + "The article says: " + s.text().strip()));
        }
    }

    /** Longer statements hold more than one claim, and a student cannot tell which one is turned. */
    private static final int MAX_WORDS = 24;
    /** A statement that mostly repeats the headline is answered by the quiz's title. */
    private static final double HEADLINE_SHARE = 0.5;

    /**
     * What is not the narrator's own plain statement: a quotation, a claim reported in someone's name, a question, a
     * hedge ("may", "reportedly"), first or second person, a bracket or a list.
     */
    private static final Pattern UNSTATED = Pattern.compile("(?i)[“”\"?():;]|^(and|but|or|so|yet)\\b|\\bas well\\.?$|\\btoo\\.?$"
            + "|\\b(not|n't|never|no)\\b.*\\b(not|n't|never|no)\\b|\\b(said|says|say|told|tells|according"
            + "|reported|reportedly|claimed|claims|alleged|allegedly|believed|thought|expected|suggested|suggests"
            + "|appears?|seems?|may|might|could|would|should|if|unless|whether|i|we|you|our|my|your|me|us|also"
            + "|both|either|neither|only|except|than|same)\\b");

    /** Auxiliaries whose "not" can be taken out or put in without any other word changing. */
    private static final Set<String> AUXILIARY = Set.of("is", "are", "was", "were", "has", "have", "had", "can",
            "will", "must");
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
        for (int k = aux + 1; k < t.size(); k++) {
            // a report ("has promised each victim will ...", "..., Sanders added") is someone's claim; a second verb
            // joined on ("was briefed, and flew to ...") would stand unturned beside the turned one
            boolean verb = t.get(k).tag().startsWith("VB");
            if (verb && Lexicon.isReportingVerb(t.get(k).text()) || t.get(k).text().matches("(?i)and|but|or")
                    && k + 2 < t.size() && (t.get(k + 1).tag().matches("VB[DZPN]?|MD")
                    || t.get(k + 2).tag().matches("VB[DZPN]|MD"))) {
                return null;
            }
        }
        Token verb = t.get(aux);
        Token next = t.get(aux + 1);
        String w = verb.text().toLowerCase(Locale.ROOT);
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
        if (w.matches("can|will|must") && !next.tag().equals("VB")) {
            return null;
        }
        return text.substring(0, verb.end()) + " not" + text.substring(verb.end());
    }

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

    /** Subjects that point elsewhere for what they are: "This", "These", "That", "Such", "Both", "Each", "His". */
    private static final Pattern NOT_A_SUBJECT = Pattern.compile("(?i)this|these|that|those|such|both|each|another"
            + "|other|some|many|most|several|few|all|his|her|its|their");

    private static String casedLike(String original, String replacement) {
        return Character.isUpperCase(original.charAt(0))
                ? Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1) : replacement;
    }
}
