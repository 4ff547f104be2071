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
        case .scroll: scroll = min(max(0, scroll + key.step), lastScroll(context))
        }
        return []
    }

    func title(_ context: ScreenContext) -> String { "Help: " + screenTitle }

    /// The entry rows that fit in `rect`.
    private func rows(_ rect: Rect) -> Int { max(1, rect.height - 3) }

    /// The first scroll position that shows the last entry whole, counting the lines each wrapped help text takes.
    private func lastScroll(_ context: ScreenContext) -> Int {
        let rect = context.body
        let width = max(10, rect.maxX - textX(rect, ascii: context.ascii) - 1)
        var room = rows(rect)
        var first = entries.count
        while first > 0 {
            room -= TextWrap.lines(entries[first - 1].help(ascii: context.ascii), width: width).count
            guard room >= 0 else { break }
            first -= 1
        }
        return min(first, max(0, entries.count - 1))
    }

    /// The column where the help texts start: after the widest keys.
    private func textX(_ rect: Rect, ascii: Bool) -> Int {
        rect.x + 6 + (entries.map { $0.keys(ascii: ascii).displayWidth }.max() ?? 0)
    }

    func render(into screen: inout CellBuffer, rect: Rect, _ context: ScreenContext) {
        screen.put("Keys of this screen", in: rect, row: 1, column: 2, role: .heading)
        let textX = textX(rect, ascii: context.ascii)
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
