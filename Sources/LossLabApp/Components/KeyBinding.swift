/// A key binding as data: the keys that trigger it, how it is shown, and the action it stands for.
///
/// A component lists its bindings once; the same list matches keys, draws the key bar and fills the
/// help page, so the three never disagree.
public struct KeyBinding<Action: Sendable & Equatable>: Sendable, Equatable {
    /// The keys that trigger the action.
    public var keys: [Key]
    public var shown: KeyHelp
    public var action: Action

    public init(_ keys: [Key], _ shown: KeyHelp, _ action: Action) {
        self.keys = keys
        self.shown = shown
        self.action = action
    }
}

extension Array {
    /// The action bound to `key`, if any: the first binding that lists it.
    func action<Action>(for key: Key) -> Action? where Element == KeyBinding<Action> {
        first { $0.keys.contains(key) }?.action
    }
}
