/// How far a student got with a lesson, as the contents page marks it.
public enum LessonStatus: Sendable, Equatable {
    case notStarted
    /// Opened, not yet done.
    case inProgress
    /// Read to the end, and every question answered right.
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
