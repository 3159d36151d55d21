package newsquiz.fuzz;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Hostile variants of good files: random bytes, truncations, control characters, huge fields and, for quiz files,
 * fields removed or given values of the wrong type. Every mutation is drawn from a seeded {@link Random}, and
 * {@link #log} says what was done, so a failing case can be replayed and read.
 */
final class Mutations {
    private static final String[] CONTROLS = {"\u0000", "\u0007", "\b", "\t", "\u000b", "\f", "\r", "\u001b",
        "\u001b[2J", "\u001b]0;title\u0007", "\u001b]52;c;aGk=\u0007", "\u001b[?1049h", "\u007f", "\u0085", "\u009b",
        "\u200b", "\u202e", "\u2066", "\ufeff", "\ufffd", "\ud83d\ude00"};

    private final Random random;
    final List<String> log = new ArrayList<>();

    Mutations(long seed) {
        this.random = new Random(seed);
    }

    int below(int n) {
        return random.nextInt(Math.max(1, n));
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(List<T> items) {
        return items.get(below(items.size()));
    }

    /** One to four byte-level mutations of {@code bytes}, each at most {@code maxGrowth} bytes bigger. */
    byte[] bytes(byte[] bytes, int maxGrowth) {
        byte[] out = bytes;
        for (int n = 1 + below(4); n > 0; n--) {
            out = switch (below(8)) {
                case 0 -> truncate(out);
                case 1 -> insert(out, randomBytes(1 + below(32)), "random bytes");
                case 2 -> insert(out, pick(List.of(CONTROLS)).repeat(1 + below(4)).getBytes(StandardCharsets.UTF_8),
                        "control characters");
                case 3 -> flipBits(out);
                case 4 -> repeatSlice(out, maxGrowth);
                case 5 -> insert(out, randomText(1 + below(200)).getBytes(StandardCharsets.UTF_8), "random text");
                case 6 -> deleteSlice(out);
                default -> insert(out, pick(List.of("\n", "\n\n\n", "“", "”", "\"", ".", " said ", "<p>", "</",
                        "# ", "| a | b |\n|---|---|\n", "*", "_", "[", "](", "<!--", "By ", "(AP) — ")).repeat(1 + below(8))
                        .getBytes(StandardCharsets.UTF_8), "markup");
            };
        }
        return out;
    }

    private byte[] truncate(byte[] b) {
        int at = below(b.length + 1);
        log.add("truncate at " + at);
        return java.util.Arrays.copyOf(b, at);
    }

    private byte[] insert(byte[] b, byte[] what, String name) {
        int at = below(b.length + 1);
        log.add("insert " + what.length + " bytes of " + name + " at " + at);
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + what.length);
        out.write(b, 0, at);
        out.write(what, 0, what.length);
        out.write(b, at, b.length - at);
        return out.toByteArray();
    }

    private byte[] flipBits(byte[] b) {
        byte[] out = b.clone();
        int flips = 1 + below(8);
        for (int i = 0; i < flips && out.length > 0; i++) {
            out[below(out.length)] ^= (byte) (1 << below(8));
        }
        log.add("flip " + flips + " bits");
        return out;
    }

    private byte[] repeatSlice(byte[] b, int maxGrowth) {
        if (b.length == 0) {
            return b;
        }
        int from = below(b.length);
        int len = 1 + below(Math.min(200, b.length - from));
        int times = 1 + below(Math.max(1, maxGrowth / len));
        byte[] slice = java.util.Arrays.copyOfRange(b, from, from + len);
        ByteArrayOutputStream huge = new ByteArrayOutputStream(len * times);
        for (int i = 0; i < times; i++) {
            huge.write(slice, 0, len);
        }
        log.add("repeat a slice of " + len + " bytes " + times + " times");
        return insert(b, huge.toByteArray(), "a repeated slice");
    }

    private byte[] deleteSlice(byte[] b) {
        if (b.length == 0) {
            return b;
        }
        int from = below(b.length);
        int to = from + below(b.length - from);
        log.add("delete bytes " + from + " to " + to);
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, from);
        out.write(b, to, b.length - to);
        return out.toByteArray();
    }

    byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** Code points from anywhere in Unicode but the surrogates: letters, marks, controls, CJK, emoji. */
    String randomText(int n) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < n) {
            int cp = chance(0.5) ? 0x20 + below(0x60) : below(0x30000);
            if (cp < 0xD800 || cp > 0xDFFF) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    /** One to three structural mutations of a quiz file's JSON: fields removed, values of the wrong type. */
    String quizJson(String json) {
        JsonObject root = JsonParser.parseString(json).getAsJsonObject();
        for (int n = 1 + below(3); n > 0; n--) {
            JsonArray questions = root.has("questions") && root.get("questions").isJsonArray()
                    ? root.getAsJsonArray("questions") : new JsonArray();
            boolean inQuestion = !questions.isEmpty() && chance(0.8);
            int qi = below(questions.size());
            JsonObject target = inQuestion && questions.get(qi).isJsonObject() ? questions.get(qi).getAsJsonObject() : root;
            String where = target == root ? "the quiz" : "question " + (qi + 1);
            List<String> fields = new ArrayList<>(target.keySet());
            if (fields.isEmpty()) {
                continue;
            }
            String field = pick(fields);
            switch (below(6)) {
                case 0 -> {
                    target.remove(field);
                    log.add("remove " + field + " of " + where);
                }
                case 1 -> {
                    JsonElement value = randomValue(2);
                    target.add(field, value);
                    log.add("set " + field + " of " + where + " to " + abbreviated(value));
                }
                case 2 -> {
                    if (!questions.isEmpty()) {
                        JsonElement copy = questions.get(qi).deepCopy();
                        if (copy.isJsonObject() && chance(0.7)) {
                            copy.getAsJsonObject().addProperty("id", "q-copy-" + questions.size());
                        }
                        questions.add(copy);
                        log.add("copy question " + (qi + 1));
                    }
                }
                case 3 -> {
                    if (target.get(field).isJsonArray() && !target.getAsJsonArray(field).isEmpty()) {
                        JsonArray a = target.getAsJsonArray(field);
                        int i = below(a.size());
                        a.set(i, chance(0.5) ? a.get(below(a.size())).deepCopy() : randomValue(1));
                        log.add("change item " + i + " of " + field + " of " + where);
                    }
                }
                case 4 -> {
                    target.addProperty(field, pick(List.of("", " ", "x".repeat(100_000), randomText(50),
                            "\u001b[2J\u001b]0;t\u0007", "1.5", "NaN")));
                    log.add("set " + field + " of " + where + " to a string");
                }
                default -> {
                    JsonElement number = new JsonPrimitive(new com.google.gson.internal.LazilyParsedNumber(
                            pick(List.of("1.5", "4294967297", "-1", "1e400", "-0", "0", "2", "1e-400", "9".repeat(400)))));
                    target.add(field, number);
                    log.add("set " + field + " of " + where + " to " + number);
                }
            }
        }
        return chance(0.5) ? root.toString() : new com.google.gson.GsonBuilder().setPrettyPrinting().create().toJson(root);
    }

    private JsonElement randomValue(int depth) {
        return switch (below(depth > 0 ? 8 : 5)) {
            case 0 -> JsonNull.INSTANCE;
            case 1 -> new JsonPrimitive(chance(0.5));
            case 2 -> new JsonPrimitive(random.nextInt(10) - 3);
            case 3 -> new JsonPrimitive(randomText(below(40)));
            case 4 -> new JsonPrimitive(random.nextDouble() * 1e6);
            case 5 -> {
                JsonArray a = new JsonArray();
                for (int i = below(5); i > 0; i--) {
                    a.add(randomValue(depth - 1));
                }
                yield a;
            }
            case 6 -> {
                JsonArray a = new JsonArray();
                for (int i = 30 + below(40); i > 0; i--) {
                    a.add("choice " + below(50));
                }
                yield a;
            }
            default -> {
                JsonObject o = new JsonObject();
                o.add("x", randomValue(depth - 1));
                yield o;
            }
        };
    }

    private static String abbreviated(JsonElement e) {
        String s = e.toString();
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
