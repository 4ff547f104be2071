import CellGrid

/// A screen of the app: it handles a key or a tick and says what happened, draws itself into a
/// `Rect`, and lists its key bindings as data.
///
/// The bindings are the one source for dispatch, the key bar and the help page. Keys that no
/// binding takes go to `handleUnbound` (a text field types them).
protocol Component {
    associatedtype Action: Sendable & Equatable

    /// The bindings in force now (they may depend on the component's mode, such as typing an answer).
    func bindings(_ context: ScreenContext) -> [KeyBinding<Action>]
    /// Does what `action` (bound to `key`) stands for; returns what the app should do next.
    mutating func perform(_ action: Action, key: Key, _ context: ScreenContext) -> [Effect]
    /// A key that no binding takes.
    mutating func handleUnbound(_ key: Key, _ context: ScreenContext) -> Outcome
    /// True while every key is text for a field, so the app's own keys (`?`, `q`) are typed too.
    var capturesText: Bool { get }
    /// How often the component wants a tick, or nil while nothing on it moves by itself.
    var tickInterval: Duration? { get }
    /// Whether ticks should come back to back, as fast as the loop can take them between frames
    /// (`tickInterval` is then only the nominal pace a headless `<Wait>` counts by).
    var ticksContinuously: Bool { get }
    /// Time passed (one tick interval).
    mutating func tick(_ context: ScreenContext) -> Outcome
    /// The title bar's text.
    func title(_ context: ScreenContext) -> String
    /// What the title bar shows at its right end, if anything.
    func status(_ context: ScreenContext) -> String?
    /// Draws the component into `rect` of `screen`.
    func render(into screen: inout CellBuffer, rect: Rect, _ context: ScreenContext)
    /// Every binding the help page lists: by default those in force now.
    func keyHelp(_ context: ScreenContext) -> [KeyHelp]
}

extension Component {
    func handleUnbound(_ key: Key, _ context: ScreenContext) -> Outcome { .ignored }
    var capturesText: Bool { false }
    var tickInterval: Duration? { nil }
    var ticksContinuously: Bool { false }
    func tick(_ context: ScreenContext) -> Outcome { .ignored }
    func status(_ context: ScreenContext) -> String? { nil }

    /// Matches `key` against the bindings, else hands it to `handleUnbound`.
    mutating func handle(_ key: Key, _ context: ScreenContext) -> Outcome {
        guard let action = bindings(context).action(for: key) else { return handleUnbound(key, context) }
        return Outcome(handled: true, effects: perform(action, key: key, context))
    }

    func keyHelp(_ context: ScreenContext) -> [KeyHelp] { barHelp(context) }

    /// Whether one of the bindings in force takes `key`.
    func binds(_ key: Key, _ context: ScreenContext) -> Bool { bindings(context).contains { $0.keys.contains(key) } }

    /// The bindings in force, as the key bar offers them.
    func barHelp(_ context: ScreenContext) -> [KeyHelp] { bindings(context).map(\.shown) }
}
