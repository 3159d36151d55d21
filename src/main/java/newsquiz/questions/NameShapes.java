package newsquiz.questions;

import java.util.regex.Pattern;
import newsquiz.facts.Lexicon;

/**
 * What a name's spelling and its neighbours in a sentence say about it, for name blanks: whether it is glued into a
 * longer name, whether it is a law's, a body's or a made thing's name, whether a blank stands after a number.
 */
final class NameShapes {
    /** A capitalised word right after a name makes it part of a longer one, unless it is a day or a month. */
    private static final Pattern GLUED_AFTER = Pattern.compile("[ -](?!(Monday|Tuesday|Wednesday|Thursday|Friday"
            + "|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November"
            + "|December)\\b)\\p{Lu}\\p{Ll}");
    /** A capitalised word right before a name, unless it is a sentence's opening function word ("In Austria"). */
    private static final Pattern GLUED_BEFORE = Pattern.compile("(?<![\\p{L}'’])(?!(The|A|An|In|On|At|By|For|From"
            + "|With|Of|To|And|But|As|After|When|While|Since|Across|Near|Before|During|Under|Over|Unlike|Both|If"
            + "|Although|Because|Despite|Meanwhile|Only|Then|Now|This|That|Many|Some|Most|Several|Other|Like|Into"
            + "|Outside|Inside|Within|Between|Against|Through|Throughout|Toward|Towards|Without|Among)\\s$)"
            + "\\p{Lu}[\\p{L}.]*[ -]$");
    private static final Pattern LAW = Pattern.compile("\\p{Lu}\\p{L}+ (Act|Law|Treaty|Accord|Agreement|Convention"
            + "|Directive|Protocol|Amendment|Program|Programme)$");
    /** The word that makes a name a body's: last ("... Crew Program"), or before "of" or "for" ("Ministry of"). */
    private static final Pattern BODY = Pattern.compile("\\b(Program|Programme|Institute|Agency|Office|Service"
            + "|Movement|Front|Alliance|Coalition|Network"
            + "|Council|Committee|Commission|Department|Ministry|Party|Act|Center|Centre|Fund|Bank|Court|Authority"
            + "|Board|Union|Association|Foundation|Organization|Organisation|Company|Group|University|College"
            + "|School|Hospital|Administration|Bureau|Agreement|Accord|Treaty)($| (of|for) )");
    /** "7:49 a.m. _____", "1800 _____": a name right after a number is its unit or time zone. */
    private static final Pattern STORM = Pattern.compile("(Hurricane|Typhoon|Super Typhoon|Cyclone|Tropical Storm"
            + "|Tropical Depression|Tropical Cyclone|Storm) \\p{Lu}[\\p{L}-]*");
    private static final Pattern AFTER_NUMBER = Pattern.compile("(\\d|\\b[ap]\\.m\\.) _____");

    private NameShapes() {
    }

    /**
     * The name at [start, end) of the sentence is part of a longer one: "the 2019 Chicago Marathon", "Captain
     * America". A person's name may follow a title ("President Barack Obama") and stays whole.
     */
    static boolean gluedInto(String sentence, int start, int end, boolean person) {
        return GLUED_AFTER.matcher(sentence.substring(end)).lookingAt()
                || !person && GLUED_BEFORE.matcher(sentence.substring(0, start)).find();
    }

    /** "the Affordable Care Act": a law's or a programme's name. */
    static boolean law(String name) {
        return LAW.matcher(name).find();
    }

    /** "a Falcon 9 rocket", "the Sentinel-6 satellite": a name the article gives a made thing of a common kind. */
    static boolean thingNamed(String text, String name) {
        // a named storm ("it would be named Tropical Storm Chantal") and a titled work ("a 2007 artwork entitled Wet
        // Dog"): blanks take them typed, with no choices of another kind
        return Lexicon.SHIP.matcher(name).matches() || storm(name)
                || Pattern.compile("\\b(artwork|painting|mural|sculpture|film|movie|documentary|book|novel|album|song"
                + "|single|play|poem|opera|musical|series|show|exhibition)s?,? (entitled|titled|called|named) [\"“‘']?"
                + Pattern.quote(name) + "(?![\\p{L}\\d])").matcher(text).find() || Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(name) + " (rocket|rockets|spacecraft|capsule"
                + "|aircraft|airliner|plane|jet|ship|vessel|satellite|telescope|probe|rover|vaccine|drug|app|car"
                + "|train|submarine|missile|robot|software)\\b").matcher(text).find();
    }

    /** "Hurricane Maria", "Tropical Storm Chantal": a named storm. */
    static boolean storm(String name) {
        return STORM.matcher(name).matches();
    }

    /** "Commercial Crew Program", "Ministry of Defence": a body's or a programme's name. */
    static boolean body(String name) {
        return BODY.matcher(name).find();
    }

    /** A blank right after a number or a clock time. */
    static boolean afterNumber(String blanked) {
        return AFTER_NUMBER.matcher(blanked).find();
    }
}
