package newsquiz.facts;

import static newsquiz.facts.CauseText.clauseStart;
import static newsquiz.facts.CauseText.lower;
import static newsquiz.facts.CauseText.opensClause;
import static newsquiz.facts.CauseText.phraseEnd;
import static newsquiz.facts.EffectClauses.effectBefore;

import java.util.List;
import java.util.Set;
import newsquiz.nlp.Token;

/**
 * ReasonsAfter told after their effect, and the tests that tell a causal connective from a temporal one: a causal "as"
 * (not "as soon as", "as the players walked"), "after" or "following" + a clause, a trouble or a disclosure (not "two
 * hours after", nor what merely came later), "over" after protests, "for" + a deed after a verb of praise or blame,
 * "for security reasons", a feeling "when" something happened, and "in response to" what was no question.
 * CauseFinder matches the connectives; {@code EffectClauses} reads the effect before them.
 */
final class ReasonsAfter {
    private ReasonsAfter() {
    }

    /** Events that bring on what follows them: "fell into the water after a collision", not "after the match". */
    private static final Set<String> TROUBLE = Set.of("collision", "collisions", "crash", "crashes", "accident",
            "accidents", "attack", "attacks", "explosion", "explosions", "blast", "fire", "injury", "injuries",
            "complaint", "complaints", "protest", "protests", "outcry", "backlash", "criticism", "allegation",
            "allegations", "accusation", "accusations", "revelation", "revelations", "scandal", "failure",
            "malfunction", "dispute", "row", "clash", "clashes", "earthquake", "flood", "floods", "flooding", "outbreak",
            "leak", "breach", "error", "mistake", "mistakes", "collapse", "raid", "shooting", "stabbing", "fight",
            "threat", "threats", "landslide", "fault", "blackout", "outage", "illness", "stroke",
            // what came out: "suspended its captain after reports of betting"
            "report", "reports", "claims", "rumours", "rumors",
            // one gone, whose place or work is left: "the post stands empty following the resignation of ..."
            "resignation", "resignations", "death", "deaths", "departure", "dismissal", "sacking", "ouster", "arrest",
            "arrests", "retirement", "suspension", "defeat");
    /** What came out, whose clause follows: "after revelations (that) he had bet on his own team". */
    private static final Set<String> DISCLOSURE = Set.of("report", "reports", "revelation", "revelations",
            "allegation", "allegations", "claim", "claims", "accusation", "accusations", "news", "rumours", "rumors",
            "warnings", "fears", "concerns", "confirmation", "disclosure", "disclosures", "findings");
    /** Verbs done after a trouble has passed ("resumed after the storm"): the trouble is no reason for them. */
    private static final String AFTERMATH_VERB = "(resumed|reopened|returned|restarted|rebuilt|reconvened|continued|spoke|said|met|visited|arrived|came|went"
            + "|held|took place|began|started|ended|recovered|survived|appeared|posted|wrote|called)";
    /** Present verbs of a state left by an event: "the post stands empty following the resignation". */
    private static final String STATE_VERB = "remains|remain|stands|stand|stays|stay|sits|sit|lies|lie";
    /** Verbs whose "for" gives the deed praised or rewarded: "won the prize for his work on ...". */
    static final String PRAISE_VERB = "won|wins|awarded|honou?red|praised|thanked|rewarded|recogni[sz]ed"
            + "|celebrated|applauded|commended";
    /** Verbs whose "for" gives the deed blamed or punished: "was fined for speeding". Not "sued" (for a sum). */
    private static final String BLAME_VERB = "critici[sz]ed|condemned|blamed|apologi[sz]ed|arrested|fined|jailed|convicted"
            + "|sentenced|punished|fired|sacked|banned|suspended|disqualified|expelled|attacked|mocked";
    /** Units a span of time is counted in, for the lists of time words below. */
    private static final String SPAN_UNIT = "seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?"
            + "|centur(?:y|ies)";
    /** Words that make "for" a span of time or a count: "for two years", "for the first time", "for life". */
    private static final String TIME_WORD = SPAN_UNIT + "|times?|life|now|ever|while|good|first|second|last|long"
            + "|season|term|period|night|nights|morning|evening|weekend|summer|winter|spring|autumn";
    /** A stretch of the calendar after "over": "strikes over the Easter holidays", "over the Christmas period". */
    private static final String HOLIDAY = SPAN_UNIT + "|holidays?|period|break|christmas|easter|summer|winter|spring"
            + "|autumn|weekend|season";
    /**
     * A span or a moment before "after": "two hours after", "shortly after", "the days following"; and "not" of "was
     * not arrested after the attack", which states no effect to ask why of.
     */
    static final String TIME_BEFORE_AFTER = SPAN_UNIT + "|moments?|shortly|soon|just|immediately|long|later"
            + "|not";

    /** Deeds that merely come after an event, however grave: "was born two years after the earthquake". */
    private static final String SEQUENCE_VERB = "born|completed|finished|opened|built|founded|established|launched"
            + "|published|released|elected|appointed|named|married|seen|spotted|found|photographed|pictured|filmed"
            + "|interviewed|visited|held|buried";
    /** What one does that is praised: "for his work", "for her role", "for their efforts". */
    private static final String DEED = "work|works|role|efforts?|contributions?|research|discovery|discoveries"
            + "|achievements?|services?|leadership|part|bravery|courage|campaign|campaigning|book|books|writing"
            + "|invention|performance|studies|study|paper|findings|years";
    /** Public feeling or action that is "over" its reason: "protests over offensive messages". */
    private static final Set<String> DISCONTENT = Set.of("protests", "protest", "demonstrations", "outrage", "anger",
            "row", "dispute", "backlash", "outcry", "criticism", "clashes", "strike", "strikes", "boycott", "tensions",
            "fury", "furore", "uproar");

    /** "as it was not an open race": "as" + a subject + a finite verb, not "as well as", "such as", "as soon as". */
    static boolean causalAs(List<Token> t, int i) {
        if (i == 0 || i + 2 >= t.size() || lower(t.get(i - 1)).matches("as|such|so|just|same|well|much|far|long")) {
            return false;
        }
        String subject = lower(t.get(i + 1));
        if (!subject.matches("it|they|he|she|this|we|i|these|those")) {
            return t.get(i - 1).text().equals(",") && causalAsNounClause(t, i + 1) || presentStateAfterPast(t, i);
        }
        String verb = t.get(i + 2).tag();
        return verb.matches("VBD|VBZ|VBP|MD") && !lower(t.get(i + 2)).matches("said|says|put|noted|reported");
    }

    /**
     * "..., as heavy hail and a lightning warning halted the final", "..., as fuel prices rose": after a comma, "as" +
     * a noun phrase + a past verb that is neither a report nor a moment's movement ("as the players walked onto the
     * pitch", "as the sun rose" tell when). Not "as expected", "as it did last year", "as the crowd was leaving".
     */
    private static boolean causalAsNounClause(List<Token> t, int from) {
        if (!t.get(from).tag().matches("DT|JJ.*|NNS?|CD|PRP\\$") || lower(t.get(from)).matches("such|many|much|well|soon|long|far|part|usual|expected|planned|ever|if|though")) {
            return false;
        }
        int k = from + 1;
        while (k < t.size() && k < from + 8 && t.get(k).tag().matches("DT|JJ.*|NN.*|CD|POS|PRP\\$|CC")) {
            k++;
        }
        if (k >= t.size() || !t.get(k).tag().matches("VBD") || Lexicon.isReportingVerb(t.get(k).text())
                || lower(t.get(k)).matches(MOMENT_VERB) || !t.get(k - 1).tag().startsWith("NN")) {
            return false;
        }
        // "as organisers had planned", "as forecasters predicted": the way it went, foreseen, no reason
        for (int j = k; j < Math.min(t.size(), k + 3); j++) {
            if (lower(t.get(j)).matches(FORESEEN)) {
                return false;
            }
        }
        // a condition that stops or drives things ("heavy rains and a thunderstorm warning", "fuel prices"), or a
        // state the event left ("the storm had cut the road", "the road was closed"); "as the country chose a new
        // parliament", "as the home side held on" tell only what went on meanwhile
        boolean condition = t.subList(from, k).stream().anyMatch(x -> CONDITION.contains(lower(x)));
        boolean state = lower(t.get(k)).matches("had|was|were") && k + 1 < t.size()
                && t.get(k + 1).tag().matches("VBN|JJ");
        if (!condition && !state || lower(t.get(k)).matches("continued|stopped|eased|cleared|persisted")) {
            return false;
        }
        String next = k + 1 < t.size() ? lower(t.get(k + 1)) : "";
        // "as the crowd was leaving", "as prices did last year": a time, a comparison
        return !(lower(t.get(k)).matches("was|were|did|had") && (k + 1 >= t.size() || t.get(k + 1).tag().matches("VBG|RB|NN.*|\\.|,")
                || next.matches("last|this|in|on|before")))
                && !(lower(t.get(k)).matches("had") && k + 1 < t.size() && !t.get(k + 1).tag().equals("VBN"));
    }

    /**
     * "Profits fell as the market is saturated and margins are thin": after a past deed, "as" + a noun phrase + "is" or
     * "are" + a state is a condition that holds still, so no time the deed happened in; the tense change tells it.
     * Not "as the crowd was leaving" (past), "as the town is preparing" (a doing), "as the firm is expected to".
     */
    private static boolean presentStateAfterPast(List<Token> t, int as) {
        int start = clauseStart(t, as);
        if (t.subList(start, as).stream().noneMatch(x -> x.tag().equals("VBD"))
                || t.subList(start, as).stream().anyMatch(x -> x.tag().matches("VBZ|VBP|MD"))) {
            return false;
        }
        int k = as + 1;
        while (k < t.size() && k < as + 7 && t.get(k).tag().matches("DT|JJ.*|NN.*|CD|PRP\\$|POS")) {
            k++;
        }
        return k > as + 1 && k + 1 < t.size() && t.get(k - 1).tag().startsWith("NN")
                && lower(t.get(k)).matches("is|are|remains|remain") && t.get(k + 1).tag().matches("JJ.*|VBN")
                && !lower(t.get(k + 1)).matches(FORESEEN + "|set|due|about|likely|able|unable|known|used");
    }

    /** Verbs of what was foreseen: "as organisers had planned" tells the way it went, not why. */
    private static final String FORESEEN = "planned|expected|predicted|forecast|promised|hoped|feared|intended|agreed"
            + "|announced|scheduled|anticipated|wanted|wished|suggested|demanded|requested|ordered|required|did|does";
    /** Conditions that stop or drive what people do: weather, warnings, prices, shortages. */
    private static final Set<String> CONDITION = Set.of("rain", "rains", "storm", "storms", "thunderstorm", "snow",
            "hail", "fog", "wind", "winds", "gale", "gales", "ice", "heat", "heatwave", "flood", "floods", "flooding",
            "warning", "warnings", "alert", "alerts", "lightning", "smoke", "prices", "price", "costs", "cost", "rates",
            "demand", "sales", "shortage", "shortages", "inflation", "fears", "concerns", "strike", "strikes",
            "outbreak", "drought", "wildfire", "wildfires", "fire", "fires", "closure", "closures");

    /** Verbs of a moment's movement or sight, whose "as" tells when: "as the players walked onto the pitch". */
    private static final String MOMENT_VERB = "walked|ran|arrived|left|entered|came|went|approached|set|began|started"
            + "|ended|finished|watched|looked|waited|stood|sat|passed|drove|flew|sailed|marched|gathered|lined|cheered"
            + "|sang|danced|prepared|spoke|turned|moved|returned|emerged|appeared|unfolded|took|got|headed";

    /**
     * "after a low-speed collision with the boat": a noun phrase whose head, the last noun of its first run, is a
     * trouble, and no verb of its own after it (a clause is the clause rule's).
     */
    static boolean troubleFollows(List<Token> t, int from) {
        int k = from;
        while (k < t.size() && k < from + 6 && t.get(k).tag().matches("DT|PRP\\$|JJ.*|CD|NN.*|POS")) {
            k++;
        }
        if (k == from || !t.get(k - 1).tag().matches("NNS?") || t.get(from).tag().equals("CD")
                || !TROUBLE.contains(lower(t.get(k - 1)))) {
            return false;
        }
        for (int j = k; j < Math.min(t.size(), k + 8) && !t.get(j).text().matches("[,;:.!?]"); j++) {
            if (t.get(j).tag().matches("VBD|VBZ|VBP|MD")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The clause before "after" tells a past event in its own verb, or a state it left ("stands empty", "is closed"),
     * not a report nor a thing done once it passed ("called a meeting"; but "called for", "called off" answer it).
     */
    static boolean pastEffectBefore(List<Token> t, int connective) {
        int start = clauseStart(t, connective);
        boolean past = false;
        for (int k = start; k < connective; k++) {
            Token x = t.get(k);
            String after = k + 1 < t.size() ? lower(t.get(k + 1)) : "";
            // "called for her resignation", "called off the match" is a deed, neither a report nor an aftermath
            boolean demand = lower(x).equals("called") && after.matches("for|off");
            if (x.tag().equals("MD") || !demand && x.tag().startsWith("VB")
                    && (Lexicon.isReportingVerb(x.text()) || lower(x).matches(AFTERMATH_VERB))) {
                return false;
            }
            past |= x.tag().matches("VBD|VBN") || x.tag().matches("VBZ|VBP") && (lower(x).matches(STATE_VERB)
                    || lower(x).matches("is|are") && k + 1 < connective && t.get(k + 1).tag().matches("VBN|JJ"));
        }
        // "arrested two hours after the stabbing", "shortly after", "in the days following": a time order, no reason;
        // nor is what came after it ("born", "completed", "opened")
        for (int k = Math.max(start, connective - 3); k < connective; k++) {
            if (lower(t.get(k)).matches(TIME_BEFORE_AFTER) || t.get(k).tag().startsWith("VB")
                    && lower(t.get(k)).matches(SEQUENCE_VERB)) {
                return false;
            }
        }
        // "was injured after a collision": a participle right before is the effect itself; "modeled after" is not
        return past && start < connective - 1 && !lower(t.get(connective - 1)).matches("modell?ed|named|patterned");
    }

    /**
     * "after revelations he had bet", "following reports that the firm hid losses", "after fresh allegations that":
     * a disclosure, then its clause: a subject and a finite verb within a few words.
     */
    static boolean disclosureClauseFollows(List<Token> t, int from) {
        int k = from;
        while (k < t.size() && k < from + 4 && t.get(k).tag().matches("DT|JJ.*|NNS?")
                && !(k > from && t.get(k).tag().equals("DT") && t.get(k - 1).tag().startsWith("NN"))) {
            k++; // "a report", "fresh allegations", "news reports": the noun is the run's last
        }
        if (k == from || !DISCLOSURE.contains(lower(t.get(k - 1)))) {
            return false;
        }
        if (k < t.size() && lower(t.get(k)).equals("that")) {
            k++;
        }
        if (k >= t.size() || !opensClause(t.get(k)) || lower(t.get(k)).matches("of|about|on|over")) {
            return false;
        }
        for (int j = k + 1; j < Math.min(t.size(), k + 7); j++) {
            String tag = t.get(j).tag();
            if (tag.matches("VBD|VBZ|VBP|MD")) {
                return true;
            }
            if (!tag.matches("NN.*|JJ.*|CD|DT|POS|PRP.*|CC")) {
                return false; // "he and his aides had taken": a subject of two
            }
        }
        return false;
    }

    /** "after two small children died": a subject and a past-tense verb within a few words, no comma between. */
    static boolean pastClauseFollows(List<Token> t, int from) {
        if (from >= t.size() || !t.get(from).tag().matches("DT|CD|PRP|NN.*|JJ.*|PRP\\$")) {
            return false;
        }
        for (int k = from + 1; k < Math.min(t.size(), from + 7); k++) {
            String tag = t.get(k).tag();
            if (tag.equals("VBD")) {
                return !Lexicon.isReportingVerb(t.get(k).text());
            }
            if (!tag.matches("NN.*|JJ.*|CD|DT|POS|PRP\\$|IN")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "His announcement followed two weeks of protests in the capital, San Juan, over offensive messages": the
     * protests' reason follows "over"; the effect is that there were such protests ("there were two weeks of
     * protests in the capital"). Not "over the weekend", "over 100 people".
     */
    static Cause overDiscontent(TaggedSentence ts, int i) {
        List<Token> t = ts.tokens();
        int noun = i - 1;
        while (noun > 0 && i - noun < 8 && !DISCONTENT.contains(lower(t.get(noun)))) {
            Token x = t.get(noun);
            if (x.tag().startsWith("VB") || x.tag().equals("MD") || x.text().matches("[;:.!?()“”\"]")) {
                return null;
            }
            noun--;
        }
        if (!DISCONTENT.contains(lower(t.get(noun))) || !t.get(noun).tag().startsWith("NN")) {
            return null;
        }
        Token first = t.get(i + 1 < t.size() ? i + 1 : i);
        if (i + 2 >= t.size() || !first.tag().matches("DT|JJ.*|NNS?|PRP\\$|VBG") || lower(first).matches(TIME_WORD)
                || i + 2 < t.size() && lower(t.get(i + 2)).matches(TIME_WORD + "|past|next|coming|course")
                || t.subList(i + 1, Math.min(t.size(), i + 5)).stream().anyMatch(x -> lower(x).matches(HOLIDAY))) {
            return null;
        }
        int causeTo = phraseEnd(t, i + 1, Cause.Form.NOUN_PHRASE);
        if (causeTo < 0) {
            return null;
        }
        // the noun phrase: its quantity and "of" before the noun ("two weeks of"), its place after, to a comma
        int start = noun;
        while (start > 0 && (t.get(start - 1).tag().matches("NN.*|JJ.*|CD|DT|PRP\\$|POS")
                || lower(t.get(start - 1)).equals("of") && start - 1 > 0 && t.get(start - 2).tag().startsWith("NN"))) {
            start--;
        }
        int end = noun + 1;
        while (end < i && !t.get(end).text().equals(",")) {
            end++;
        }
        if (lower(t.get(end - 1)).matches("in|of|at|on|the|a|an") || end - start > 10) {
            return null;
        }
        Token head = t.get(start).tag().matches("DT|PRP\\$|CD|JJ.*") ? t.get(start) : t.get(noun);
        for (int k = start; k <= noun; k++) {
            if (t.get(k).tag().startsWith("NN")) {
                head = t.get(k);
                break;
            }
        }
        boolean past = t.stream().anyMatch(x -> x.tag().matches("VBD"));
        boolean plural = head.tag().equals("NNS");
        String be = past ? plural ? "were" : "was" : plural ? "are" : "is";
        if (t.get(start).tag().equals("PRP$") || lower(t.get(start)).matches("this|that|these|those")) {
            return null; // "their protests": whose, the question cannot say
        }
        String what = ts.span(start, end);
        if (lower(t.get(start)).equals("the")) {
            // "there were the protests" is no English: a kind of protest, not the one
            boolean mass = lower(t.get(noun)).matches("anger|outrage|criticism|fury");
            what = (plural || mass ? "" : lower(t.get(start + 1)).matches("[aeiou].*") ? "an " : "a ")
                    + ts.span(start + 1, end);
        }
        if (t.get(start).isCapitalised() && !t.get(start).tag().startsWith("NNP")) {
            what = Character.toLowerCase(what.charAt(0)) + what.substring(1);
        }
        return new Cause("there " + be + " " + what, ts.span(i + 1, causeTo), "over", Cause.Form.NOUN_PHRASE, true,
                Evidence.of(ts.sentence()), List.of());
    }

    /**
     * "James Peebles won his half of the prize for his work in predicting ...", "Cocker criticised fans for filming":
     * after a verb of praise or blame in the same clause, "for" + the deed is the reason. For praise the deed must be
     * someone's ("his work") or a doing ("discovering"): "won the award for best actor" names the award's category.
     */
    static Cause forDeed(TaggedSentence ts, int i) {
        List<Token> t = ts.tokens();
        int verb = -1;
        for (int k = i - 1; k >= Math.max(0, i - 9); k--) {
            Token x = t.get(k);
            if (lower(x).equals("for") && t.subList(k + 1, i).stream().allMatch(y -> y.tag().matches("CD|DT|JJ")
                    || lower(y).matches(TIME_WORD))) {
                continue; // "jailed for life for the murder of ...": past the span of time to its verb
            }
            if (x.text().matches("[,;:.!?()“”\"]") || lower(x).equals("for")) {
                return null;
            }
            if (x.tag().matches("VB[DNZ]?") && lower(x).matches(PRAISE_VERB + "|" + BLAME_VERB)) {
                verb = k;
                break;
            }
            if (x.tag().startsWith("VB") || x.tag().equals("MD")) {
                return null; // another verb between: "won the race held for charity"
            }
        }
        if (verb < 0 || i + 2 >= t.size()) {
            return null;
        }
        boolean praise = lower(t.get(verb)).matches(PRAISE_VERB);
        if (!praise && i == verb + 2 && t.get(verb + 1).tag().equals("NN") && !t.get(verb + 1).isCapitalised()) {
            return null; // "blamed fatigue for the defeat": the thing blamed is the cause, "for ..." what it caused
        }
        Token first = t.get(i + 1);
        if (praise ? !first.tag().matches("PRP\\$|VBG") : !first.tag().matches("PRP\\$|VBG|DT|NNS?|JJ")) {
            return null;
        }
        // "won her title for her country", "won support for his plan": only a deed of one's own is praised for
        if (praise && first.tag().equals("PRP$") && t.subList(i + 2, Math.min(t.size(), i + 5)).stream()
                .noneMatch(x -> lower(x).matches(DEED))) {
            return null;
        }
        int end = i + 1;
        while (end < t.size()) {
            Token x = t.get(end);
            String lw = lower(x);
            if (x.text().matches("[“”\"]")) {
                end++;
                continue; // "for driving him “insane at concerts”": the quoted words are the deed's own
            }
            if (x.text().matches("[,;:.!?()\\[\\]—–]|--") || lw.matches("which|who|whose|while|whereas|when|after|before")
                    || lw.equals("to") && end + 1 < t.size() && !t.get(end + 1).tag().equals("VB")
                    && !lower(t.get(end - 1)).matches("due|owing|thanks|according")
                    || lw.matches("and|but") && end > i + 3 && end + 1 < t.size()
                    && t.get(end + 1).tag().matches("VB.*|PRP|MD")) {
                break;
            }
            if (end < i + 4 && lw.matches(TIME_WORD) || x.tag().equals("CD") && end < i + 3) {
                return null;
            }
            end++;
        }
        if (end - i < 3 || end - i > 13) {
            return null;
        }
        String deed = ts.span(i + 1, end).replaceAll("[“”\"]", "").replaceAll("\\s+", " ").strip();
        if (deed.matches("(?i).*\\b(due to|because|owing to|thanks to|as a result of)\\b.*")) {
            return null; // "apologised for its website being down due to traffic": the inner reason is asked instead
        }
        String effect = effectBefore(ts, i);
        if (effect == null || effect.split("\\s+").length > 18) {
            return null;
        }
        return new Cause(effect, deed, "for", Cause.Form.NOUN_PHRASE, true, Evidence.of(ts.sentence()), List.of());
    }

    /**
     * "for safety reasons", "for legal and security reasons": the index of "reasons" after a kind of reason, or -1.
     * Not "for other reasons", "for unknown reasons", "for reasons of ...", which name none.
     */
    static int reasonsNounAt(List<Token> t, int from) {
        for (int k = from; k < Math.min(t.size(), from + 4); k++) {
            String w = lower(t.get(k));
            if (w.equals("reasons") || w.equals("reason")) {
                boolean named = k > from && lower(t.get(k - 1)).matches("[a-z-]+") && t.get(k - 1).tag().matches("JJ|NN");
                boolean after = k + 1 >= t.size() || t.get(k + 1).text().matches("[,;:.!?”\"]") || t.get(k + 1).tag()
                        .matches("IN|CC|RB") && !lower(t.get(k + 1)).matches("of|that|why");
                return named && after && !lower(t.get(k - 1)).matches(VAGUE_REASON) ? k : -1;
            }
            if (!t.get(k).tag().matches("JJ|NN|CC") || lower(t.get(k)).matches(VAGUE_REASON)) {
                return -1;
            }
        }
        return -1;
    }

    /** Kinds that name no reason: "for other reasons", "for unknown reasons", "for the same reason". */
    private static final String VAGUE_REASON = "other|many|several|some|various|unknown|unclear|unexplained"
            + "|unspecified|undisclosed|unstated|obvious|similar|different|same|good|bad|no|any|two|three|own|this|that"
            + "|these|those|the|a|an|his|her|their|its|those|particular|certain|mysterious|strange|odd";

    /** Feelings an event brings on: "was devastated when she lost her voice". Not "happy", "proud": a state for a time. */
    static final String FEELING = "devastated|angry|furious|delighted|thrilled|upset|shocked|stunned|relieved"
            + "|heartbroken|disappointed|overjoyed|saddened|outraged|horrified|elated|surprised|dismayed|distraught"
            + "|gutted|livid|incensed|amazed|astonished|annoyed|frustrated|alarmed";

    /** "in response to questions from reporters", "to a request for comment": an answer, no reason. */
    static boolean answersAnAsking(List<Token> t, int from) {
        for (int k = from; k < Math.min(t.size(), from + 4); k++) {
            if (lower(t.get(k)).matches("questions?|requests?|inquiry|inquiries|enquiry|enquiries|queries|query")) {
                return true;
            }
        }
        return false;
    }
}
