/// What a component did with a key or a tick: whether it used it, and what the app should do next.
public struct Outcome: Sendable, Equatable {
    /// False when the component has no use for the event (so the app may).
    public var handled: Bool
    public var effects: [Effect]

    public init(handled: Bool, effects: [Effect] = []) {
        self.handled = handled
        self.effects = effects
    }

    /// The event was not used.
    public static let ignored = Outcome(handled: false)
    /// The event was used and needs nothing more.
    public static let handled = Outcome(handled: true)

    /// Used, asking for `effect`.
    public static func effect(_ effect: Effect) -> Outcome { Outcome(handled: true, effects: [effect]) }
}
