/// How far a student got with a lesson during this run.
public enum LessonProgress: Sendable, Equatable {
    case notStarted
    /// Opened, not yet read to the end.
    case inProgress
    /// Read to the end.
    case done

    /// The contents page's mark: ○ ◐ ● (or `[ ]` `[~]` `[x]` in ASCII).
    public func mark(ascii: Bool) -> String {
        switch self {
        case .notStarted: ascii ? "[ ]" : "○"
        case .inProgress: ascii ? "[~]" : "◐"
        case .done: ascii ? "[x]" : "●"
        }
    }
}
