/// The screens of the app.
public enum Page: Sendable, Equatable {
    /// The lessons in order and the Lab; where the app opens.
    case contents
    /// Lesson k (0-based) of the library.
    case lesson(Int)
    /// The calculator with the step table and charts.
    case lab
    /// Lesson k (0-based) in the presenter: revealed block by block for a room.
    case presenter(Int)
    /// Generated problems, judged, with hints and mastery per skill.
    case practice
    /// The Train screen: an autoencoder learning live.
    case train
}

extension Page {
    /// How the key that leads back to this page names it in the key bar, such as "back to lesson 3".
    var backTitle: String {
        switch self {
        case let .lesson(k): "back to lesson \(k + 1)"
        case .presenter: "back to the presenter"
        case .practice: "back to practice"
        case .train: "back to the Train screen"
        case .contents, .lab: "contents"
        }
    }
}
