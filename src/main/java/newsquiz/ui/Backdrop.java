package newsquiz.ui;

/** A screen that work started from it (a quiz being generated) draws behind itself and comes back to with a word. */
interface Backdrop extends View {
    View withMessage(String message);
}
