/// Why the app cannot run on this terminal, found before curses touches it.
public enum TerminalProblem: Error, Equatable, CustomStringConvertible {
    /// TERM is unset or empty.
    case typeUnset
    /// terminfo has no entry for TERM.
    case typeUnknown(String)
    /// No terminfo database could be found at all.
    case noDatabase(String)
    /// The entry cannot move the cursor or clear the screen (TERM=dumb, a hard-copy terminal).
    case tooSimple(String)
    /// curses could not start on it.
    case startFailed(String)

    /// What went wrong, in one sentence.
    public var description: String {
        switch self {
        case .typeUnset:
            "TERM is not set, so the app cannot tell which terminal it is drawing on."
        case let .typeUnknown(term):
            "the terminal type TERM=\(term) is not in the terminfo database."
        case let .noDatabase(term):
            "no terminfo database was found to look up TERM=\(term)."
        case let .tooSimple(term):
            "the terminal type TERM=\(term) cannot move the cursor, which the full-screen app needs."
        case let .startFailed(term):
            "curses could not start on the terminal type TERM=\(term)."
        }
    }
}
