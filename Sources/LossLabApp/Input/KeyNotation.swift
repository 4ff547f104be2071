/// The text notation for key sequences used by `losslab screen --keys`.
///
/// Ordinary characters stand for themselves; names in angle brackets stand for the other keys:
/// `<Enter>`, `<Esc>`, `<Tab>`, `<S-Tab>`, `<Space>`, `<BS>`, `<Del>`, `<Up>`, `<Down>`, `<Left>`,
/// `<Right>`, `<PgUp>`, `<PgDn>`, `<Home>`, `<End>`, `<C-x>` (Ctrl and a letter), `<lt>` for a
/// literal `<`, and `<Resize WxH>` to resize the screen. Names are case-insensitive.
public enum KeyNotation {
    /// Why a key sequence could not be read.
    public struct ParseError: Error, Equatable, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// The names and the keys they stand for.
    static let names: [String: Key] = [
        "enter": .enter, "cr": .enter, "return": .enter, "esc": .escape, "escape": .escape,
        "tab": .tab, "s-tab": .backTab, "backtab": .backTab, "space": .char(" "),
        "bs": .backspace, "backspace": .backspace, "del": .delete, "delete": .delete,
        "up": .up, "down": .down, "left": .left, "right": .right,
        "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
        "home": .home, "end": .end, "lt": .char("<"),
    ]

    /// The events that `text` stands for, or an error naming the column of the first bad name.
    public static func parse(_ text: String) throws(ParseError) -> [Event] {
        var events: [Event] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            guard c == "<" else {
                events.append(.key(c == "\n" || c == "\r" ? .enter : .char(c)))
                i += 1
                continue
            }
            guard let close = chars[i...].firstIndex(of: ">") else {
                throw ParseError(message: "key \"<\" at column \(i + 1) is never closed with \">\"; write <lt> for a literal <")
            }
            let name = String(chars[(i + 1)..<close])
            events.append(try event(named: name, column: i + 1))
            i = close + 1
        }
        return events
    }

    private static func event(named name: String, column: Int) throws(ParseError) -> Event {
        let lower = name.lowercased()
        if let key = names[lower] { return .key(key) }
        if lower.hasPrefix("c-"), lower.count == 3, let letter = lower.last, letter.isLetter {
            return .key(.ctrl(letter))
        }
        if lower.hasPrefix("resize ") {
            let size = lower.dropFirst("resize ".count).split(separator: "x")
            if size.count == 2, let w = Int(size[0]), let h = Int(size[1]), w > 0, h > 0, w <= 1000, h <= 1000 {
                return .resize(width: w, height: h)
            }
        }
        throw ParseError(message: "unknown key <\(name)> at column \(column); known: "
            + "<Enter> <Esc> <Tab> <S-Tab> <Space> <BS> <Del> <Up> <Down> <Left> <Right> <PgUp> <PgDn> "
            + "<Home> <End> <C-x> <lt> <Resize WxH>")
    }
}
