/// A key press, decoded from the terminal or from the `--keys` notation.
public enum Key: Sendable, Hashable {
    /// A printable character (Space included).
    case char(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, pageUp, pageDown, home, end
    /// Ctrl and a letter, such as Ctrl-C (`ctrl("c")`).
    case ctrl(Character)
}
