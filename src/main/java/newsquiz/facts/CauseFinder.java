package newsquiz.facts;

import static newsquiz.facts.CauseText.isBe;
import static newsquiz.facts.CauseText.lower;
import static newsquiz.facts.CauseText.phraseAt;
import static newsquiz.facts.CauseText.quoted;
import static newsquiz.facts.CausingVerbs.ASCRIBING;
import static newsquiz.facts.CausingVerbs.ascribed;
import static newsquiz.facts.CausingVerbs.causeFirst;
import static newsquiz.facts.CausingVerbs.consequence;
import static newsquiz.facts.CausingVerbs.passiveCause;
import static newsquiz.facts.Consequences.consequenceClauseFollows;
import static newsquiz.facts.Consequences.doerAgrees;
import static newsquiz.facts.Consequences.soConsequence;
import static newsquiz.facts.Consequences.soThatVerb;
import static newsquiz.facts.DeathCauses.causeOfDeath;
import static newsquiz.facts.DeathCauses.diedOf;
import static newsquiz.facts.EffectClauses.effectFirst;
import static newsquiz.facts.Purposes.aimOfTheSentenceBefore;
import static newsquiz.facts.Purposes.frontedPurpose;
import static newsquiz.facts.Purposes.purposeTo;
import static newsquiz.facts.ReasonsAfter.FEELING;
import static newsquiz.facts.ReasonsAfter.PRAISE_VERB;
import static newsquiz.facts.ReasonsAfter.TIME_BEFORE_AFTER;
import static newsquiz.facts.ReasonsAfter.answersAnAsking;
import static newsquiz.facts.ReasonsAfter.causalAs;
import static newsquiz.facts.ReasonsAfter.disclosureClauseFollows;
import static newsquiz.facts.ReasonsAfter.forDeed;
import static newsquiz.facts.ReasonsAfter.overDiscontent;
import static newsquiz.facts.ReasonsAfter.pastClauseFollows;
import static newsquiz.facts.ReasonsAfter.pastEffectBefore;
import static newsquiz.facts.ReasonsAfter.reasonsNounAt;
import static newsquiz.facts.ReasonsAfter.troubleFollows;

import java.util.ArrayList;
import java.util.List;
import newsquiz.article.Section;
import newsquiz.nlp.Token;

/**
 * Finds causes and purposes the article states outright, from explicit connectives only (PDTB-style, most precise
 * first): "EFFECT because CAUSE", "because of / due to / owing to NP", causal "as it was ...", "after" + a clause,
 * "in order to", "in an effort to", a purpose "to" + verb after an action, "CAUSE led to / caused / triggered
 * EFFECT", "EFFECT was caused by CAUSE", "CAUSE, causing EFFECT" and "EFFECT, citing CAUSE". Temporal readings
 * ("since 2019", "after the meeting") are left alone: a skipped cause costs less than a wrong one.
 *
 * <p>This class runs the rules over the body's sentences, at each word the most precise first, and gives each cause
 * the article's other reasons as its wrong answers. The rules live by family: {@code ReasonsAfter} (a reason told after its
 * effect), {@code Purposes}, {@code DeathCauses}, {@code CausingVerbs} ("led to", "caused by", "blamed ... on", ",
 * causing") and {@code Consequences} ("so"); {@code EffectClauses} reads the effect before a connective, and
 * {@code CauseText} holds the text tests they share.
 */
final class CauseFinder {
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
            Cause aim = aimOfTheSentenceBefore(sentences, ts);
            if (aim != null && causes.stream().noneMatch(x -> x.cause().equals(aim.cause()))) {
                causes.add(aim);
            }
            Cause death = causeOfDeath(sentences, ts);
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
}
