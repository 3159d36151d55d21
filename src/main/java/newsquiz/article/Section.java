package newsquiz.article;

/** Where a paragraph sits in the page; only {@link #BODY} and {@link #HEADLINE} text yields facts. */
public enum Section {
    HEADLINE,
    /** Byline, dateline and repeated headline lines above the body. */
    META,
    BODY,
    /** Photo captions and credits: kept apart from the body. */
    CAPTION,
    /** Newsletter, sharing, policy and "contributed to this report" lines. */
    BOILERPLATE
}
