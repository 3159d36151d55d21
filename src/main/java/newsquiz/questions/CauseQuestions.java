package newsquiz.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsquiz.facts.Cause;
import newsquiz.facts.Lexicon;
import newsquiz.facts.Quote;

/**
 * Why-questions from the causes an article states: "Why was the trial stopped early?", "According to the article,
 * what led to an explosion?". The question is made from the effect's own words by moving its auxiliary ("was the
 * trial stopped") or adding "did" with the verb's base form ("did rates drop"); an effect that names nobody ("it",
 * "the move") is not asked, since the student could not tell what it is about.
 */
final class CauseQuestions {
    /** One why-question before it becomes a choice question: its prompt, answer and wrong answers. */
    record Draft(String prompt, String answer, List<String> wrong, String explanation) {
    }

    private static final Set<String> AUX = Set.of("is", "are", "was", "were", "has", "have", "had", "will", "would",
            "can", "could", "should", "may", "might", "must", "did", "does", "do");
    /** Subjects that point back to something the question would not name. */
    private static final String VAGUE_SUBJECT = "(?i)^(it|this|that|these|those|they|he|she|we|i|you|there"
            + "|the (move|decision|step|measure|change|announcement|plan|effort|incident|situation|case))\\b.*";
    /** A name, then "died": "Lena Marsh died", not "two small children died" (whose stock the story's field gives). */
    private static final String NAMED_DEATH = "(?:\\p{Lu}[\\p{L}'.-]*\\s+){1,4}died";
    /** The verbs whose "for" gives a deed praised, blamed or punished (as `CauseFinder` reads them). */
    private static final java.util.regex.Pattern DEED_VERB = java.util.regex.Pattern.compile("(?i)\\b(won|awarded"
            + "|honou?red|praised|thanked|rewarded|recogni[sz]ed|celebrated|applauded|commended|critici[sz]ed"
            + "|condemned|blamed|apologi[sz]ed|arrested|fined|jailed|convicted|sentenced|punished|fired|sacked|banned"
            + "|suspended|disqualified|expelled|attacked|mocked)\\b");
    /** Opening words written with a capital only because they start a sentence. */
    private static final String SENTENCE_OPENER = "A|An|The|This|That|These|Those|There|It|Its|Their|His|Her|Our"
            + "|Some|Many|Most|Every|All|Both|Each|Several|Two|Three|Four|Five|So|Such|No|Few|More|Fewer|Other";

    /** Words the article writes in lower case somewhere: a capital on them only starts a sentence. */
    private final Set<String> lowerCaseWords;
    /** Every word of the article, so that no stock reason the article itself mentions is offered as wrong. */
    private final Set<String> articleWords;

    /** The stock reasons earlier drafts of this article offered, so that the next draft takes others first. */
    private final Set<String> offered = new java.util.HashSet<>();

    /** The headline and the lead: what the story is about, when an effect's own words name no field. */
    private final String story;

    CauseQuestions(Set<String> lowerCaseWords, Set<String> articleWords, String story) {
        this.lowerCaseWords = Set.copyOf(lowerCaseWords);
        this.articleWords = Set.copyOf(articleWords);
        this.story = story == null ? "" : story;
    }

    Draft draft(Cause c, List<Quote> quotes) {
        String answer = asChoice(c.cause());
        if (!reads(answer) || !reads(c.effect())) {
            return null; // "we are", "Judge Miller to delay his ruling until": no reason, or no effect, a student can read
        }
        // stock reasons of the story's own field; the article's other reasons read as nonsense beside this effect
        // (teachers struck them), so one comes in only when the field has too few
        List<String> wrong = new ArrayList<>();
        if (c.connective().equals("for")) {
            return deed(c, answer);
        }
        // "Why did Lena Marsh die?": a named person's death takes other illnesses and accidents
        List<String> stock = c.form() == Cause.Form.NOUN_PHRASE && (c.effect().matches(NAMED_DEATH)
                || ascribing(c) && c.effect().matches(DEATH))
                ? Reasons.deaths(answer, articleWords) : Reasons.of(c.form(), answer, c.effect(), story, articleWords);
        // a stock reason another why-question of the article offers is left for last: the same three wrong reasons
        // under two questions mark out each key as the one that differs (teachers struck both)
        for (boolean again : new boolean[] {false, true}) {
            for (String reason : stock) {
                if (wrong.size() < 3 && offered.contains(reason) == again && !Choices.overlaps(reason, answer)
                        && wrong.stream().noneMatch(x -> Choices.overlaps(x, reason))) {
                    wrong.add(reason);
                }
            }
        }
        for (String alt : c.alternatives()) {
            String w = asChoice(alt);
            if (wrong.size() < 3 && !Choices.overlaps(w, answer)) {
                wrong.add(w);
            }
        }
        wrong = sameCapitalisation(answer, wrong);
        String prompt;
        if (ascribing(c)) {
            prompt = ascribedQuestion(c);
            if (prompt == null) {
                return null;
            }
        } else if (!c.effectFirst()) {
            String verb = switch (c.connective()) {
                case "causing", "caused by" -> "caused";
                case "prompting" -> "prompted";
                case "forcing" -> "forced";
                default -> c.connective();
            };
            prompt = "According to the article, what " + verb + " " + lowerOpening(c.effect()) + "?";
        } else {
            Quote speaker = quoteHolding(c, quotes);
            if (speaker != null) {
                prompt = "What reason does " + speaker.speaker() + " give for saying “" + c.effect() + "”?";
            } else if (c.effect().matches(VAGUE_SUBJECT) && !(c.connective().equals("over")
                    && c.effect().matches("there (was|were|is|are) .*"))) {
                // only the finder's own "there were protests" names what it is about; an article's "there is a
                // young guy asking me" points into a quotation
                // "The utility said it cut power ...": the reporter right before names the pronoun's doer, and the
                // reason is the reporter's own account, so the question is asked in its name
                String doer = reporterOfPronoun(c);
                prompt = doer == null ? null : whyQuestion(c.effect());
                if (prompt == null) {
                    return null;
                }
                prompt = "According to " + doer + ", w" + prompt.substring(1);
            } else {
                prompt = whyQuestion(c.effect());
                if (prompt == null) {
                    // "What reason does the article give for this: “a barrier he worked to overcome”?": an effect
                    // no why-question can be made of is no clause a reason belongs to; teachers took none of 6
                    return null;
                }
                // "Liu said children are safer because of ...": the reason is Liu's claim, and the question says so
                Quote reported = reportedIn(c, quotes);
                if (reported != null) {
                    prompt = "According to " + reported.speaker() + ", w" + prompt.substring(1);
                } else {
                    // "The firm announced Monday the plant would close because ...": the firm's claim, which the
                    // quotations did not take; one whose reporter is no short name is not asked as the article's
                    String reporter = reporterBefore(c);
                    if (reporter == null) {
                        reporter = reporterAfter(c);
                    }
                    if (reporter == null && c.connective().equals("so")) {
                        // "the inspector stated the hall was built with a grant, so ...": the reason is a statement
                        reporter = reporterOfReason(c);
                    }
                    if (reporter != null && reporter.isEmpty()) {
                        return null;
                    }
                    if (reporter != null) {
                        prompt = "According to " + lowerOpening(reporter) + ", w" + prompt.substring(1);
                    }
                }
            }
        }
        String because = switch (c.form()) {
            case NOUN_PHRASE -> c.effectFirst() && !ascribing(c) ? "because of " : "";
            case PURPOSE -> "";
            case CLAUSE -> c.effectFirst() ? "because " : "";
        };
        if (!because.isEmpty() && Character.isUpperCase(answer.charAt(0))
                && wrong.stream().anyMatch(w -> Character.isLowerCase(w.charAt(0)))) {
            // "Republicans tried and failed ..." beside "the budget had been cut": the only capital would give the
            // reason away, and dropping the question would lose it; the article's own connective ("after
            // Republicans tried ...", "because Russia ...") opens every choice alike
            // ("..., so Lindgren is expected to travel" gives its reason before "so": "because" opens it)
            String opening = (c.connective().equals("so") ? "because" : c.connective().toLowerCase(Locale.ROOT)) + " ";
            offered.addAll(wrong);
            return new Draft(prompt, opening + answer, wrong.stream().map(w -> opening + lowerOpening(w)).toList(),
                    "The article gives the reason: " + opening + answer + ".");
        }
        offered.addAll(wrong); // only a draft made takes its reasons from the next one
        return new Draft(prompt, answer, wrong, "The article gives the reason: " + because + answer + ".");
    }

    /** A cause someone gives a thing: "blamed the outage on", "was attributed to" (as {@code CauseFinder} reads it). */
    private static boolean ascribing(Cause c) {
        return c.connective().matches("(was )?(blame|attribute|ascribe)[sd]? (on|to)");
    }

    /**
     * "What did officials blame the outage on?": the cause asked in the name of whoever gave it, since it is their
     * account; one given by a pronoun or a long clause, or in the passive, is asked as the article's telling: "According
     * to the article, what was the outage blamed on?"
     */
    private String ascribedQuestion(Cause c) {
        if (BLAMED_PEOPLE.matcher(c.cause()).find()) {
            return null; // "blamed the riot on a small group of youths": no stock reason is a group of people
        }
        String[] words = c.connective().split(" ");
        String verb = words[words.length - 2];
        String prep = words[words.length - 1];
        String base = verb.replaceFirst("(e?[sd])$", "e");
        String participle = base.endsWith("e") ? base + "d" : base + "ed";
        if (!c.connective().startsWith("was ")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:^|[,;:“”\"]\\s*)([^,;:“”\"]+?)\\s+"
                    + java.util.regex.Pattern.quote(verb) + "\\s+" + java.util.regex.Pattern.quote(c.effect()) + "\\s+"
                    + prep + "\\b", java.util.regex.Pattern.CASE_INSENSITIVE).matcher(c.evidence().sentences().get(0));
            if (m.find()) {
                // "fire officials have blamed ...": the doer without its auxiliary
                String agent = m.group(1).replaceFirst("(?i)^(and|but|so|while|although|though|that)\\s+", "")
                        .replaceFirst("(?i)\\s+(have|has|had)(\\s+also)?$", "").strip();
                if (java.util.Arrays.stream(agent.split("\\s+")).anyMatch(Lexicon::isReportingVerb)) {
                    // "a blog claims police sources have blamed ...": a claim told of a claim; neither the article's
                    // account nor one whose teller a question can name in a few words
                    return null;
                }
                // a pronoun, a clause or a time before the doer ("On Monday fire officials") is no name to ask in:
                // the cause is asked as the article's
                if (agent.split("\\s+").length <= 6 && !agent.matches("(?i)(he|she|it|they|we|i|you|this|that|these"
                        + "|those|who|which|on|in|at|after|before|during|last|earlier|yesterday|today|since|by|for"
                        + "|when|while)\\b.*") && !agent.matches("(?i).*\\b(said|says|told|has|have|had|was|were|is"
                        + "|are|will|would)\\b.*")) {
                    // "Fire officials": a capital before a word in lower case only opens the sentence
                    if (agent.matches("\\p{Lu}\\p{Ll}+ \\p{Ll}.*")) {
                        agent = Character.toLowerCase(agent.charAt(0)) + agent.substring(1);
                    }
                    return "What did " + lowerOpening(agent) + " " + base + " " + c.effect() + " " + prep + "?";
                }
            }
        }
        // the head noun decides: "the crisis was", "the collapse of the talks was", "the delays were"
        String head = c.effect().replaceFirst("(?i)\\s+of\\s.*$", "").replaceFirst("^.*\\s", "");
        boolean plural = head.matches("(?i).*[^su'i]s") && !head.matches("(?i).*(ics|ness)");
        return "According to the article, what " + (plural ? "were " : "was ") + c.effect() + " " + participle + " "
                + prep + "?";
    }

    /** People a thing is blamed on, whom stock reasons (faults, weather, money) could never stand beside. */
    private static final java.util.regex.Pattern BLAMED_PEOPLE = java.util.regex.Pattern.compile("(?i)\\b(people|"
            + "youths?|protesters?|demonstrators?|group|gangs?|workers?|staff|fans|supporters|players?|officials?"
            + "|rebels?|militants?|hackers?|activists?|students?|police|government|company|firm|managers?|drivers?"
            + "|pilots?|crew|man|woman|men|women|boys?|girls?|teenagers?|children|residents|neighbou?rs?)$");

    /** A death told as a thing: "his death", "the death of an elderly resident", "her husband's death". */
    private static final String DEATH = "(?i)(.*\\s)?deaths?(\\s+of\\s.*)?";

    /**
     * "Why did James Peebles win his half of the prize?" – "for his work in predicting ...": the deed praised or
     * blamed, beside the article's other such deeds ("for discovering the first known exoplanet") and stock deeds of
     * the same kind; a stock cause ("a lack of money") reads as nonsense beside a prize.
     */
    private Draft deed(Cause c, String answer) {
        if (c.effect().matches(VAGUE_SUBJECT)) {
            return null;
        }
        String prompt = whyQuestion(c.effect());
        if (prompt == null) {
            return null;
        }
        var verb = DEED_VERB.matcher(c.effect());
        if (!verb.find()) {
            return null;
        }
        List<String> wrong = new ArrayList<>();
        for (String alt : c.alternatives()) {
            String w = "for " + asChoice(alt);
            if (wrong.size() < 2 && !Choices.overlaps(w, "for " + answer) && !alt.equalsIgnoreCase(answer)) {
                wrong.add(w); // two at most: the key should not be the one stock-free choice
            }
        }
        for (String reason : Reasons.deeds(verb.group(1), answer, articleWords)) {
            if (wrong.size() < 3 && !offered.contains(reason) && !Choices.overlaps(reason, "for " + answer)
                    && wrong.stream().noneMatch(x -> Choices.overlaps(x, reason))) {
                wrong.add(reason);
            }
        }
        if (wrong.size() < 3) {
            return null;
        }
        offered.addAll(wrong);
        return new Draft(prompt, "for " + answer, wrong, "The article gives the reason: for " + answer + ".");
    }

    /**
     * A phrase a student can read as a reason or an effect: a content word beside its pronouns and auxiliaries, and
     * no preposition or conjunction left hanging at its end.
     */
    private static boolean reads(String phrase) {
        String p = phrase.strip().replaceAll("[,;:.]+$", "");
        long content = java.util.Arrays.stream(p.split("\\s+")).filter(w -> w.length() > 3
                && !w.toLowerCase(Locale.ROOT).matches("they|them|their|were|have|been|this|that|there|these|those"
                + "|what|would|could|should|will|does")).count();
        // "because Pierluisi did": an auxiliary at the end stands for a verb said elsewhere
        // "citing what he called": the words he used stand in quotation marks the phrase stops at
        return content > 0 && !p.matches("(?is).*\\b(until|to|of|for|with|from|by|and|or|but|the|a|an|in|on|at|as"
                + "|than|that|because|since|did|does|do|had|has|have|was|were|is|are|would|could|will)$")
                && !p.matches("(?is).*\\bwhat( \\p{L}+){1,3} (called|termed|dubbed|described as)$");
    }

    /** A statement reported in the cause's own sentence, whose speaker the reason belongs to; null if none. */
    private static Quote reportedIn(Cause c, List<Quote> quotes) {
        for (Quote q : quotes) {
            // "Protesters called for her resignation after revelations ...": the call is the effect, which the
            // article tells as its own; the report holds only the reason
            boolean reportIsTheEffect = q.verb() != null && !q.text().contains(c.effect()) && c.effect().toLowerCase(Locale.ROOT)
                    .matches(".*\\b" + java.util.regex.Pattern.quote(q.verb().toLowerCase(Locale.ROOT)) + "\\b.*");
            if (!q.direct() && q.evidence().sentences().equals(c.evidence().sentences()) && !reportIsTheEffect
                    && (q.text().contains(c.effect()) || q.text().contains(c.cause()))) {
                return q;
            }
        }
        return null;
    }

    /**
     * Who reports the effect when its sentence does so right before it ("The firm announced Monday | the plant would
     * close"): the short noun phrase before the reporting verb, "the firm"; empty when the effect is reported by a
     * longer or unclear phrase; null when no reporting verb stands before the effect.
     */
    String reporterBefore(Cause c) {
        String sentence = c.evidence().sentences().get(0);
        int at = sentence.toLowerCase(Locale.ROOT).indexOf(c.effect().toLowerCase(Locale.ROOT));
        if (at <= 0) {
            return null;
        }
        List<String> words = new ArrayList<>(List.of(sentence.substring(0, at).strip().split("\\s+")));
        if (!words.isEmpty() && words.get(words.size() - 1).equalsIgnoreCase("that")) {
            words.remove(words.size() - 1);
        }
        while (!words.isEmpty() && REPORTED_WHEN.matcher(words.get(words.size() - 1)).matches()) {
            words.remove(words.size() - 1);
        }
        // the reporting verb right before the effect, or before whom one told ("told the inquest | the pilot ...")
        int verb = words.size() - 1;
        while (verb >= 0 && verb >= words.size() - 4 && !newsquiz.facts.Lexicon.isReportingVerb(words.get(verb))) {
            verb--;
        }
        if (verb < 1 || !newsquiz.facts.Lexicon.isReportingVerb(words.get(verb))
                || verb < words.size() - 1 && !words.get(verb).toLowerCase(Locale.ROOT).matches("told|tells|tell")) {
            return null;
        }
        String reporter = String.join(" ", words.subList(0, verb));
        if (words.get(verb).toLowerCase(Locale.ROOT).endsWith("ing") && reporter.endsWith(",")) {
            // "The families sued in 2022, arguing that ...": the clause's subject argues, when the clause is one
            // ("The bill passed after the senator spoke, saying ...": the senator, so no guess)
            return SUBORDINATE.matcher(reporter).find() ? "" : nounPhrase(leadingNounPhrase(reporter));
        }
        if (reporter.endsWith(",") && reporter.indexOf(',') < reporter.length() - 1) {
            // "Smith, a spokesman, said", "The report, published Tuesday, said": the name before the commas
            reporter = reporter.substring(0, reporter.indexOf(','));
        }
        return nounPhrase(reporter);
    }

    /**
     * Who states the reason before "so": "the inspector" of "..., but the inspector stated the hall was built with a
     * grant, so it costs nothing" (the finder gave the reason its pronoun: "it was built with a grant"); empty when
     * the reporter is no short noun phrase, null when no reporting verb stands within a few words before the reason.
     */
    private String reporterOfReason(Cause c) {
        String sentence = c.evidence().sentences().get(0);
        String tail = c.cause().replaceFirst("(?i)^(it|they|he|she) ", "");
        int at = sentence.toLowerCase(Locale.ROOT).indexOf(tail.toLowerCase(Locale.ROOT));
        if (at <= 0) {
            return null;
        }
        String before = sentence.substring(0, at).strip();
        before = before.substring(Math.max(before.lastIndexOf(',') , before.lastIndexOf(';')) + 1).strip()
                .replaceFirst("(?i)^(but|and|yet|while|although|though) ", "");
        List<String> words = List.of(before.split("\\s+"));
        for (int v = words.size() - 1; v >= Math.max(1, words.size() - 8); v--) {
            if (newsquiz.facts.Lexicon.isReportingVerb(words.get(v))) {
                return nounPhrase(String.join(" ", words.subList(0, v)));
            }
        }
        return null;
    }

    /**
     * The reporter an effect's pronoun stands for, when the report comes right before it and agrees with the pronoun:
     * "the utility" of "The utility said it cut power", "police" of "Police said they closed the road", "the coach" of
     * "The coach said he dropped ...". Null otherwise: "it was" is as often the event or the weather as the reporter,
     * and a name no word marks as a body is no "it" ("Smith said it ...").
     */
    String reporterOfPronoun(Cause c) {
        var m = PRONOUN_DOER.matcher(c.effect());
        if (!m.matches()) {
            return null;
        }
        String reporter = reporterBefore(c);
        if (reporter == null || reporter.isEmpty()) {
            return null;
        }
        List<newsquiz.nlp.Token> t = tagger.tag(reporter, 0);
        newsquiz.nlp.Token head = t.get(t.size() - 1);
        String word = head.text().toLowerCase(Locale.ROOT);
        // a body by its word ("the water board", "Norvale Energy") or by its initials, which no person goes by
        boolean body = t.stream().anyMatch(x -> newsquiz.facts.Lexicon.isOrganizationWord(x.text())
                || x.text().matches("\\p{Lu}[\\p{Lu}&.-]*\\p{Lu}\\.?"));
        boolean person = newsquiz.facts.Lexicon.isTitle(word) || !body && !word.equals("police") && t.stream().allMatch(x -> x.tag()
                .startsWith("NNP") && !newsquiz.facts.Lexicon.isPlace(x.text()));
        boolean agrees = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "it" -> !person && (head.tag().equals("NN") || body && !head.tag().endsWith("S"))
                    && !m.group(2).toLowerCase(Locale.ROOT).matches("is|was|'s|seemed|appeared")
                    && !(m.group(2).matches("(?i)has|had") && m.group(3) != null && m.group(3).startsWith(" been"));
            case "they" -> !person && (head.tag().matches("NNP?S") || word.equals("police"));
            default -> person && !head.tag().endsWith("S");
        };
        return agrees ? reporter : null;
    }

    /** A pronoun that opens an effect, and its verb: "it was" is more often an event than the reporter. */
    private static final java.util.regex.Pattern PRONOUN_DOER = java.util.regex.Pattern.compile(
            "(?i)(it|they|he|she) (\\S+)( .*)?");

    /**
     * Who gives the reason after the deed: "Germany banned the airline, with officials saying this is for security
     * reasons" is the officials' reason; the short noun phrase after "with", or null when the sentence has no such
     * frame.
     */
    String reporterAfter(Cause c) {
        var m = REASON_AFTER.matcher(c.evidence().sentences().get(0));
        return m.find() ? nounPhrase(m.group(1)) : null;
    }

    private static final java.util.regex.Pattern REASON_AFTER = java.util.regex.Pattern.compile(
            ",\\s+with\\s+([\\p{L}' ]{2,40}?)\\s+(?:saying|insisting|arguing|claiming)\\s+(?:this|it)\\s+(?:is|was)\\s+for\\b");

    /** Words that make a clause part of another: its opening phrase is not who speaks after the comma. */
    private static final java.util.regex.Pattern SUBORDINATE = java.util.regex.Pattern.compile(
            "(?i)\\b(after|before|when|while|as|because|since|if|although|though|until|once)\\b");

    /**
     * The reporter as a question names it ("the firm", "protesters", "Ana Lima"), or empty when the words are no
     * short noun phrase of their own: a pronoun, a passive "was told", a time or place before the subject, a
     * report inside another.
     */
    private String nounPhrase(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return "";
        }
        List<newsquiz.nlp.Token> t = tagger.tag(phrase, 0);
        boolean noun = t.size() <= 6 && !t.isEmpty() && t.get(t.size() - 1).tag().startsWith("NN");
        for (int k = 0; k < t.size() && noun; k++) {
            String tag = t.get(k).tag();
            // "PG&E", "Smith & Sons": the ampersand of a name is part of it
            noun = tag.matches("JJ.*|NN.*|POS|CD") || k == 0 && tag.equals("DT") || t.get(k).text().equals("&") && k > 0
                    && k + 1 < t.size() && t.get(k - 1).isCapitalised() && t.get(k + 1).isCapitalised();
        }
        if (!noun) {
            return "";
        }
        // a common noun starts with a capital only because it starts the sentence: "The firm", "Protesters"
        return t.get(0).tag().matches("DT|NNS?|JJ.*") ? Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1)
                : phrase;
    }

    /** The noun phrase a clause opens with ("The families" of "The families sued in 2022,"), null when none. */
    private String leadingNounPhrase(String clause) {
        List<newsquiz.nlp.Token> t = tagger.tag(clause, 0);
        int k = 0;
        while (k < t.size() && t.get(k).tag().matches("DT|JJ.*|NN.*|POS|CD")) {
            k++;
        }
        return k == 0 || k == t.size() || !t.get(k - 1).tag().startsWith("NN") || !t.get(k).tag().startsWith("VB")
                ? null : clause.substring(0, t.get(k - 1).end());
    }

    /** Tags a reporter's words; one per article's questions, as a tagger is cheap but not thread-safe. */
    private final newsquiz.nlp.Tagger tagger = new newsquiz.nlp.Tagger();

    /** Words of when a report was made, between its verb and what it reports. */
    private static final java.util.regex.Pattern REPORTED_WHEN = java.util.regex.Pattern.compile("(?i)on|last|this"
            + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|morning|afternoon"
            + "|evening|night|week|month|year");

    /** The direct quotation the effect stands in, so the question credits its speaker rather than the article. */
    private static Quote quoteHolding(Cause c, List<Quote> quotes) {
        for (Quote q : quotes) {
            if (q.direct() && q.text().contains(c.effect())) {
                return q;
            }
        }
        return null;
    }

    /**
     * "a trial of four drugs was stopped early" → "Why was a trial of four drugs stopped early?";
     * "rates dropped in 2018" → "Why did rates drop in 2018?"; null when neither shape is found.
     */
    String whyQuestion(String effect) {
        String[] w = effect.strip().split("\\s+");
        if (w.length > 0 && w[0].matches("(?i)their|his|her|its|our|my")) {
            return null; // "Why did their frustration deepen?": whose, the question cannot say
        }
        for (int k = 1; k < w.length && k < 12; k++) {
            String word = w[k].toLowerCase(Locale.ROOT);
            if (word.matches("that|who|which|whose|when|where|while|if|and|but|or|because")) {
                return null; // a clause inside the subject: too risky to invert
            }
            boolean verb = AUX.contains(word) || Verbs.baseOfPast(word) != null && Character.isLowerCase(w[k].charAt(0));
            if (verb && reducedRelative(w, k)) {
                return null; // "a barrier he gradually worked to overcome" is a thing named, not a clause
            }
            if (word.equals("cannot") && k + 1 < w.length) {
                // "the vaccines cannot be sent" → "Why can the vaccines not be sent?"
                return "Why can " + lowerOpening(join(w, 0, k)) + " not " + join(w, k + 1, w.length) + "?";
            }
            if (word.endsWith("n't")) {
                return null; // "can't", "won't": a contraction the question would have to undo
            }
            if (AUX.contains(word)) {
                if (k + 1 >= w.length) {
                    return null;
                }
                return "Why " + word + " " + lowerOpening(join(w, 0, k)) + " " + join(w, k + 1, w.length) + "?";
            }
            String base = Verbs.baseOfPast(word);
            if (word.equals(base) && laterVerb(w, k)) {
                // "the budget cut was reversed", "two workers hurt in the blast were flown out": a noun or a
                // participle, the sentence's verb comes later
                continue;
            }
            if (base != null && Character.isLowerCase(w[k].charAt(0))
                    && !w[k - 1].toLowerCase(Locale.ROOT).matches("a|an|the|of|in|for|its|their|his|her|to")) {
                String rest = join(w, k + 1, w.length);
                if (rest.matches("(?i).*\\band \\p{Ll}+ed\\b.*")) {
                    return null; // "became unhappy ... and approached the court": two verbs, one "did"
                }
                return "Why did " + lowerOpening(join(w, 0, k)) + " " + base + (rest.isEmpty() ? "" : " " + rest) + "?";
            }
        }
        return presentWhy(effect);
    }

    /**
     * "the post stands empty" → "Why does the post stand empty?", "the researchers plan to gather ..." → "Why do the
     * researchers plan to gather ...?": a present verb right after a plain noun phrase (no pronoun: whose, the question
     * cannot say), asked with "does" or "do". The tagger may read "freezes" after "floor" as a plural noun.
     */
    private String presentWhy(String effect) {
        List<newsquiz.nlp.Token> t = tagger.tag(effect.strip(), 0);
        int k = 0;
        while (k < t.size() && t.get(k).tag().matches("DT|JJ.*|NN.*|POS|PRP\\$|CD")) {
            k++;
        }
        int subjectEnd = k;
        if (k > 0 && k + 1 < t.size() && t.get(k).text().matches("(?i)often|usually|always|sometimes|rarely|seldom"
                + "|normally|generally|typically|still") && t.get(k + 1).tag().matches("VBZ|VBP")) {
            k++; // "pilots often wait" → "Why do pilots often wait?": the adverb stays before the verb
        }
        if (k >= 2 && k == subjectEnd && k < t.size() && newsquiz.nlp.Tagger.verbReadAsPluralNoun(t, k - 1, t.size())) {
            k--; // "the valley floor freezes first"
            subjectEnd = k;
        } else if (k >= t.size() || !t.get(k).tag().matches("VBZ|VBP")) {
            return null;
        }
        String verb = t.get(k).text().toLowerCase(Locale.ROOT);
        if (k == 0 || AUX.contains(verb) || !verb.matches("\\p{Ll}+") || t.get(0).tag().equals("PRP$")) {
            return null;
        }
        boolean third = t.get(k).tag().equals("VBZ") || t.get(k).tag().equals("NNS");
        String base = third ? Verbs.baseOfPresent(verb) : verb;
        if (base == null) {
            return null;
        }
        String subject = effect.strip().substring(0, t.get(k).start()).strip();
        String rest = effect.strip().substring(t.get(k).end()).strip();
        return "Why " + (third ? "does " : "do ") + lowerOpening(subject) + " " + base + (rest.isEmpty() ? "" : " " + rest)
                + "?";
    }

    /**
     * A verb of the same clause after word k: an auxiliary within five words (before any "after", "as", "when" ...
     * that opens another clause), or a past form right after it ("set aside" is no past form: "aside" is no verb).
     */
    private static boolean laterVerb(String[] w, int k) {
        if (k + 1 < w.length && w[k + 1].matches("\\p{Ll}+ed") && Verbs.baseOfPast(w[k + 1]) != null) {
            return true;
        }
        // "voters upset by the tax rise backed ...": a participle's own phrase, then the clause's verb
        boolean participle = k + 1 < w.length && w[k + 1].matches("by|in|at|on|from|with|during");
        for (int m = k + 1; m < Math.min(w.length, k + 7); m++) {
            String x = w[m].toLowerCase(Locale.ROOT);
            if (x.matches("after|before|as|because|when|while|until|since|if|so|and|but|that|which|who")) {
                return false;
            }
            if (AUX.contains(x) || participle && x.matches("\\p{Ll}+ed") && Verbs.baseOfPast(x) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words before token k hold a second subject: a pronoun after the first word ("a barrier he ...")
     * or a name right after a common noun ("a process Zapata described"), so the verb at k belongs to a clause
     * inside a noun phrase.
     */
    private static boolean reducedRelative(String[] w, int k) {
        for (int i = 1; i < k; i++) {
            if (w[i].matches("he|she|they|we|I|you")) {
                return true;
            }
        }
        int name = k - 1;
        while (name > 0 && Character.isUpperCase(w[name].charAt(0))) {
            name--;
        }
        return name < k - 1 && name >= 1 && w[0].matches("(?i)a|an|the") && w[name].matches("\\p{Ll}+")
                && !w[name].matches("of|the|a|an|in|for|to|and|with|by|from|at|on|as");
    }

    /** The cause as a choice: without a sentence's capital where the first word is an ordinary word. */
    String asChoice(String phrase) {
        return lowerOpening(phrase.strip().replaceAll("[,;:.]+$", ""));
    }

    private String lowerOpening(String s) {
        String first = s.split("\\s+", 2)[0];
        boolean ordinary = first.matches(SENTENCE_OPENER) || first.matches("\\p{Lu}\\p{Ll}+")
                && lowerCaseWords.contains(first.toLowerCase(Locale.ROOT));
        return ordinary ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }


    /** Wrong answers that start like the answer, capital or not, so that form gives nothing away. */
    private static List<String> sameCapitalisation(String answer, List<String> wrong) {
        boolean upper = Character.isUpperCase(answer.charAt(0));
        List<String> same = wrong.stream().filter(x -> Character.isUpperCase(x.charAt(0)) == upper).toList();
        return same.size() >= 2 ? same : wrong;
    }

    private static String join(String[] w, int from, int to) {
        return String.join(" ", java.util.Arrays.copyOfRange(w, from, to));
    }

    /** Base forms of past-tense verbs, for "did" + verb, and of present ones, for "does" + verb. */
    static final class Verbs {
        private static final Map<String, String> IRREGULAR = Map.ofEntries(
                Map.entry("began", "begin"), Map.entry("became", "become"), Map.entry("went", "go"),
                Map.entry("took", "take"), Map.entry("made", "make"), Map.entry("gave", "give"),
                Map.entry("came", "come"), Map.entry("saw", "see"), Map.entry("found", "find"),
                Map.entry("left", "leave"), Map.entry("held", "hold"), Map.entry("led", "lead"),
                Map.entry("met", "meet"), Map.entry("sent", "send"), Map.entry("kept", "keep"),
                Map.entry("paid", "pay"), Map.entry("sold", "sell"), Map.entry("bought", "buy"),
                Map.entry("brought", "bring"), Map.entry("built", "build"), Map.entry("spent", "spend"),
                Map.entry("struck", "strike"), Map.entry("fought", "fight"), Map.entry("chose", "choose"),
                Map.entry("drew", "draw"), Map.entry("flew", "fly"), Map.entry("grew", "grow"),
                Map.entry("knew", "know"), Map.entry("threw", "throw"), Map.entry("wore", "wear"),
                Map.entry("broke", "break"), Map.entry("froze", "freeze"), Map.entry("hid", "hide"),
                Map.entry("rode", "ride"), Map.entry("shook", "shake"), Map.entry("spoke", "speak"),
                Map.entry("stole", "steal"), Map.entry("won", "win"), Map.entry("lost", "lose"),
                Map.entry("fell", "fall"), Map.entry("rose", "rise"), Map.entry("got", "get"),
                Map.entry("ran", "run"), Map.entry("sat", "sit"), Map.entry("stood", "stand"),
                Map.entry("thought", "think"), Map.entry("felt", "feel"), Map.entry("heard", "hear"),
                Map.entry("meant", "mean"), Map.entry("told", "tell"), Map.entry("said", "say"),
                Map.entry("wrote", "write"), Map.entry("drove", "drive"), Map.entry("ate", "eat"),
                Map.entry("fed", "feed"), Map.entry("hung", "hang"), Map.entry("laid", "lay"),
                Map.entry("lent", "lend"), Map.entry("sank", "sink"), Map.entry("sang", "sing"),
                Map.entry("sought", "seek"), Map.entry("shot", "shoot"), Map.entry("stuck", "stick"),
                Map.entry("swept", "sweep"), Map.entry("swam", "swim"), Map.entry("taught", "teach"),
                Map.entry("tore", "tear"), Map.entry("understood", "understand"), Map.entry("withdrew", "withdraw"),
                Map.entry("overtook", "overtake"), Map.entry("undertook", "undertake"), Map.entry("blew", "blow"),
                Map.entry("dealt", "deal"), Map.entry("bore", "bear"), Map.entry("forgot", "forget"),
                Map.entry("agreed", "agree"), Map.entry("freed", "free"), Map.entry("guaranteed", "guarantee"),
                Map.entry("created", "create"), Map.entry("died", "die"), Map.entry("lied", "lie"),
                Map.entry("tied", "tie"),
                // the same in the past as in the present: read as past in an effect the article tells
                Map.entry("cut", "cut"), Map.entry("put", "put"), Map.entry("set", "set"), Map.entry("hit", "hit"),
                Map.entry("quit", "quit"), Map.entry("shut", "shut"), Map.entry("spread", "spread"),
                Map.entry("hurt", "hurt"), Map.entry("split", "split"), Map.entry("burst", "burst"),
                Map.entry("shed", "shed"), Map.entry("upset", "upset"));

        private Verbs() {
        }

        /**
         * The base form of a present verb of the third person ("stands" → "stand", "carries" → "carry", "freezes" →
         * "freeze"; "es" drops only after "ss", "sh", "ch", "x", "zz" or "o"), or null when it ends in no "s".
         */
        static String baseOfPresent(String word) {
            String w = word.toLowerCase(Locale.ROOT);
            return w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y"
                    : w.matches(".*(ss|sh|ch|x|zz|o)es") ? w.substring(0, w.length() - 2)
                    : w.endsWith("s") ? w.substring(0, w.length() - 1) : null;
        }

        /**
         * The base form of a past-tense verb when its spelling leaves no doubt, else null: "did not hik" or "did not
         * settl" in a statement marked false would tell the answer by its misspelling. Sure are the irregular verbs, a
         * doubled consonant ("stopped"), "-ied" and endings that never take an "e" ("worked", "reached", "played",
         * "gained") or always do ("announced", "moved", "organized", "raised", "stated", "voted", "settled", "scored").
         * "-eted", "-ited", "-oned", "-oped" and "-dd-" can go either way ("targeted", "completed"; "visited",
         * "invited"; "questioned", "postponed") and are not turned.
         */
        static String surePastBase(String past) {
            String w = past.toLowerCase(Locale.ROOT);
            if (!w.endsWith("ed") || w.endsWith("eed") || w.endsWith("ied") || w.endsWith("lled")) {
                // irregular, "agreed", "carried", "called" and "cancelled" (its list of "-ll" verbs); null for others
                return baseOfPast(w);
            }
            String stem = w.substring(0, w.length() - 2);
            if (stem.endsWith("velop")) {
                return stem; // "developed", "enveloped"
            }
            if (stem.length() < 2 || stem.matches(".*(et|it|on|op|dd|interfer|adher|persever|cus|bias)")) {
                return null;
            }
            if (stem.matches(".*(bb|gg|mm|nn|pp|rr|tt)")) {
                return stem.substring(0, stem.length() - 1); // "stopped", "planned", "occurred"
            }
            // a digraph before the last consonant, or a cluster no verb ends with "e" after: the stem is the verb
            if (stem.matches(".*(ai|ea|oo|ee|oa|ou|oi|ui)[nldmrtkpf]") && !stem.matches(".*((ai|ou|oa)s|uir)")
                    || stem.matches(".*(ck|sh|ch|nt|rt|lt|st|nd|ld|rd|rk|rm|lm|rn|wn|gn|ss|ff|x|w|[aeo]y|er|en|el|pt|ct"
                    + "|mp|lp|sk|sp|ft|rl|mb|gh|o)") && !stem.matches(".*(wast|tast|past|hast)")) {
                return stem;
            }
            // endings that always take an "e": "announced", "moved", "seized", "changed", "raised", "stated", "voted",
            // "settled", "scored", "decided", "named", "escaped", "described", "continued", "liked", "bathed"
            if (stem.matches(".*([cvzgsubl]|[aiouy]r|[^aeiou]at|[aiu]n|[aiou]m|[aiu]d|ed|[ou]t|[aiuy]p|[aiou]k|th|ast)")) {
                return stem + "e";
            }
            return null;
        }

        /**
         * The base form of a present verb of the third person when sure: "wins", "holds", "flies"; not "-es" ("focuses",
         * "closes"), nor "dies" or "ties" (a short "-ies" is "die", "tie").
         */
        static String surePresentBase(String present) {
            String w = present.toLowerCase(Locale.ROOT);
            if (w.endsWith("ies")) {
                return w.length() > 4 ? w.substring(0, w.length() - 3) + "y" : null;
            }
            return w.endsWith("s") && !w.endsWith("es") && !w.endsWith("ss") && !w.endsWith("us") && w.length() > 3
                    ? w.substring(0, w.length() - 1) : null;
        }

        /** The base form of a past-tense verb ("dropped" → "drop", "closed" → "close"), or null. */
        static String baseOfPast(String word) {
            String w = word.toLowerCase(Locale.ROOT);
            if (IRREGULAR.containsKey(w)) {
                return IRREGULAR.get(w);
            }
            if (w.length() < 5 || !w.endsWith("ed") || w.endsWith("eed") && !w.endsWith("ceed")) {
                return null;
            }
            if (w.endsWith("ied")) {
                return w.substring(0, w.length() - 3) + "y";
            }
            String stem = w.substring(0, w.length() - 2);
            if (stem.matches(".{2,}[aeiou][aeiou]?ll") && (stem.matches(".*(contr|patr|ext)oll|.*(disp|exp|comp|prop|rep|reb)ell")
                    || !stem.matches(".*(spell|smell|swell|yell|shell|dwell|quell|call|fall|stall|install|enthrall"
                    + "|roll|poll|toll|pull|fill|kill|spill|will|drill|chill|thrill|skill|still|grill|instill|fulfill"
                    + "|distill|swill|trill|mill|till|ball|wall|sell|tell|fell|well)"))) {
                return stem.substring(0, stem.length() - 1); // "cancelled", "travelled", "signalled", "fuelled"
            }
            if (stem.matches(".*(cus|bias)")) {
                return stem; // "focused", "biased": no "focuse"
            }
            if (stem.matches(".*(bb|gg|mm|nn|pp|rr|tt)")) {
                return stem.substring(0, stem.length() - 1);
            }
            if (stem.matches(".*[^aeiou](at|in|il|am|im|om|ir|ur|ut|od|id|ud|ot|ok|ap|ul|ar)")
                    || stem.matches(".*(iz|is|ys|yz|v|c|os|us|eas|ais|ps|u|[^n]g|ang|eng|uot|[aeiou]b)")) {
                return stem + "e";
            }
            return stem;
        }
    }
}
