package newsquiz.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import newsquiz.article.Section;
import newsquiz.nlp.Tagger;
import newsquiz.nlp.Token;

/**
 * Finds causes and purposes the article states outright, from explicit connectives only (PDTB-style, most precise
 * first): "EFFECT because CAUSE", "because of / due to / owing to NP", causal "as it was ...", "after" + a clause,
 * "in order to", "in an effort to", a purpose "to" + verb after an action, "CAUSE led to / caused / triggered
 * EFFECT", "EFFECT was caused by CAUSE", "CAUSE, causing EFFECT" and "EFFECT, citing CAUSE". Temporal readings
 * ("since 2019", "after the meeting") are left alone: a skipped cause costs less than a wrong one.
 */
final class CauseFinder {
    private static final int MAX_CLAUSE = 24;
    private static final int MAX_PHRASE = 12;
    private static final Set<String> AUX = Set.of("is", "are", "was", "were", "has", "have", "had", "will", "would",
            "can", "could", "should", "may", "might", "must", "did", "does", "do");
    /** Nouns whose "to" + verb completes the noun ("the decision to leave"), not the action's purpose. */
    private static final Set<String> COMPLEMENT_NOUNS = Set.of("decision", "decisions", "plan", "plans", "right",
            "rights", "ability", "effort", "efforts", "attempt", "attempts", "bid", "chance", "time", "way", "need",
            "order", "orders", "power", "authority", "permission", "opportunity", "deadline", "move", "vote", "call",
            "calls", "promise", "pledge", "threat", "agreement", "deal", "proposal", "push", "bill", "motion",
            "measure", "request", "refusal", "failure", "willingness", "desire", "intention", "commitment", "reason",
            "freedom", "obligation", "responsibility", "duty", "money", "funds", "funding", "legislation", "law",
            "pressure", "approval", "license", "licence", "tendency", "capacity", "means", "place", "one", "ones",
            "first", "last", "attention", "invitation", "offer", "offers", "mandate", "motivation", "incentive");
    /** Verbs whose object is the doer of a following "to" + verb ("urged Congress to pass"): no purpose there. */
    private static final Set<String> OBJECT_CONTROL = Set.of("urged", "asked", "forced", "allowed", "told", "wanted",
            "expected", "encouraged", "invited", "ordered", "persuaded", "required", "helped", "led", "caused",
            "enabled", "prompted", "called", "pressed", "pushed", "begged", "challenged", "directed", "instructed",
            "permitted", "authorized", "authorised", "advised", "warned", "reminded", "taught", "trained", "used",
            "needed", "wants", "want", "decided", "agreed", "tried", "hoped", "refused", "failed",
            "sought", "seeks", "aims", "aimed", "attempted", "managed", "voted",
            "promised", "pledged", "threatened", "vowed", "chose", "expects", "intends", "intended", "going", "able",
            "set", "is", "was", "are", "were", "be", "been", "has", "have", "had", "became", "become", "becomes",
            "remained", "seemed", "appeared");
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
    private static final String PRAISE_VERB = "won|wins|awarded|honou?red|praised|thanked|rewarded|recogni[sz]ed"
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
    private static final String TIME_BEFORE_AFTER = SPAN_UNIT + "|moments?|shortly|soon|just|immediately|long|later"
            + "|not";
    /** When, after "last" or "this": "exposure on the mountain last winter" is no part of the reason. */
    private static final String TIME_OF_YEAR = "year|week|month|season|winter|summer|spring|autumn|fall|night"
            + "|weekend|morning|evening";
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
    private static final Set<String> SUBORDINATORS = Set.of("though", "although", "while", "whereas", "but", "and",
            "so", "yet", "if", "when", "that", "which", "who", "whose", "as", "because", "since", "after", "before",
            "however", "meanwhile", "also", "then", "instead", "still");

    private final List<TaggedSentence> sentences;
    private final List<Cause> causes = new ArrayList<>();

    CauseFinder(List<TaggedSentence> sentences) {
        this.sentences = sentences;
    }

    List<Cause> find() {
        for (TaggedSentence ts : sentences) {
            if (ts.sentence().section() != Section.BODY) {
                continue;
            }
            List<Token> t = ts.tokens();
            Cause aim = aimOfTheSentenceBefore(ts);
            if (aim != null && causes.stream().noneMatch(x -> x.cause().equals(aim.cause()))) {
                causes.add(aim);
            }
            Cause death = causeOfDeath(ts);
            if (death != null && causes.stream().noneMatch(x -> x.cause().equalsIgnoreCase(death.cause()))) {
                causes.add(death);
            }
            for (int i = 0; i < t.size(); i++) {
                Cause c = causeAt(ts, i);
                if (c != null && causes.stream().noneMatch(x -> x.cause().equals(c.cause()))) {
                    causes.add(c);
                }
            }
        }
        List<Cause> out = new ArrayList<>();
        for (Cause c : causes) {
            out.add(new Cause(c.effect(), c.cause(), c.connective(), c.form(), c.effectFirst(), c.evidence(),
                    alternatives(c)));
        }
        return out;
    }

    // ---- wrong answers: the article's other reasons ----

    /**
     * The article's reasons for other things, in the same form: a student who mixes up the story's causes picks one.
     * (Phrases lifted from unrelated sentences read as nonsense beside a reason, so none are taken.)
     */
    private List<String> alternatives(Cause c) {
        String own = c.evidence().sentences().get(0);
        List<String> out = new ArrayList<>();
        for (Cause other : causes) {
            // a deed praised or blamed ("for discovering ...") stands beside other deeds only, never "because of"
            if (!other.evidence().sentences().get(0).equals(own) && other.form() == c.form()
                    && other.connective().equals("for") == c.connective().equals("for")
                    && (!c.connective().equals("for") || sameDeedKind(c, other))
                    && !out.contains(other.cause())) {
                out.add(other.cause());
            }
        }
        return out;
    }

    /**
     * Two deeds a student cannot tell apart by their form: both praised or both blamed ("for its slow response" beside
     * "Why did Anna Berg win ...?" is plainly wrong), and owned alike ("his", "her", "its", "their" as the key's).
     */
    private static boolean sameDeedKind(Cause c, Cause other) {
        if (PRAISED.matcher(c.effect()).find() != PRAISED.matcher(other.effect()).find()) {
            return false;
        }
        java.util.regex.Matcher mine = OWNER.matcher(c.cause());
        java.util.regex.Matcher theirs = OWNER.matcher(other.cause());
        return !mine.find() || !theirs.find() || mine.group().equalsIgnoreCase(theirs.group());
    }

    /** Asked of every pair of the article's deeds: compiled once. */
    private static final java.util.regex.Pattern PRAISED = java.util.regex.Pattern.compile("(?i)\\b(" + PRAISE_VERB
            + ")\\b");
    private static final java.util.regex.Pattern OWNER = java.util.regex.Pattern.compile("(?i)\\b(his|her|its|their)\\b");

    private Cause causeAt(TaggedSentence ts, int i) {
        List<Token> t = ts.tokens();
        String w = lower(t.get(i));
        String next = i + 1 < t.size() ? lower(t.get(i + 1)) : "";
        if (w.equals("because") && next.equals("of") || w.equals("owing") && next.equals("to")
                || w.equals("thanks") && next.equals("to") && i > 0 && !t.get(i - 1).tag().startsWith("VB")
                || w.equals("due") && next.equals("to") && !(i + 2 < t.size() && t.get(i + 2).tag().equals("VB"))) {
            return effectFirst(ts, i, i + 2, Cause.Form.NOUN_PHRASE, w + " " + next);
        }
        // "Imus died of complications from lung disease": what someone died of is why they died
        if ((w.equals("of") || w.equals("from")) && i > 1 && lower(t.get(i - 1)).matches("died|dies|die")
                && t.get(i - 1).tag().startsWith("VB") && i + 1 < t.size() && !t.get(i + 1).tag().equals("CD")) {
            return diedOf(ts, i);
        }
        // "Officials blamed the outage on a faulty transformer", "the delay was attributed to bad weather": the cause
        // someone gives a thing, asked in their name (CauseQuestions)
        if (w.matches(ASCRIBING) && i > 0 && t.get(i).tag().startsWith("VB") && !quoted(ts, i)) {
            Cause c = ascribed(ts, i);
            if (c != null) {
                return c;
            }
        }
        if (w.equals("in") && phraseAt(t, i, "in", "response", "to") && i > 2 && i + 3 < t.size()
                && !t.get(i + 3).tag().equals("VB") && !answersAnAsking(t, i + 3)) {
            return effectFirst(ts, i, i + 3, Cause.Form.NOUN_PHRASE, "in response to");
        }
        if (w.equals("as") && next.equals("a") && phraseAt(t, i, "as", "a", "result", "of")) {
            return effectFirst(ts, i, i + 4, Cause.Form.NOUN_PHRASE, "as a result of");
        }
        if (w.equals("because")) {
            return effectFirst(ts, i, i + 1, Cause.Form.CLAUSE, "because");
        }
        if (w.equals("as") && causalAs(t, i)) {
            return effectFirst(ts, i, i + 1, Cause.Form.CLAUSE, "as");
        }
        // "during the hours after it was announced", "shortly after he left": a time after the clause, no cause
        if (w.equals("after") && pastClauseFollows(t, i + 1) && !t.get(i - 1 < 0 ? 0 : i - 1).tag().equals("VBN")
                && !(i > 0 && lower(t.get(i - 1)).matches(TIME_BEFORE_AFTER)
                && !(i > 1 && lower(t.get(i - 2)).matches("this|last|next|that|earlier|later")))
                && t.subList(0, i).stream().noneMatch(x -> x.tag().equals("MD"))) {
            return effectFirst(ts, i, i + 1, Cause.Form.CLAUSE, "after");
        }
        if ((w.equals("after") || w.equals("following")) && i > 2 && troubleFollows(t, i + 1)
                && pastEffectBefore(t, i)) {
            return effectFirst(ts, i, i + 1, Cause.Form.NOUN_PHRASE, w);
        }
        // "after reports that its chief had sold a stake": the report and what it told, a noun phrase to the clause's end
        if ((w.equals("after") || w.equals("following")) && i > 2 && disclosureClauseFollows(t, i + 1)
                && pastEffectBefore(t, i)) {
            Cause c = effectFirst(ts, i, i + 1, Cause.Form.CLAUSE, w);
            return c == null ? null : new Cause(c.effect(), c.cause(), c.connective(), Cause.Form.NOUN_PHRASE, true,
                    c.evidence(), List.of());
        }
        if (w.equals("over") && i > 2) {
            Cause c = overDiscontent(ts, i);
            if (c != null) {
                return c;
            }
        }
        if (w.equals("for") && i > 2 && reasonsNounAt(t, i + 1) > 0) {
            // "banned the airline, with officials saying this is for security reasons": the deed is the clause before
            // ", with"; whose reason it is the question says (CauseQuestions)
            int with = i - 3;
            while (with > 0 && i - with < 8 && !lower(t.get(with)).equals("with")) {
                with--;
            }
            boolean saying = with > 1 && lower(t.get(with)).equals("with") && t.get(with - 1).text().equals(",")
                    && lower(t.get(i - 3)).matches("saying|insisting|arguing|claiming")
                    && lower(t.get(i - 2)).matches("this|it") && lower(t.get(i - 1)).matches("is|was");
            Cause c = effectFirst(ts, saying ? with - 1 : i, i + 1, Cause.Form.NOUN_PHRASE, "for reasons");
            return c == null || !c.cause().endsWith("reasons") ? null : c;
        }
        if (w.equals("for") && i > 2) {
            Cause c = forDeed(ts, i);
            if (c != null) {
                return c;
            }
        }
        // "will map more wells so they can plan new farms": what the doer can then do is the deed's purpose
        if (w.equals("so") && i > 2 && !t.get(i - 1).text().equals(",")) {
            int verb = soThatVerb(t, i);
            if (verb > 0 && doerAgrees(t, i, lower(t.get(verb - 2)))) {
                return effectFirst(ts, i, verb, Cause.Form.PURPOSE, "so that");
            }
        }
        // "the singer was devastated when she lost her voice": the event is why one felt so; a speaker's own feeling
        // is told in the quotation's terms
        if (w.equals("when") && i > 2 && lower(t.get(i - 1)).matches(FEELING) && (isBe(t.get(i - 2))
                || t.get(i - 2).tag().equals("RB") && i > 3 && isBe(t.get(i - 3))) && pastClauseFollows(t, i + 1)
                && !quoted(ts, i)) {
            return effectFirst(ts, i, i + 1, Cause.Form.CLAUSE, "when");
        }
        // the article's own telling only: a speaker's "so" carries a reason only the speaker gives, and stock wrong
        // reasons read as nonsense beside it
        if (w.equals("so") && i > 2 && t.get(i - 1).text().equals(",") && consequenceClauseFollows(t, i + 1)
                && !quoted(ts, i)) {
            return soConsequence(ts, i);
        }
        if (w.equals("citing") && i > 0 && t.get(i - 1).text().equals(",")) {
            return effectFirst(ts, i - 1, i + 1, Cause.Form.NOUN_PHRASE, "citing");
        }
        for (String[] p : List.of(new String[] {"in", "order", "to"}, new String[] {"so", "as", "to"},
                new String[] {"in", "an", "effort", "to"}, new String[] {"in", "a", "bid", "to"},
                new String[] {"in", "an", "attempt", "to"})) {
            if (phraseAt(t, i, p) && i + p.length < t.size() && t.get(i + p.length).tag().equals("VB")) {
                return effectFirst(ts, i, i + p.length - 1, Cause.Form.PURPOSE, String.join(" ", p));
            }
        }
        if (i == 0 && w.equals("to") && frontedPurpose(t)) {
            return effectFirst(ts, 0, 1, Cause.Form.PURPOSE, "to");
        }
        if (w.equals("to") && t.get(i).tag().equals("TO") && purposeTo(t, i)) {
            return effectFirst(ts, i, i, Cause.Form.PURPOSE, "to");
        }
        if ((w.equals("led") || w.equals("leads")) && next.equals("to") || w.equals("resulted") && next.equals("in")) {
            return causeFirst(ts, i, i + 2, w + " " + next);
        }
        // "Crossing time zones quickly results in jet lag", "Late nights lead to poor marks", "can lead to": a present
        // cause is asked as "what results in / leads to"; one whose subject is a pronoun or clause the finder refuses
        if ((w.equals("results") || w.equals("result")) && next.equals("in") || w.equals("lead") && next.equals("to")
                && t.get(i).tag().startsWith("VB")) {
            boolean modal = i > 0 && t.get(i - 1).tag().equals("MD") && w.matches("result|lead");
            if (!modal && !w.equals("results") && !t.get(i).tag().equals("VBP")) {
                return null; // "the result in", "to lead to": no present verb of a subject
            }
            // the tagger reads "results" as a noun either way: "exam results in the county improved" has its verb later
            for (int k = i + 2; k < t.size() && !t.get(k).text().matches("[,;:.!?]"); k++) {
                if (t.get(k).tag().matches("VBD|VBZ|VBP|MD")) {
                    return null;
                }
            }
            String verb = modal ? lower(t.get(i - 1)) + " " + w : w.equals("result") ? "results" : w.equals("lead")
                    ? "leads" : w;
            return causeFirst(ts, modal ? i - 1 : i, i + 2, verb + " " + next);
        }
        if (w.matches("caused|triggered|sparked") && t.get(i).tag().equals("VBD") && !next.equals("by")) {
            return causeFirst(ts, i, i + 1, w);
        }
        if (w.equals("caused") && next.equals("by") && i > 0 && isBe(t.get(i - 1))) {
            return passiveCause(ts, i);
        }
        if (w.matches("causing|prompting|forcing") && i > 0 && t.get(i - 1).text().equals(",")) {
            return consequence(ts, i);
        }
        return null;
    }

    /**
     * "The city will switch off street lights at midnight. The aim is to cut energy costs." (or "This is to cut
     * energy costs."): a sentence that only names an aim gives the purpose of the deed just before it. That deed must be one plain clause of the same
     * paragraph (no comma, quotation or second clause to pick from) whose subject a question can name (no pronoun).
     */
    private Cause aimOfTheSentenceBefore(TaggedSentence ts) {
        List<Token> t = ts.tokens();
        // "This is to let the air settle": the same aim, told with "this" for the deed; not "This is to be expected",
        // "That is to say", nor "This is to our benefit" (no verb)
        boolean named = t.size() >= 6 && phraseAt(t, 0, "the")
                && lower(t.get(1)).matches("aim|goal|purpose|objective|intention");
        boolean pointed = t.size() >= 5 && lower(t.get(0)).matches("this|that") && !named;
        int verb = named ? 4 : 3;
        if (!named && !pointed || !lower(t.get(verb - 2)).matches("is|was") || !lower(t.get(verb - 1)).equals("to")
                || !t.get(verb).tag().equals("VB") || lower(t.get(verb)).matches("be|say|sa[iy]|put|come|do")) {
            return null;
        }
        int at = sentences.indexOf(ts);
        TaggedSentence before = at > 0 ? sentences.get(at - 1) : null;
        if (before == null || before.sentence().paragraph() != ts.sentence().paragraph()
                || before.sentence().section() != Section.BODY) {
            return null;
        }
        List<Token> b = before.tokens();
        int end = trimEnd(b, b.size());
        if (b.subList(0, end).stream().anyMatch(x -> x.text().matches("[,;:“”\"()—–]|--") || x.tag().equals("PRP")
                || x.tag().equals("CC") && x != b.get(0) || lower(x).matches("that|which|who|because|after|when|if"))) {
            return null;
        }
        String effect = clauseText(before, 0, end);
        int causeTo = phraseEnd(t, verb, Cause.Form.PURPOSE);
        if (effect == null || causeTo < 0 || effect.split("\\s+").length > 18) {
            return null;
        }
        // "The city planted 500 trees. The goal is to double that number": an aim that builds on the deed ("that
        // number", "it", "them") goes past it, and is no purpose the deed itself was done for
        if (t.subList(verb, causeTo).stream().anyMatch(x -> lower(x).matches("that|this|these|those|it|them|such"))) {
            return null;
        }
        return new Cause(effect, "to " + ts.span(verb, causeTo), named ? "the aim is" : "this is to",
                Cause.Form.PURPOSE, true,
                Evidence.of(List.of(before.sentence(), ts.sentence())), List.of());
    }

    /**
     * "The cause of death was pneumonia.", "Her family gave the cause of death as heart failure.", "Reporters gave his
     * cause of death as ...": why someone died, asked of the person whose death a sentence shortly before tells by
     * name ("The broadcaster Tom Velly, 81, died on Friday"). Not "the cause of death is unknown / under
     * investigation", which gives none.
     */
    private Cause causeOfDeath(TaggedSentence ts) {
        List<Token> t = ts.tokens();
        int from = -1;
        for (int i = 1; i + 4 < t.size() && from < 0; i++) {
            if (!phraseAt(t, i, "cause", "of")) {
                continue;
            }
            int k = i + 2 + (t.get(i + 2).tag().equals("PRP$") ? 1 : 0); // "the cause of his death"
            if (k + 1 >= t.size() || !lower(t.get(k)).equals("death")) {
                continue;
            }
            k++;
            String owner = lower(t.get(i - 1));
            if (owner.matches("the|his|her|their") && lower(t.get(k)).matches("was|is|had been|has been")) {
                k++;
                if (k + 1 < t.size() && lower(t.get(k)).matches("given|listed|recorded|confirmed|reported")
                        && lower(t.get(k + 1)).equals("as")) {
                    k += 2; // "was given as"
                }
                from = k;
            } else if (owner.matches("the|his|her|their") && i > 1 && lower(t.get(k)).equals("as")
                    && lower(t.get(i - 2)).matches("gave|gives|listed|lists|recorded|records|reported|reports|confirmed"
                    + "|confirms|named|names")) {
                from = k + 1; // "gave the cause of death as"
            }
        }
        if (from < 0 || from >= t.size() || !t.get(from).tag().matches("DT|JJ.*|NN.*|VBG")) {
            return null;
        }
        int to = phraseEnd(t, from, Cause.Form.NOUN_PHRASE);
        if (to < 0 && t.get(from).tag().startsWith("NN") && from + 1 < t.size() && t.get(from + 1).text().matches("[.,;]")) {
            to = from + 1; // "was pneumonia": one word names an illness
        }
        if (to < 0 || t.subList(from, to).stream().anyMatch(x -> lower(x).matches("unknown|unclear|undetermined"
                + "|investigation|pending|not|yet|natural|suspicious"))) {
            return null; // "natural causes" gives no reason a choice can be wrong about
        }
        String who = null;
        int at = sentences.indexOf(ts);
        List<newsquiz.article.Sentence> told = new ArrayList<>();
        for (int b = at - 1; b >= Math.max(0, at - 3) && who == null; b--) { // the nearest death told before
            TaggedSentence before = sentences.get(b);
            if (before.sentence().section() != Section.BODY
                    || ts.sentence().paragraph() - before.sentence().paragraph() > 1) {
                break;
            }
            who = deceased(before);
            told.add(0, before.sentence());
        }
        if (who == null || who.isEmpty()) {
            return null;
        }
        return new Cause(who + " died", ts.span(from, to), "cause of death", Cause.Form.NOUN_PHRASE, true,
                Evidence.of(List.of(told.get(0), ts.sentence())), List.of());
    }

    /**
     * The name of the one whose death the sentence tells: "Tom Velly died", "the broadcaster Tom Velly, 81, died",
     * "Tom Velly, known as ..., died on Friday"; empty for a death told of no name ("He died", "who died"), which
     * stops the search; null when the sentence tells no death.
     */
    private static String deceased(TaggedSentence ts) {
        List<Token> t = ts.tokens();
        for (int j = 1; j < t.size(); j++) {
            if (!lower(t.get(j)).matches("died|dies") || !t.get(j).tag().startsWith("VB")) {
                continue;
            }
            int end = j;
            if (t.get(j - 1).text().equals(",")) {
                int open = clauseStart(t, j - 1);
                end = open > 1 && t.get(open - 1).text().equals(",") ? open - 1 : -1;
            }
            int start = end;
            while (start > 0 && t.get(start - 1).tag().startsWith("NNP")) {
                start--;
            }
            return start < end && end - start <= 4 ? ts.span(start, end) : "";
        }
        return null;
    }

    // ---- the cause after the connective, the effect before it ----

    private Cause effectFirst(TaggedSentence ts, int connective, int causeFrom, Cause.Form form, String words) {
        List<Token> t = ts.tokens();
        int causeTo = phraseEnd(t, causeFrom, form);
        if (causeTo < 0) {
            return null;
        }
        if (causeTo - causeFrom > 14) {
            // a long reason reads badly as a choice: keep its first part ("X and Y" → "X")
            for (int k = causeFrom + 6; k < causeTo; k++) {
                if (lower(t.get(k)).matches("and|but") && k + 1 < causeTo && t.get(k + 1).tag().matches("VB.*|PRP|MD")) {
                    causeTo = k;
                    break;
                }
            }
        }
        if (form == Cause.Form.NOUN_PHRASE) {
            // "complications from lung disease on Friday at the age of 79": when it happened is no part of why
            for (int k = causeFrom + 1; k < causeTo; k++) {
                String next = k + 1 < causeTo ? lower(t.get(k + 1)) : "";
                if (lower(t.get(k)).matches("on|last|this|at|aged|in") && (Lexicon.WEEKDAYS.contains(next)
                        || Lexicon.MONTHS.contains(next) || lower(t.get(k)).equals("aged")
                        || lower(t.get(k)).equals("at") && (next.equals("home") || k + 2 < causeTo
                        && next.matches("the|his|her|their") && lower(t.get(k + 2)).matches("age|home"))
                        || lower(t.get(k)).matches("last|this") && next.matches(TIME_OF_YEAR)
                        || lower(t.get(k)).equals("in") && next.matches("\\d{4}"))) {
                    causeTo = k;
                    break;
                }
            }
        }
        String cause = ts.span(causeFrom, causeTo);
        if (form == Cause.Form.PURPOSE && !cause.startsWith("to ")) {
            cause = "to " + cause;
        }
        String effect = connective == 0 ? null : effectBefore(ts, connective);
        if (connective == 0) {
            // "Because CAUSE, EFFECT": the effect is the clause after the comma
            int comma = causeTo;
            if (comma < t.size() && t.get(comma).text().equals(",")) {
                effect = clauseText(ts, comma + 1, trimEnd(t, t.size()));
            }
        }
        if (effect != null) {
            // "..., the authors wrote": the attribution is not part of what happened
            effect = effect.replaceFirst(",\\s+(the\\s+)?[\\p{L} ]{1,40}\\s+(said|says|wrote|added|reported|noted|told)\\s*$", "");
        }
        if (effect == null || effect.split("\\s+").length > 18) {
            return null;
        }
        return new Cause(effect, cause, words, form, true, Evidence.of(ts.sentence()), List.of());
    }

    /** Verbs whose object does what a following "to" + verb says: "to allow the air to settle". */
    private static final String LETTING_VERB = "allow|help|enable|force|encourage|permit|persuade|get|invite|train"
            + "|teach|ask|urge|require";

    /** Where the cause phrase ends: at punctuation, a closing quote, a second purpose, or a relative clause. */
    private static int phraseEnd(List<Token> t, int from, Cause.Form form) {
        int max = form == Cause.Form.CLAUSE ? MAX_CLAUSE : MAX_PHRASE;
        int k = from;
        while (k < t.size() && !t.get(k).text().matches("[,;:.!?()\\[\\]“”\"—–]|--")) {
            String w = lower(t.get(k));
            // "closed as a result of the outbreak and reopened in October": the effect's second verb ends the phrase
            // ("because of falling sales and increased competition": a participle of change before its noun)
            if (form == Cause.Form.NOUN_PHRASE && k > from + 1 && w.matches("and|but") && k + 1 < t.size()
                    && t.get(k + 1).tag().matches("VBD|VBZ|VBP|VBN|MD") && !lower(t.get(k + 1)).matches("increased"
                    + "|reduced|improved|limited|renewed|heightened|added|lowered|raised|delayed|damaged")) {
                break;
            }
            // "to allow the air to settle": the second "to" is the object's, after a verb that lets or makes it do so
            boolean controlled = IntStream.range(from, k).anyMatch(j -> t.get(j).tag().equals("VB")
                    && lower(t.get(j)).matches(LETTING_VERB));
            if (k > from + 1 && (w.matches("which|who|whose|while|whereas") || form != Cause.Form.CLAUSE
                    && (w.equals("that") && !t.get(k - 1).tag().startsWith("VB") || w.equals("to") && k + 1 < t.size()
                    && t.get(k + 1).tag().equals("VB") && k > from + 2 && !controlled))) {
                break;
            }
            if (k - from >= max) {
                // too long for a choice: end at the last "and" or "but" that starts a new part
                int cut = k;
                while (cut > from + 3 && !lower(t.get(cut)).matches("and|but|or|if|when|while|unless|so")) {
                    cut--;
                }
                if (cut <= from + 3 && form == Cause.Form.CLAUSE) {
                    // "after the government proposed an amendment to a law to allow ... to extradite ...": the
                    // clause ends where its purpose begins, at the first "to" + verb after its own verb
                    // (after a noun, "an amendment to a law | to allow": not "refused to allow", "voted last week
                    // to cut", whose verb takes the "to" as its object)
                    boolean verbSeen = false;
                    boolean control = false;
                    for (int c = from + 1; c < k; c++) {
                        verbSeen |= t.get(c).tag().matches("VBD|VBZ|VBP|MD");
                        control |= t.get(c).tag().startsWith("VB") && OBJECT_CONTROL.contains(lower(t.get(c)));
                        if (verbSeen && !control && c > from + 4 && lower(t.get(c)).equals("to") && c + 1 < t.size()
                                && t.get(c + 1).tag().equals("VB") && t.get(c - 1).tag().matches("NNS?")) {
                            return c;
                        }
                    }
                }
                return cut > from + 3 ? cut : -1;
            }
            k++;
        }
        if (k - from < 2) {
            return -1;
        }
        if (form == Cause.Form.CLAUSE && t.subList(from, k).stream().noneMatch(x -> x.tag().startsWith("VB")
                || x.tag().equals("MD"))) {
            return -1; // "because of the rain" handled elsewhere; a clause needs its verb
        }
        return k;
    }

    /**
     * The clause the connective attaches to: back to the clause's start (a comma, a semicolon, a quotation mark or
     * the sentence's start), past a reporting frame ("X announced (that)") and a leading subordinator; when that
     * leaves a verb without its subject ("Baumgartner, who ..., raised"), the subject is taken from before the
     * commas.
     */
    private String effectBefore(TaggedSentence ts, int connective) {
        List<Token> t = ts.tokens();
        int end = connective;
        while (end > 0 && t.get(end - 1).text().matches("[,;:]")) {
            end--;
        }
        // "..., partly because": how much of the reason it is says nothing of the effect; "not (just) because" denies
        // it, and "perhaps because", "ostensibly because" only guess or doubt it: no reason the article gives
        while (end > 1 && lower(t.get(end - 1)).matches(HEDGE)) {
            end--;
            while (end > 0 && t.get(end - 1).text().matches("[,;:]")) {
                end--;
            }
        }
        if (end > 0 && lower(t.get(end - 1)).matches("not|" + DOUBT)) {
            return null;
        }
        int start = clauseStart(t, end);
        // "but that office stands vacant": a "that" before its noun points at the subject, no subordinator
        while (start < end && SUBORDINATORS.contains(lower(t.get(start))) && !(lower(t.get(start)).equals("that")
                && t.get(start).tag().equals("DT") && start + 2 < end && t.get(start + 1).tag().matches("NNS?")
                && t.get(start + 2).tag().matches("VBZ|VBP|VBD|MD"))) {
            start++;
        }
        start = afterFrontedTime(t, start, end);
        for (int k = end - 1; k >= start; k--) {
            if (k > start && lower(t.get(k)).equals("that") && (t.get(k - 1).tag().startsWith("VB") || Lexicon.isReportingVerb(
                    t.get(k - 1).text()) || t.get(k - 1).tag().startsWith("NN"))) {
                start = k + 1; // "announced that X", "there was concern that X", "it means that X"
                break;
            }
            // "announced a trial ... was stopped" reports a clause; "recalled the cars", "asked for leniency",
            // "called back the vans" and "announced plans to close" are the deed itself: a verb that reports only
            // now and then needs a finite verb after it, and any reporting verb a verb not after "to"
            if (Lexicon.isReportingVerb(t.get(k).text()) && t.get(k).tag().startsWith("VB") && k + 1 < end
                    && !t.get(k + 1).tag().startsWith("VB") && reportsClause(t, k, end)) {
                if (lower(t.get(k)).matches(DENIAL)) {
                    return null; // "denied the hospital closed because of cuts": no such event to explain
                }
                start = lower(t.get(k)).matches("told|tells|tell|telling") ? afterTold(t, k + 1, end) : k + 1;
                start = afterReportedWhen(t, start, end);
                break;
            }
        }
        if (start >= end) {
            return null;
        }
        if (t.get(start).tag().startsWith("VB") || t.get(start).tag().equals("MD")
                || t.get(start).tag().startsWith("RB")) {
            int[] subject = subjectBefore(t, start);
            if (subject == null) {
                return null;
            }
            return end - start < 2 ? null : opening(ts, subject[0], subject[1]) + " " + ts.span(start, end);
        }
        return clauseText(ts, start, end);
    }

    /**
     * "Rates dropped after two small children died from a faulty vaccine": who died is the noun phrase right
     * before "died", not the clause the death is part of.
     */
    private Cause diedOf(TaggedSentence ts, int of) {
        List<Token> t = ts.tokens();
        int start = of - 1;
        while (start > 0 && t.get(start - 1).tag().matches("NN.*|DT|JJ.*|CD|POS|PRP\\$|PRP")) {
            start--;
        }
        Cause c = effectFirst(ts, of, of + 1, Cause.Form.NOUN_PHRASE, lower(t.get(of)));
        if (c == null || start == of - 1) {
            return null;
        }
        return new Cause(opening(ts, start, of), c.cause(), c.connective(), c.form(), true, c.evidence(), List.of());
    }

    /** Verbs that deny what they report. */
    private static final String DENIAL = "denied|denies|deny|denying|dismissed|rejected|disputed";

    /**
     * Whether the reporting verb at {@code k} reports a clause before {@code end}: a verb of its own follows, not after
     * "to" ("announced plans to close" is the deed); a verb that reports only now and then ("recalled", "called",
     * "asked") needs a finite one ("recalled the cars" is the deed, "recalled the plant was shut" a report).
     */
    private static boolean reportsClause(List<Token> t, int k, int end) {
        boolean weak = Lexicon.WEAK_REPORTING.contains(lower(t.get(k)));
        // a verb's own subject stands before it ("the trains run", "fares briefly spiked"); "a ban on imported beef",
        // "to pack their bags and leave" hold no clause
        return IntStream.range(k + 1, end).anyMatch(j -> t.get(j).tag().matches("VBD|VBZ|VBP|MD")
                || !weak && t.get(j).tag().matches("VBN?") && (subjectTag(t.get(j - 1))
                || j > k + 2 && t.get(j - 1).tag().equals("RB") && subjectTag(t.get(j - 2))));
    }

    /**
     * Past whom one told: "told the BBC | the bridge would stay shut", "told investors | profits would fall", "told
     * reporters | she resigned". The person told is a pronoun, a name, or one noun phrase; the clause begins with the
     * next determiner, pronoun or noun.
     */
    private static int afterTold(List<Token> t, int from, int end) {
        int k = from;
        boolean determined = k < end && t.get(k).tag().matches("DT|PRP\\$");
        if (determined) {
            k++;
        }
        while (k < end && t.get(k).tag().matches("JJ.*")) {
            k++;
        }
        int nouns = k;
        if (determined) {
            while (k < end && t.get(k).tag().startsWith("NN")) {
                k++; // "the BBC", "a news conference"
            }
        } else if (k < end && t.get(k).tag().matches("PRP|NNS?")) {
            // "them", "reporters", "investors": one word is whom; "staff members", "police officers": two
            k += k + 1 < end && t.get(k).tag().equals("NN") && t.get(k + 1).tag().equals("NNS") ? 2 : 1;
        } else {
            while (k < end && t.get(k).tag().startsWith("NNP")) {
                k++; // "Reuters", "John Smith"
            }
        }
        k = k > nouns ? afterReportedWhen(t, k, end) : k; // "told the jury on Thursday | the defendant ..."
        if (k < end && t.get(k).text().equalsIgnoreCase("that")) {
            return k + 1;
        }
        return k > nouns && k < end && opensClause(t.get(k)) ? k : from;
    }

    /**
     * Past when it was said: "said Saturday night he had scheduled ...", "announced Monday the plant would close",
     * "said yesterday the market would reopen", "said on Tuesday the schools ..."; not "said Monday's vote ...".
     */
    private static int afterReportedWhen(List<Token> t, int start, int end) {
        int k = start;
        if (k < end && (Lexicon.WEEKDAYS.contains(lower(t.get(k))) || lower(t.get(k)).matches("yesterday|today|tonight"))) {
            k++;
            if (k < end && lower(t.get(k)).matches(DAY_PART)) {
                // "said Monday night he had ...", but "said Monday night games would be moved": the games' night
                if (k + 1 < end && !t.get(k + 1).tag().matches("DT|PRP.*|NNP.*")) {
                    return start;
                }
                k++;
            }
        } else {
            k = afterFrontedTime(t, start, end);
        }
        return k > start && k < end && opensClause(t.get(k)) ? k : start;
    }

    /** A word a clause's subject can open with: a noun, a determiner, an adjective, a number, a pronoun, "there". */
    private static boolean opensClause(Token x) {
        return x.tag().matches("NN.*|DT|JJ.*|CD|PRP.*|EX");
    }

    /** The part of a day after its name: "Monday morning", "Saturday night". */
    private static final String DAY_PART = "morning|afternoon|evening|night";

    private static boolean subjectTag(Token x) {
        return x.tag().matches("NNS?|NNPS?|PRP");
    }

    /** How much of a reason it is, before the connective: "partly because", "largely due to". */
    private static final String HEDGE = "partly|largely|mainly|mostly|chiefly|primarily|partially|precisely|only"
            + "|simply|just";
    /** A reason guessed or doubted, not given: "perhaps because", "ostensibly because", "reportedly due to". */
    private static final String DOUBT = "apparently|reportedly|probably|possibly|perhaps|allegedly|presumably"
            + "|ostensibly|supposedly|seemingly|maybe|likely";

    /**
     * The clause's start past a fronted time without a comma ("In January the board proposed ...", "Last week the
     * council voted ..."): the effect is the clause from its subject.
     */
    private static int afterFrontedTime(List<Token> t, int start, int end) {
        if (start + 2 >= end) {
            return start;
        }
        String first = lower(t.get(start));
        String second = lower(t.get(start + 1));
        int k = start;
        if (first.matches("\\d{4}") && start > 0 && lower(t.get(start - 1)).matches("since|in|by|until|during")
                && t.get(start + 1).tag().matches("DT|NNP.*")) {
            k = start + 1; // "Since 2010 the town ...", its "since" already gone
        } else if (first.matches("in|on|during|by|since|until") && (Lexicon.MONTHS.contains(second)
                || Lexicon.WEEKDAYS.contains(second) || second.matches("\\d{4}"))) {
            k = start + 2;
            // "On Monday morning", "In May 2019", "On March 3, 2024": a day or a year, never a count ("In May 2,000
            // people ...")
            if (k < end && lower(t.get(k)).matches(DAY_PART)) {
                k++;
            }
            if (k < end && t.get(k).text().matches("\\d{1,2}(st|nd|rd|th)?|\\d{4}")) {
                k++;
                if (k + 1 < end && t.get(k).text().equals(",") && t.get(k + 1).text().matches("\\d{4}")) {
                    k += 2;
                }
            }
        } else if (first.matches("last|this|earlier|later|next") && second.matches(TIME_OF_YEAR)) {
            k = start + 2;
        } else if (first.matches("in|on|during") && second.matches("the|this|that") && start + 2 < end
                && lower(t.get(start + 2)).matches(TIME_OF_YEAR)) {
            k = start + 3;
        }
        // "On May Day the union ...", "In June Carter's memoir": a name goes on past the month, no subject begins;
        // "On Tuesday Goldman Sachs cut ...": a name whose verb follows it is the subject
        int nameEnd = k;
        while (nameEnd < end && t.get(nameEnd).tag().startsWith("NNP")) {
            nameEnd++;
        }
        boolean nameGoesOn = k > start && nameEnd > k && t.get(k - 1).tag().startsWith("NNP")
                && !(nameEnd < end && t.get(nameEnd).tag().matches("VB.*|MD"));
        return k > start && k < end && opensClause(t.get(k)) && !nameGoesOn ? k : start;
    }

    /** A subject for a verb left without one: the noun phrase before the commas of an appositive or relative. */
    private static int[] subjectBefore(List<Token> t, int verb) {
        int k = verb - 1;
        while (k > 0) {
            if (!t.get(k).text().equals(",")) {
                return null;
            }
            int segEnd = k;
            int segStart = clauseStart(t, segEnd);
            if (segStart >= segEnd) {
                return null;
            }
            String first = lower(t.get(segStart));
            boolean nounPhrase = (t.subList(segStart, segEnd).stream().allMatch(x -> x.tag().matches(
                    "NN.*|JJ.*|DT|CD|POS|PRP\\$|IN|CC") && !x.text().matches("[“”\"]"))
                    || first.matches("about|nearly|almost|around|roughly|some|over")) && t.subList(segStart + 1, segEnd)
                    .stream().allMatch(x -> x.tag().matches("NN.*|JJ.*|DT|CD|POS|PRP\\$|IN|CC"))
                    && t.get(segEnd - 1).tag().startsWith("NN") && (!t.get(segStart).tag().equals("IN")
                    || first.equals("about"));
            if (nounPhrase && !SUBORDINATORS.contains(first)) {
                // "A part of the government, 800,000 employees, is": an appositive names the subject again
                int[] before = segStart > 1 ? subjectBefore(t, segStart) : null;
                return before != null ? before : new int[] {segStart, segEnd};
            }
            k = segStart - 1;
        }
        return null;
    }

    private static int clauseStart(List<Token> t, int end) {
        int start = end;
        while (start > 0 && !t.get(start - 1).text().matches("[,;:“”\"()]")) {
            start--;
        }
        return start;
    }

    /** The clause's text, checked: a subject, a verb, and not longer than a question can carry. */
    private static String clauseText(TaggedSentence ts, int from, int to) {
        List<Token> t = ts.tokens();
        if (to - from < 3 || to - from > 22) {
            return null;
        }
        boolean verb = false;
        for (int k = from + 1; k < to; k++) {
            verb |= t.get(k).tag().startsWith("VB") || t.get(k).tag().equals("MD") || Tagger.verbReadAsPluralNoun(t, k, to);
        }
        if (!verb || !opensClause(t.get(from))) {
            return null;
        }
        int at = t.get(from).start() - ts.sentence().start();
        if (at > 0 && Character.isDigit(ts.sentence().text().charAt(at - 1))) {
            return null; // the clause would start inside a number ("800,000")
        }
        return opening(ts, from, to);
    }

    /** The span with a sentence-opening capital made small, unless the first word is a name. */
    private static String opening(TaggedSentence ts, int from, int to) {
        String text = ts.span(from, to);
        Token first = ts.tokens().get(from);
        boolean name = first.tag().startsWith("NNP") || first.text().equals("I")
                || first.text().length() > 1 && first.text().chars().skip(1).anyMatch(Character::isUpperCase);
        return name || !first.isCapitalised() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static int trimEnd(List<Token> t, int end) {
        while (end > 0 && t.get(end - 1).text().matches("[.!?,;:”\"]")) {
            end--;
        }
        return end;
    }

    // ---- "CAUSE led to EFFECT", "EFFECT was caused by CAUSE", "CAUSE, causing EFFECT" ----

    private Cause causeFirst(TaggedSentence ts, int verb, int effectFrom, String words) {
        List<Token> t = ts.tokens();
        // "It was the agency's investigation of X which led to the discovery": the noun phrase the relative
        // clause hangs on is the cause, not the "which"
        int end = verb > 2 && lower(t.get(verb - 1)).matches("which|that") ? verb - 1 : verb;
        int start = clauseStart(t, end);
        if (end < verb && end - start > 3 && lower(t.get(start)).equals("it") && isBe(t.get(start + 1))) {
            start += 2;
        }
        while (start < end && SUBORDINATORS.contains(lower(t.get(start)))) {
            start++;
        }
        for (int k = end - 2; k > start; k--) {
            if (lower(t.get(k)).equals("that") && t.get(k - 1).tag().matches("VB.*|NN.*")) {
                start = k + 1; // "Studies show that poor sleep results in ...": the cause is the reported subject
                break;
            }
        }
        // "Crossing time zones quickly": a doing, with its adverb, is a cause as a noun phrase is
        boolean doing = t.get(start).tag().equals("VBG");
        if (end - start < 2 || end - start > 8 || !t.subList(start, end).stream()
                .allMatch(x -> x.tag().matches("NN.*|JJ.*|DT|CD|POS|PRP\\$|IN|VBN|VBG") || doing && x.tag().equals("RB"))
                || t.get(start).tag().equals("IN")) {
            return null;
        }
        int effectTo = phraseEnd(t, effectFrom, Cause.Form.NOUN_PHRASE);
        if (effectTo < 0) {
            return null;
        }
        for (int k = effectFrom + 1; end < verb && k < effectTo; k++) {
            if (t.get(k).tag().matches("VBD|VBZ|VBP|MD")) {
                // "A storm that led to flooding in the valley closed 12 schools": the relative ends before the
                // sentence's own verb
                effectTo = k;
                break;
            }
        }
        // "the match resulted in a draw": a score is the event's outcome, not something it brought about
        if (effectTo - effectFrom < 1 || effectTo - effectFrom <= 3 && lower(t.get(effectTo - 1)).matches("draw|tie"
                + "|win|victory|defeat|loss|stalemate|deadlock")) {
            return null;
        }
        return new Cause(ts.span(effectFrom, effectTo), ts.span(start, end), words, Cause.Form.NOUN_PHRASE, false,
                Evidence.of(ts.sentence()), List.of());
    }

    private Cause passiveCause(TaggedSentence ts, int verb) {
        List<Token> t = ts.tokens();
        int subjectEnd = verb - 1;
        int start = clauseStart(t, subjectEnd);
        if (subjectEnd - start < 2 || !t.subList(start, subjectEnd).stream()
                .allMatch(x -> x.tag().matches("NN.*|JJ.*|DT|CD|POS|PRP\\$|IN"))) {
            return null;
        }
        int causeTo = phraseEnd(t, verb + 2, Cause.Form.NOUN_PHRASE);
        if (causeTo < 0) {
            return null;
        }
        return new Cause(ts.span(start, subjectEnd), ts.span(verb + 2, causeTo), "caused by", Cause.Form.NOUN_PHRASE,
                false, Evidence.of(ts.sentence()), List.of());
    }

    /** The verbs that give a thing its cause: "blamed ... on", "attributed ... to", "ascribed ... to". */
    private static final String ASCRIBING = "blame[sd]?|attribute[sd]?|ascribe[sd]?";

    /**
     * "Officials blamed the outage on a faulty transformer", "The outage was blamed on a faulty transformer", "A doctor
     * attributed the death to the cold": the thing and the cause given it, both noun phrases. Not words or works
     * attributed to their author ("remarks attributed to an aide"), nor a cause that is a name ("blamed the attack on
     * Iran": stock wrong reasons would be no names), nor a thing told by a pronoun ("blamed it on").
     */
    private Cause ascribed(TaggedSentence ts, int verb) {
        List<Token> t = ts.tokens();
        String prep = lower(t.get(verb)).startsWith("blam") ? "on" : "to";
        int be = isBe(t.get(verb - 1)) ? verb - 1 : verb > 1 && t.get(verb - 1).tag().equals("RB")
                && isBe(t.get(verb - 2)) ? verb - 2 : -1;
        int effectFrom;
        int effectTo;
        int at;
        if (be >= 0) {
            effectTo = be;
            effectFrom = clauseStart(t, effectTo);
            at = verb + 1;
        } else {
            effectFrom = verb + 1;
            effectTo = effectFrom;
            while (effectTo < t.size() && effectTo - effectFrom <= 8 && !lower(t.get(effectTo)).equals(prep)
                    && !t.get(effectTo).text().matches("[,;:.!?()“”\"]")) {
                effectTo++;
            }
            at = effectTo;
        }
        if (at >= t.size() || !lower(t.get(at)).equals(prep) || effectTo - effectFrom < 1 || effectTo - effectFrom > 8
                || t.get(effectFrom).tag().matches("IN|PRP|WDT|WP") || !t.subList(effectFrom, effectTo).stream()
                .allMatch(x -> x.tag().matches("NN.*|JJ.*|DT|CD|POS|PRP\\$|VBG|VBN") || lower(x).equals("of"))) {
            return null;
        }
        if (t.subList(effectFrom, effectTo).stream().noneMatch(x -> x.tag().startsWith("NN"))) {
            return null; // "Experts attribute this to human activity": what "this" is, the sentence before says
        }
        String effect = opening(ts, effectFrom, effectTo);
        if (!prep.equals("on") && effect.matches("(?i).*\\b(quotes?|quotations?|remarks?|comments?|statements?|words"
                + "|sayings?|works?|paintings?|poems?|books?|songs?|letters?|lines?|music)$")) {
            return null;
        }
        int causeTo = phraseEnd(t, at + 1, Cause.Form.NOUN_PHRASE);
        if (causeTo < 0 && at + 2 <= t.size() && t.get(at + 1).tag().matches("NNS?") && (at + 2 == t.size()
                || t.get(at + 2).text().matches("[,;:.!?]"))) {
            causeTo = at + 2; // "blamed the fire on arson": one word is cause enough
        }
        if (causeTo < 0 || t.get(at + 1).tag().matches("NNP.*|PRP|IN|CD") || t.get(at + 1).isCapitalised()) {
            return null;
        }
        if (causeTo - at > 4 && lower(t.get(causeTo - 2)).equals("on") && lower(t.get(causeTo - 1)).matches(
                "monday|tuesday|wednesday|thursday|friday|saturday|sunday")) {
            causeTo -= 2; // "complications from a stroke on Monday": when it struck is no part of the cause
        }
        return new Cause(effect, ts.span(at + 1, causeTo), be >= 0 ? "was " + lower(t.get(verb)) + " " + prep
                : lower(t.get(verb)) + " " + prep, Cause.Form.NOUN_PHRASE, true, Evidence.of(ts.sentence()), List.of());
    }

    /** "A heater was not working, causing his visor to fog": the clause before the comma caused what follows. */
    private Cause consequence(TaggedSentence ts, int verb) {
        List<Token> t = ts.tokens();
        int end = verb - 1;
        int start = clauseStart(t, end);
        while (start < end && SUBORDINATORS.contains(lower(t.get(start)))) {
            start++;
        }
        for (int k = end - 1; k > start; k--) {
            if (lower(t.get(k)).equals("that") && (t.get(k - 1).tag().startsWith("NN") || t.get(k - 1).tag()
                    .startsWith("VB"))) {
                start = k + 1;
                break;
            }
        }
        String cause = clauseText(ts, start, end);
        int effectTo = phraseEnd(t, verb + 1, Cause.Form.NOUN_PHRASE);
        if (cause == null || effectTo < 0 || end - start > MAX_CLAUSE) {
            return null;
        }
        return new Cause(ts.span(verb + 1, effectTo), cause, lower(t.get(verb)), Cause.Form.CLAUSE, false,
                Evidence.of(ts.sentence()), List.of());
    }

    /**
     * "Blue light scatters more than other colours, so the sky looks blue": the clause before the comma is why the
     * one after "so" happens. Not "so far", "so that", "so many".
     */
    private Cause soConsequence(TaggedSentence ts, int so) {
        List<Token> t = ts.tokens();
        int end = so - 1;
        int start = clauseStart(t, end);
        while (start < end && SUBORDINATORS.contains(lower(t.get(start)))) {
            start++;
        }
        // "the inspector stated the hall was built with a grant, so ...": the reason is what was stated; whose
        // statement it is the question says (CauseQuestions)
        for (int k = start + 1; k < end - 2; k++) {
            if (Lexicon.isReportingVerb(t.get(k).text()) && t.get(k).tag().matches("VBD|VBZ|VBP")
                    && !t.get(k + 1).tag().startsWith("VB") && reportsClause(t, k, end)) {
                if (lower(t.get(k)).matches(DENIAL)) {
                    return null;
                }
                start = lower(t.get(k + 1)).equals("that") ? k + 2 : k + 1;
                break;
            }
        }
        String cause = clauseText(ts, start, end);
        int effectTo = trimEnd(t, t.size());
        for (int k = so + 1; k < effectTo; k++) {
            if (t.get(k).text().matches("[,;:]")) {
                effectTo = k;
                break;
            }
        }
        String effect = clauseText(ts, so + 1, effectTo);
        if (cause == null || effect == null || end - start > MAX_CLAUSE || effectTo - so > 18) {
            return null;
        }
        int subject = namedDoer(t, start, end, so + 1);
        if (subject > start) {
            // the effect names the doer and the reason takes the pronoun: "Why does the hall cost the town nothing?"
            // – "it was paid for with a grant", not the one choice that repeats the question's subject
            String pronoun = lower(t.get(so + 1));
            effect = opening(ts, start, subject) + effect.substring(pronoun.length());
            cause = pronoun + " " + ts.span(subject, end);
        }
        return new Cause(effect, cause, "so", Cause.Form.CLAUSE, true, Evidence.of(ts.sentence()), List.of());
    }

    /**
     * "The hall was paid for with a grant, so it costs the town nothing": the pronoun after "so" is the reason's
     * subject when it agrees with that subject's head ("it" a thing or a body, "they" many, "he"/"she" a person).
     * The index where that subject ends, or -1 when the effect keeps its pronoun.
     */
    private static int namedDoer(List<Token> t, int causeFrom, int causeTo, int effectFrom) {
        String pronoun = lower(t.get(effectFrom));
        if (!pronoun.matches("it|they|he|she")) {
            return -1;
        }
        int head = causeFrom;
        while (head < causeTo && t.get(head).tag().matches("DT|JJ.*|NN.*|POS|PRP\\$|CD")) {
            head++;
        }
        if (head == causeFrom || head - causeFrom > 6 || head >= causeTo || !t.get(head).tag().matches("VB.*|MD")
                || !t.get(head - 1).tag().startsWith("NN") || !doerIs(t.get(head - 1), pronoun)
                || t.get(causeFrom).tag().equals("PRP$")
                || pronoun.equals("it") && !t.get(head - 1).tag().equals("NN")
                && !Lexicon.isOrganizationWord(t.get(head - 1).text())) {
            return -1;
        }
        return head;
    }

    /**
     * "James Peebles won his half of the prize for his work in predicting ...", "Cocker criticised fans for filming":
     * after a verb of praise or blame in the same clause, "for" + the deed is the reason. For praise the deed must be
     * someone's ("his work") or a doing ("discovering"): "won the award for best actor" names the award's category.
     */
    private Cause forDeed(TaggedSentence ts, int i) {
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
     * "His announcement followed two weeks of protests in the capital, San Juan, over offensive messages": the
     * protests' reason follows "over"; the effect is that there were such protests ("there were two weeks of
     * protests in the capital"). Not "over the weekend", "over 100 people".
     */
    private Cause overDiscontent(TaggedSentence ts, int i) {
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

    /** Whether token i stands inside a quotation: an open quotation mark before it in the sentence, or no mark
     * there at all in a sentence that closes one (a quotation running on from the sentence before). */
    private static boolean quoted(TaggedSentence ts, int i) {
        String text = ts.sentence().text();
        int at = ts.tokens().get(i).start() - ts.sentence().start();
        String before = text.substring(0, Math.max(0, Math.min(at, text.length())));
        long opens = before.chars().filter(c -> c == '“').count();
        long closes = before.chars().filter(c -> c == '”').count();
        long straight = before.chars().filter(c -> c == '"').count();
        boolean runsOn = opens == 0 && straight == 0 && (text.indexOf('”') >= at || text.indexOf('"') >= at);
        return opens > closes || straight % 2 == 1 || runsOn;
    }

    /**
     * "for safety reasons", "for legal and security reasons": the index of "reasons" after a kind of reason, or -1.
     * Not "for other reasons", "for unknown reasons", "for reasons of ...", which name none.
     */
    private static int reasonsNounAt(List<Token> t, int from) {
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

    /**
     * "so they can plan", "so that it could repair", "so it would win back": the index of the verb after a pronoun and
     * a modal, or -1. Not "so they could not", which tells a consequence.
     */
    private static int soThatVerb(List<Token> t, int so) {
        int k = so + 1;
        if (k < t.size() && lower(t.get(k)).equals("that")) {
            k++;
        }
        // "so it would win back customers", "so that they will reach the summit": a modal of what is to follow
        if (k + 2 >= t.size() || !lower(t.get(k)).matches("they|it|he|she|we")
                || !lower(t.get(k + 1)).matches("can|could|would|will|might|may")
                || !t.get(k + 2).tag().equals("VB")) {
            return -1;
        }
        return k + 2;
    }

    /**
     * Whether the pronoun after "so" is the deed's doer, so that the purpose reads as its own "to ...": "the team
     * will map wells so they can", "the council raised fees so it could"; not "the school bought buses so they can"
     * when "they" are others. The doer is the clause's subject: a pronoun itself, or a noun of the pronoun's number.
     */
    private static boolean doerAgrees(List<Token> t, int so, String pronoun) {
        int start = clauseStart(t, so);
        while (start < so && SUBORDINATORS.contains(lower(t.get(start)))) {
            start++;
        }
        int head = start;
        while (head < so && t.get(head).tag().matches("DT|JJ.*|NN.*|POS|PRP\\$|CD") && !lower(t.get(head)).equals("will")) {
            head++; // "will" the tagger may read as a noun ("The team will/NN map")
        }
        if (head < so && lower(t.get(head)).equals("will")) {
            return head > start && doerIs(t.get(head - 1), pronoun);
        }
        if (head == start || head >= so || !t.get(head).tag().matches("VB.*|MD")) {
            return false; // no plain subject before the verb
        }
        return doerIs(t.get(head - 1), pronoun);
    }

    private static boolean doerIs(Token noun, String pronoun) {
        if (noun.tag().equals("PRP")) {
            return lower(noun).equals(pronoun) || lower(noun).equals("i") && pronoun.equals("we");
        }
        return switch (pronoun) {
            case "they" -> noun.tag().matches("NNS|NNPS") || COLLECTIVE.contains(lower(noun));
            case "it" -> noun.tag().matches("NN|NNP") && !PERSON.contains(lower(noun)) && !Lexicon.isTitle(noun.text());
            case "he", "she" -> noun.tag().equals("NNP") || PERSON.contains(lower(noun)) || Lexicon.isTitle(noun.text());
            default -> false;
        };
    }

    /** Bodies spoken of as "they" as well as "it". */
    private static final Set<String> COLLECTIVE = Set.of("team", "council", "club", "company", "firm", "government",
            "police", "band", "family", "committee", "board", "group", "school", "university", "city", "town", "army",
            "party", "crew", "staff", "ministry", "department", "agency", "museum", "hospital", "charity");
    /** People by their role, spoken of as "he" or "she". */
    private static final Set<String> PERSON = Set.of("mayor", "minister", "judge", "coach", "manager", "singer",
            "player", "farmer", "teacher", "doctor", "president", "chief", "director", "author", "writer", "artist",
            "actor", "actress", "chef", "owner", "driver", "pilot", "captain", "officer", "woman", "man", "girl", "boy",
            "student", "scientist", "researcher", "senator", "governor", "spokesman", "spokeswoman", "founder");

    /** Feelings an event brings on: "was devastated when she lost her voice". Not "happy", "proud": a state for a time. */
    private static final String FEELING = "devastated|angry|furious|delighted|thrilled|upset|shocked|stunned|relieved"
            + "|heartbroken|disappointed|overjoyed|saddened|outraged|horrified|elated|surprised|dismayed|distraught"
            + "|gutted|livid|incensed|amazed|astonished|annoyed|frustrated|alarmed";

    /** "so the sky looks blue": a subject, then its finite verb within a few words. */
    private static boolean consequenceClauseFollows(List<Token> t, int from) {
        // a subject, not "so strong that ...", "so far", "so many"
        if (from >= t.size() || !t.get(from).tag().matches("DT|PRP|NNP?S?|PRP\\$|JJ.*|CD")
                || lower(t.get(from)).matches("far|that|many|much|long|few|called")
                || t.get(from).tag().startsWith("JJ") && from + 1 < t.size()
                && t.get(from + 1).text().matches("(?i)that|as|,|to|enough")) {
            return false;
        }
        for (int k = from + 1; k < Math.min(t.size(), from + 7); k++) {
            String tag = t.get(k).tag();
            if (tag.matches("VBD|VBZ|VBP|MD") || Tagger.verbReadAsPluralNoun(t, k, t.size())) {
                return true;
            }
            if (!tag.matches("NN.*|JJ.*|CD|DT|POS|PRP\\$|IN|RB")) {
                return false;
            }
        }
        return false;
    }

    // ---- tests on tokens ----

    /** "as it was not an open race": "as" + a subject + a finite verb, not "as well as", "such as", "as soon as". */
    private static boolean causalAs(List<Token> t, int i) {
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
    private static boolean troubleFollows(List<Token> t, int from) {
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
    private static boolean pastEffectBefore(List<Token> t, int connective) {
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
    private static boolean disclosureClauseFollows(List<Token> t, int from) {
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
    private static boolean pastClauseFollows(List<Token> t, int from) {
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

    /** "began a shutdown to make way for": an action's object, then "to" + verb that says what it was for. */
    private static boolean purposeTo(List<Token> t, int i) {
        if (i < 2 || i + 1 >= t.size() || !t.get(i + 1).tag().equals("VB") || lower(t.get(i + 1)).equals("be")) {
            return false;
        }
        Token before = t.get(i - 1);
        if (!before.tag().matches("NNS?") || COMPLEMENT_NOUNS.contains(lower(before))) {
            return false;
        }
        for (int k = Math.max(0, i - 4); k < i; k++) {
            if (lower(t.get(k)).matches("first|last|only|second|third|next") || t.get(k).tag().equals("JJS")) {
                return false; // "the first woman to serve": the noun's complement, not a purpose
            }
        }
        for (int k = i - 2; k >= 0; k--) {
            String tag = t.get(k).tag();
            if (tag.matches("VBN|VBG") && k > 0 && t.get(k - 1).tag().matches("DT|JJ.*|PRP\\$")) {
                continue; // "a planned shutdown": a participle used as an adjective
            }
            if (t.get(k).text().matches("[,;:“”\"]")) {
                return false;
            }
            if (tag.startsWith("VB") || tag.equals("MD")) {
                return tag.equals("VBD") && !OBJECT_CONTROL.contains(lower(t.get(k)))
                        && !Lexicon.isReportingVerb(t.get(k).text()) && k >= 1;
            }
        }
        return false;
    }

    /**
     * "To brighten up the place, the department has taken to spraying the grass green": a sentence that opens with
     * "to" and a verb, then a comma and a clause, says first what the clause was done for. Not "To be sure,", "To
     * date", "To make matters worse," (set phrases), nor "To win is everything" (no comma).
     */
    private static boolean frontedPurpose(List<Token> t) {
        // "To give a sense of the scale,", "To put it simply,": the writer's framing, not why anything was done
        if (t.size() < 8 || !t.get(1).tag().equals("VB")
                || lower(t.get(1)).matches("be|say|put|sum|tell|give|recap|compare|quote|paraphrase|borrow")
                || phraseAt(t, 1, "make", "matters")) {
            return false;
        }
        for (int k = 3; k < Math.min(t.size() - 3, 16); k++) {
            if (t.get(k).text().matches("[;:“”\"]")) {
                return false;
            }
            if (t.get(k).text().equals(",")) {
                return t.get(k + 1).tag().matches("NN.*|DT|PRP|JJ.*") && t.subList(k + 2, t.size()).stream()
                        .anyMatch(x -> x.tag().matches("VBD|VBZ|VBP|MD"));
            }
        }
        return false;
    }

    /** "in response to questions from reporters", "to a request for comment": an answer, no reason. */
    private static boolean answersAnAsking(List<Token> t, int from) {
        for (int k = from; k < Math.min(t.size(), from + 4); k++) {
            if (lower(t.get(k)).matches("questions?|requests?|inquiry|inquiries|enquiry|enquiries|queries|query")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBe(Token t) {
        return lower(t).matches("is|are|was|were|been|be");
    }

    private static boolean phraseAt(List<Token> t, int i, String... words) {
        if (i + words.length > t.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!lower(t.get(i + k)).equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
