package newsquiz.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Anki's collection schema 11 (the tables of a .anki2 file) and the JSON its col row holds: configuration, the
 * note type (Front, Back, one card template), the decks and the default deck options, as Anki itself writes them.
 */
final class AnkiSchema {
    private AnkiSchema() {
    }

    static final List<String> TABLES = List.of(
            "CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not"
                    + " null, ver integer not null, dty integer not null, usn integer not null, ls integer not null,"
                    + " conf text not null, models text not null, decks text not null, dconf text not null, tags text"
                    + " not null)",
            "CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not"
                    + " null, usn integer not null, tags text not null, flds text not null, sfld integer not null,"
                    + " csum integer not null, flags integer not null, data text not null)",
            "CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not"
                    + " null, mod integer not null, usn integer not null, type integer not null, queue integer not"
                    + " null, due integer not null, ivl integer not null, factor integer not null, reps integer not"
                    + " null, lapses integer not null, left integer not null, odue integer not null, odid integer not"
                    + " null, flags integer not null, data text not null)",
            "CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer"
                    + " not null, ivl integer not null, lastIvl integer not null, factor integer not null, time"
                    + " integer not null, type integer not null)",
            "CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null)",
            "CREATE INDEX ix_notes_usn on notes (usn)",
            "CREATE INDEX ix_cards_usn on cards (usn)",
            "CREATE INDEX ix_revlog_usn on revlog (usn)",
            "CREATE INDEX ix_cards_nid on cards (nid)",
            "CREATE INDEX ix_cards_sched on cards (did, queue, due)",
            "CREATE INDEX ix_revlog_cid on revlog (cid)",
            "CREATE INDEX ix_notes_csum on notes (csum)");

    static Map<String, Object> conf(long deckId, long modelId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nextPos", 1);
        m.put("estTimes", true);
        m.put("activeDecks", List.of(deckId));
        m.put("sortType", "noteFld");
        m.put("timeLim", 0);
        m.put("sortBackwards", false);
        m.put("addToCur", true);
        m.put("curDeck", deckId);
        m.put("newBury", true);
        m.put("newSpread", 0);
        m.put("dueCounts", true);
        m.put("curModel", String.valueOf(modelId));
        m.put("collapseTime", 1200);
        return m;
    }

    static Map<String, Object> model(long id, long deckId, long now) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("name", "Card 1");
        t.put("ord", 0);
        t.put("qfmt", "{{Front}}");
        t.put("afmt", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}");
        t.put("did", null);
        t.put("bqfmt", "");
        t.put("bafmt", "");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", "newsquiz question");
        m.put("type", 0);
        m.put("mod", now / 1000);
        m.put("usn", -1);
        m.put("sortf", 0);
        m.put("did", deckId);
        m.put("tmpls", List.of(t));
        m.put("flds", List.of(field("Front", 0), field("Back", 1)));
        m.put("css", ".card { font-family: arial; font-size: 20px; text-align: center; color: black;"
                + " background-color: white; }");
        m.put("latexPre", "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n"
                + "\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n"
                + "\\begin{document}\n");
        m.put("latexPost", "\\end{document}");
        m.put("latexsvg", false);
        m.put("tags", List.of());
        m.put("vers", List.of());
        m.put("req", List.of(List.of(0, "any", List.of(0))));
        return m;
    }

    private static Map<String, Object> field(String name, int ord) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("ord", ord);
        f.put("sticky", false);
        f.put("rtl", false);
        f.put("font", "Arial");
        f.put("size", 20);
        f.put("media", List.of());
        return f;
    }

    static Map<String, Object> deck(long id, String name, long now) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", id);
        d.put("name", name);
        d.put("mod", now / 1000);
        d.put("usn", -1);
        d.put("lrnToday", List.of(0, 0));
        d.put("revToday", List.of(0, 0));
        d.put("newToday", List.of(0, 0));
        d.put("timeToday", List.of(0, 0));
        d.put("collapsed", false);
        d.put("browserCollapsed", false);
        d.put("desc", "");
        d.put("dyn", 0);
        d.put("conf", 1);
        d.put("extendNew", 10);
        d.put("extendRev", 50);
        return d;
    }

    static Map<String, Object> deckConfig() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", 1);
        c.put("name", "Default");
        c.put("mod", 0);
        c.put("usn", 0);
        c.put("maxTaken", 60);
        c.put("autoplay", true);
        c.put("timer", 0);
        c.put("replayq", true);
        c.put("dyn", false);
        c.put("new", Map.of("bury", true, "delays", List.of(1.0, 10.0), "initialFactor", 2500,
                "ints", List.of(1, 4, 7), "order", 1, "perDay", 20, "separate", true));
        c.put("lapse", Map.of("delays", List.of(10.0), "leechAction", 0, "leechFails", 8, "minInt", 1, "mult", 0.0));
        c.put("rev", Map.of("bury", true, "ease4", 1.3, "fuzz", 0.05, "ivlFct", 1.0, "maxIvl", 36500,
                "minSpace", 1, "perDay", 100, "hardFactor", 1.2));
        return c;
    }
}
