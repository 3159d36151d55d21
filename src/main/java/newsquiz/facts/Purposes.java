package newsquiz.facts;

import static newsquiz.facts.CauseText.OBJECT_CONTROL;
import static newsquiz.facts.CauseText.clauseText;
import static newsquiz.facts.CauseText.lower;
import static newsquiz.facts.CauseText.phraseAt;
import static newsquiz.facts.CauseText.phraseEnd;
import static newsquiz.facts.CauseText.trimEnd;

import java.util.List;
import java.util.Set;
import newsquiz.article.Section;
import newsquiz.nlp.Token;

/**
 * What a deed was done for: a purpose "to" + verb after an action's object ("began a shutdown to make way for"), a
 * sentence that opens with one ("To save the harvest, ..."), and an aim told in the next sentence ("The aim is to
 * ...", "This is to ..."). The set phrases ("in order to", "in an effort to") CauseFinder matches itself; "so they
 * can ..." is in {@code Consequences}.
 */
final class Purposes {
    private Purposes() {
    }

    /** Nouns whose "to" + verb completes the noun ("the decision to leave"), not the action's purpose. */
    private static final Set<String> COMPLEMENT_NOUNS = Set.of("decision", "decisions", "plan", "plans", "right",
            "rights", "ability", "effort", "efforts", "attempt", "attempts", "bid", "chance", "time", "way", "need",
            "order", "orders", "power", "authority", "permission", "opportunity", "deadline", "move", "vote", "call",
            "calls", "promise", "pledge", "threat", "agreement", "deal", "proposal", "push", "bill", "motion",
            "measure", "request", "refusal", "failure", "willingness", "desire", "intention", "commitment", "reason",
            "freedom", "obligation", "responsibility", "duty", "money", "funds", "funding", "legislation", "law",
            "pressure", "approval", "license", "licence", "tendency", "capacity", "means", "place", "one", "ones",
            "first", "last", "attention", "invitation", "offer", "offers", "mandate", "motivation", "incentive");

    /**
     * "The city will switch off street lights at midnight. The aim is to cut energy costs." (or "This is to cut
     * energy costs."): a sentence that only names an aim gives the purpose of the deed just before it. That deed must be one plain clause of the same
     * paragraph (no comma, quotation or second clause to pick from) whose subject a question can name (no pronoun).
     */
    static Cause aimOfTheSentenceBefore(List<TaggedSentence> sentences, TaggedSentence ts) {
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

    /** "began a shutdown to make way for": an action's object, then "to" + verb that says what it was for. */
    static boolean purposeTo(List<Token> t, int i) {
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
    static boolean frontedPurpose(List<Token> t) {
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
}
