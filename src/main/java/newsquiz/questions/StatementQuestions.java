package newsquiz.questions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import newsquiz.facts.Facts;
import newsquiz.facts.Quote;
import newsquiz.nlp.Tagger;
import newsquiz.nlp.Token;

/**
 * What a speaker said, announced, found or ruled: "According to the article, what did the Investigative Committee
 * say?", the claim reported in the speaker's name against the claims the article reports in other speakers' names.
 * It asks the content of a statement where a who-said question asks only its source: the story's findings and
 * positions. Each wrong answer is plainly wrong by the article (someone else said it) and plausible (it is a claim of
 * the same story, in the same reported form and of a like length).
 */
final class StatementQuestions {
    private final QuestionGenerator g;
    private final Facts facts;
    private final ArticleNames articleNames;

    /** Which quotations a who-said question may ask: the same speakers may be asked what they said. */
    private final QuoteQuestions quoteQuestions;

    StatementQuestions(QuestionGenerator g) {
        this.g = g;
        this.facts = g.facts;
        this.articleNames = g.names;
        this.quoteQuestions = new QuoteQuestions(g);
    }

    /** A claim reported in someone's name, as a choice, with the tense it is told in: worked out once. */
    private record Claim(Quote quote, String text, boolean told) {
    }

    void statements() {
        // every claim reported in someone's name can be a wrong answer; only a named speaker's is asked
        List<Claim> reported = new ArrayList<>();
        for (Quote q : facts.quotes()) {
            String text = !q.direct() && !q.partial() && ASKED.containsKey(q.verb().toLowerCase(Locale.ROOT))
                    ? claim(q.text()) : null;
            List<Token> tokens = text == null ? null : tagger.tag(text, 0);
            if (tokens != null && mainVerb(tokens) > 0) {
                reported.add(new Claim(q, text, presentTense(tokens)));
            }
        }
        for (Claim asked : reported) {
            Quote q = asked.quote();
            // as a who-said question would ask it: a named speaker, no outlet that relays someone else's words
            if (q.carried() || !quoteQuestions.askable(q)) {
                continue;
            }
            String claim = asked.text();
            List<String> names = namesOf(q.speaker());
            int length = words(claim);
            List<String> wrong = new ArrayList<>();
            // only claims in other named speakers' names: "officials" or "a source" may be the asked speaker too, and
            // their claim a second right answer
            // nor a claim whose sentence names the asked speaker ("Boeing chief executive Dennis Muilenburg said
            // the company ...", "Duque's office said ..." beside Boeing's, Duque's): it may be theirs as well;
            // and a claim reported in the key's tense, or the one present-tense choice is the key
            boolean present = PRESENT.matcher(q.verb()).matches();
            reported.stream().filter(o -> !sameSpeaker(o.quote(), names)
                            && articleNames.isNamedSpeaker(o.quote().speaker()) && !vagueSource(o.quote().speaker())
                            && !QuestionText.mentionsAny(o.quote().evidence().text(), names)
                            && !QuestionText.mentionsAny(q.evidence().text(), namesOf(o.quote().speaker()))
                            && !affiliated(q.speaker(), namesOf(o.quote().speaker()))
                            && PRESENT.matcher(o.quote().verb()).matches() == present && o.told() == asked.told())
                    .map(Claim::text)
                    .filter(c -> !c.equals(claim) && words(c) * 5 >= length * 3 && words(c) * 3 <= length * 5
                            && !QuestionText.mentionsAny(c, names) && !Choices.overlaps(c, claim)
                            && shared(c, claim) < 0.5 && sex(c) == sex(claim))
                    .distinct()
                    // the nearest in length first: the one long choice is the key
                    .sorted(Comparator.comparingInt(c -> Math.abs(words(c) - length)))
                    .forEach(c -> {
                        if (wrong.size() < 3 && wrong.stream().noneMatch(w -> Choices.overlaps(w, c))) {
                            wrong.add(c);
                        }
                    });
            if (wrong.size() < 2) {
                continue;
            }
            String who = spoken(q.speaker());
            String prompt = "According to the article, what " + (present ? "does " : "did ") + who + " "
                    + ASKED.get(q.verb().toLowerCase(Locale.ROOT)) + "?";
            // each choice opens with a capital, so that the article's own capitals mark none out
            String key = capital(claim);
            List<String> choices = new ArrayList<>(wrong.stream().map(StatementQuestions::capital).toList());
            choices.add(key);
            java.util.Collections.shuffle(choices, g.randomFor(prompt));
            if (!Choices.wellFormed(choices, key)) {
                continue;
            }
            // below the who-said question on the same words, which a session asks instead when it can: this one
            // takes the place when the speaker is given away or asked enough already
            double weight = 2.2 + g.prominence(q.evidence()) + Math.min(1.0, articleNames.mentions(q.speaker()) / 8.0);
            g.add(new Question(null, "multiple_choice", "statement", prompt, choices, key, List.of(), null,
                    q.evidence().sentences(), q.evidence().spans(), 2, weight,
                    "The article gives this as what " + who + (present ? " says" : " said") + ": " + claim + "."));
        }
    }

    /** A reporting verb in the present tense: "says", "claims", "denies". */
    private static final Pattern PRESENT = Pattern.compile("(?i)\\p{L}+[^s]s");

    /** The question's verb for each reporting verb a claim can be asked by; one that says no claim is absent. */
    private static final Map<String, String> ASKED = Map.ofEntries(Map.entry("said", "say"), Map.entry("says", "say"),
            Map.entry("saying", "say"), Map.entry("announced", "announce"), Map.entry("announces", "announce"),
            Map.entry("alleged", "allege"), Map.entry("claimed", "claim"), Map.entry("claims", "claim"),
            Map.entry("reported", "report"), Map.entry("reports", "report"), Map.entry("found", "find"),
            Map.entry("finds", "find"), Map.entry("ruled", "rule"), Map.entry("concluded", "conclude"),
            Map.entry("warned", "say"), Map.entry("admitted", "admit"), Map.entry("promised", "promise"),
            Map.entry("stated", "state"), Map.entry("argued", "argue"), Map.entry("denied", "deny"),
            Map.entry("denies", "deny"), Map.entry("confirmed", "confirm"), Map.entry("estimated", "estimate"),
            Map.entry("predicted", "predict"), Map.entry("decided", "decide"), Map.entry("agreed", "agree"),
            Map.entry("say", "say"), Map.entry("according to", "say"), Map.entry("told", "say"),
            Map.entry("noted", "note"), Map.entry("noting", "note"), Map.entry("added", "add"),
            Map.entry("believe", "believe"), Map.entry("believes", "believe"), Map.entry("tweeted", "tweet"),
            Map.entry("observed", "observe"), Map.entry("explained", "explain"), Map.entry("insisted", "insist"));

    /**
     * The reported words as a choice, or null when they are no claim of their own: the setting of a statement ("When
     * announcing the shutdown", "Asked after the jump what ..."), too short or too long to read as one choice,
     * quoted words inside, or a pronoun that points at the speaker ("her plans for the new term": the one woman among
     * the speakers is the key).
     */
    static String claim(String text) {
        String c = text.strip().replaceAll("[.!?,;:]+$", "");
        int n = words(c);
        if (n < 5 || n > 30 || CUT_SOURCE.matcher(c).lookingAt() || c.contains(";") || c.contains(" and that ") || c.matches("(?s).*[“”\"‘].*") || NO_CLAIM.matcher(c).lookingAt()
                || SPEAKER_PRONOUN.matcher(c).find() || !c.matches("(?s).*\\b(is|are|was|were|has|have|had|will"
                + "|would|could|can|should|must|may|might|did|does|do|\\p{Ll}+ed|\\p{Ll}+s)\\b.*")) {
            return null;
        }
        return c;
    }

    /**
     * The rest of an "according to" that took its source along: "Chris Kervick, there were ten passengers ...",
     * "2019 NATO press release, Hungary spent ...".
     */
    private static final Pattern CUT_SOURCE = Pattern.compile("\\p{Lu}[\\p{L}.’'-]*(?: \\p{Lu}[\\p{L}.’'-]*){0,3}, "
            + "(?:there|it|he|she|they|we)\\b|\\d{4}\\b[^,]*, ");
    /** A source the article does not name ("sources in the government", "its anonymous source"). */
    static boolean vagueSource(String speaker) {
        return VAGUE_SOURCE.matcher(speaker).find();
    }

    /** A source the article does not name: whoever it is may be the asked speaker too. */
    private static final Pattern VAGUE_SOURCE = Pattern.compile("(?i)\\b(officials?|sources?|reports?|spokes\\w*"
            + "|authorities|police|experts?|analysts?|critics|residents|witnesses)\\b");
    private static final Pattern NO_CLAIM = Pattern.compile("(?i)(when|while|after|before|since|upon|on|in|to|asked"
            + "|early|late|later|at)\\b");
    /** Words only a direct quotation has: reported speech that keeps them is garbled. */
    private static final Pattern SPEAKER_PRONOUN = Pattern.compile("\\b(I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur|[Yy]ou|[Yy]our)\\b");

    /**
     * The sex a claim's pronouns give someone in it, +1 or -1, 0 for none or both: "he will not approve a budget"
     * beside "her plans for the new term", or either beside a body's claim, would mark the key out, so the choices of
     * one question all have the key's.
     */
    private static final Pattern HE = Pattern.compile("(?i)\\b(he|him|his|himself)\\b");
    private static final Pattern SHE = Pattern.compile("(?i)\\b(she|her|hers|herself)\\b");

    private static int sex(String claim) {
        boolean he = HE.matcher(claim).find();
        boolean she = SHE.matcher(claim).find();
        return he == she ? 0 : he ? 1 : -1;
    }

    private final Tagger tagger = new Tagger();

    /**
     * Whether the words are a clause of their own, a subject and then a verb with a tense ("Mahan flies fighters",
     * "the two explosions are related"): not what was called for ("G7 action to correct ..."), nor a scene
     * ("Rescuers, working in temperatures well below freezing").
     */
    static boolean finite(Tagger tagger, String claim) {
        return mainVerb(tagger.tag(claim, 0)) > 0;
    }

    /**
     * Where the clause's tensed verb stands: a participle before its noun ("rising costs had ...") and the verb of
     * one relative clause ("the storm, which hit on Monday, damaged ...", "the man who died was 54") are passed; -1
     * when a base verb or "to" comes first ("G7 action to correct ..."), or none is left ("talks with the union that
     * the city's new mayor called productive").
     */
    private static int mainVerb(List<Token> tokens) {
        Set<Integer> pronounsUsed = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            String tag = tokens.get(i).tag();
            if (i == 0 && (tag.equals("VBG") || tag.equals("VBN"))) {
                continue;
            }
            boolean tensed = tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD");
            if (!tensed && !tag.startsWith("VB") && !tag.equals("TO")) {
                continue;
            }
            int pronoun = relativePronoun(tokens, i);
            if (tensed && pronoun >= 0 && pronounsUsed.add(pronoun)) {
                continue; // each relative pronoun has one verb of its own: "the pier that collapsed was old"
            }
            if (tensed) {
                return i > 0 ? i : -1;
            }
            if (pronoun < 0) {
                return -1; // "G7 action to correct ...": a base verb or "to" before any verb with a tense
            }
        }
        return -1;
    }

    /** The relative pronoun shortly before a verb with no comma since ("which hit", "that the mayor called"); -1. */
    private static int relativePronoun(List<Token> tokens, int verb) {
        for (int k = verb - 1; k >= Math.max(0, verb - 6); k--) {
            String w = tokens.get(k).text();
            if (w.equals(",")) {
                return -1;
            }
            if (w.matches("(?i)who|which|that|whom|whose")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The tense a claim is told in, from its tensed verb: "is", "says", "will" against "was", "said", "would"; choices
     * in two tenses mark the key out ("the pier is unsafe" among claims told in the past).
     */
    static boolean presentTense(Tagger tagger, String claim) {
        return presentTense(tagger.tag(claim, 0));
    }

    private static boolean presentTense(List<Token> tokens) {
        int at = mainVerb(tokens);
        if (at < 0) {
            return false;
        }
        Token verb = tokens.get(at);
        return verb.tag().equals("VBZ") || verb.tag().equals("VBP")
                || verb.tag().equals("MD") && verb.text().matches("(?i)will|can|may|must|shall");
    }

    /**
     * "Harbourline chief executive Dan Cole", "Cole, Harbourline's chief", "Dan Cole of Harbourline": the two named
     * within four words of each other somewhere in the article, so that one's words may be the other's.
     */
    private boolean affiliated(String speaker, List<String> others) {
        List<String> mine = namesOf(speaker);
        String any = "(?:" + String.join("|", mine.stream().map(Pattern::quote).toList()) + ")";
        String theirs = "(?:" + String.join("|", others.stream().map(Pattern::quote).toList()) + ")";
        // possessive, so that a run of spaces or commas is read one way only
        String gap = "(?:[\\s,’']++[^\\s,’']*+){0,4}?[\\s,’']++";
        Pattern near = Pattern.compile("(?<![\\p{L}\\d])(?:" + any + gap + theirs + "|" + theirs + gap + any
                + ")(?![\\p{L}\\d])");
        return facts.article().sentences().stream().anyMatch(s -> near.matcher(s.text()).find());
    }

    private List<String> namesOf(String speaker) {
        List<String> out = new ArrayList<>(articleNames.aliasesOf(speaker));
        out.add(speaker);
        return out;
    }

    private boolean sameSpeaker(Quote o, List<String> names) {
        return names.stream().anyMatch(n -> n.equalsIgnoreCase(o.speaker()))
                || articleNames.aliasesOf(o.speaker()).stream().anyMatch(a -> names.stream().anyMatch(a::equalsIgnoreCase));
    }

    /** The speaker as the question names them: a body the article writes with "the" keeps it. */
    private String spoken(String speaker) {
        if (articleNames.isPerson(speaker) || speaker.matches("(?i)^the\\b.*")) {
            return speaker;
        }
        String first = speaker.split("\\s+")[0];
        if (articleNames.lowerCaseWords().contains(first.toLowerCase(Locale.ROOT))) {
            // "Sources in Guaidó's government", "German officials": words, not a name, mid-sentence in lower case
            return first.equals(first.toUpperCase(Locale.ROOT)) ? speaker
                    : first.toLowerCase(Locale.ROOT) + speaker.substring(first.length());
        }
        // "the Investigative Committee", "the Red Cross said" as the article writes it; not "The Boeing 737 MAX" nor
        // "The Deutsche Bank analysts" (a name or a noun goes on), nor "the NASA chief" (one word)
        boolean written = speaker.contains(" ") && Pattern.compile("\\b[Tt]he " + Pattern.quote(speaker)
                + "(?=[,.;:)”\"’]|\\s+(?:said|says|has|have|had|is|are|was|were|will|would|and|of|in|on|to|for|at"
                + "|reported|announced|claimed|denied|which|who|that)\\b|$)").matcher(facts.article().text()).find();
        return written || BODY_WITH_THE.matcher(speaker).find() ? "the " + speaker : speaker;
    }

    /** A body's name that English writes with "the": "the National Institute for Space Research". */
    private static final Pattern BODY_WITH_THE = Pattern.compile("\\b(Institute|Committee|Ministry|Service|Board"
            + "|Agency|Department|Court|Organi[sz]ation|Union|Council|Commission|Office|Center|Centre|Party|Senate"
            + "|House|Government|Foundation|Association|Society|Administration|Bureau|Authority|Assembly)\\b");

    private static String capital(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    /** The share of the shorter claim's content words the other one has too. */
    private static double shared(String a, String b) {
        var x = Choices.words(a);
        var y = Choices.words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 1;
        }
        long common = x.stream().filter(y::contains).count();
        return (double) common / Math.min(x.size(), y.size());
    }
}
