package newsquiz.questions;

import java.text.Normalizer;

/** Letters as a reader types them without a keyboard for them: "Jarosław Kaczyński" is "Jaroslaw Kaczynski". */
public final class Letters {
    private Letters() {
    }

    /**
     * Accents off, and the letters no accent mark makes (ł, ø, đ, ß, æ, œ, ı, þ) spelt in plain Latin letters, as
     * headlines and readers write them: a name in the headline without its ł gives the answer away all the same.
     */
    public static String plain(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case 'ł' -> out.append('l');
                case 'Ł' -> out.append('L');
                case 'ø' -> out.append('o');
                case 'Ø' -> out.append('O');
                case 'đ' -> out.append('d');
                case 'Đ' -> out.append('D');
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'Æ' -> out.append("AE");
                case 'œ' -> out.append("oe");
                case 'Œ' -> out.append("OE");
                case 'ı' -> out.append('i');
                case 'þ' -> out.append("th");
                case 'Þ' -> out.append("Th");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
