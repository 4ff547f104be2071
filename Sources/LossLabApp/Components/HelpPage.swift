import CellGrid

/// The help page over a screen: every binding of that screen with its help text, scrollable.
struct HelpPage: Component, Equatable {
    enum Action: Sendable, Equatable { case close, scroll }

    /// The title of the screen it explains.
    var screenTitle: String
    var entries: [KeyHelp]
    /// The first entry shown.
    var scroll = 0

    func bindings(_ context: ScreenContext) -> [KeyBinding<Action>] {
        [
            KeyBinding([.escape, .char("?"), .char("q"), .enter], KeyHelp("Esc ?", "close help", priority: 9), .close),
            KeyBinding(Key.upDown, KeyHelp("↑↓ j k", ascii: "Up/Down j k", "scroll", priority: 5), .scroll),
        ]
    }

    mutating func perform(_ action: Action, key: Key, _ context: ScreenContext) -> [Effect] {
        switch action {
        case .close: return [.toggleHelp]
        case .scroll: scroll = min(max(0, scroll + key.step), max(0, entries.count - rows(context.body)))
        }
        return []
    }

    func title(_ context: ScreenContext) -> String { "Help: " + screenTitle }

    /// The entry rows that fit in `rect`.
    private func rows(_ rect: Rect) -> Int { max(1, rect.height - 3) }

    func render(into screen: inout CellBuffer, rect: Rect, _ context: ScreenContext) {
        screen.put("Keys of this screen", in: rect, row: 1, column: 2, role: .heading)
        let keyWidth = entries.map { $0.keys(ascii: context.ascii).displayWidth }.max() ?? 0
        let textX = rect.x + 6 + keyWidth
        var y = rect.y + 3
        for entry in entries.dropFirst(scroll) where y < rect.maxY {
            screen.put(entry.keys(ascii: context.ascii), x: rect.x + 4, y: y, role: .strong)
            let lines = TextWrap.lines(entry.help(ascii: context.ascii), width: max(10, rect.maxX - textX - 1))
            for line in lines where y < rect.maxY {
                screen.put(line, x: textX, y: y)
                y += 1
            }
        }
    }
}
