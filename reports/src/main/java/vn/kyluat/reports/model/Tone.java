package vn.kyluat.reports.model;

/** How a figure reads to the board: good (green), bad (red) or neither. */
public enum Tone {
    GOOD,
    BAD,
    NONE
}
