import CellGrid

/// The text notation for key sequences used by `losslab screen --keys`.
///
/// Ordinary characters stand for themselves; names in angle brackets stand for the other keys:
/// `<Enter>`, `<Esc>`, `<Tab>`, `<S-Tab>`, `<Space>`, `<BS>`, `<Del>`, `<Up>`, `<Down>`, `<Left>`,
/// `<Right>`, `<PgUp>`, `<PgDn>`, `<Home>`, `<End>`, `<C-x>` (Ctrl and a letter), `<lt>` for a
/// literal `<`, `<Resize WxH>` to resize the screen (each side from 1 to `CellBuffer.maximumSide`), `<Tick>` for one tick, and `<Wait 100ms>`
/// (or `<Wait 2s>`) for time passing. Names are case-insensitive.
///
/// A wait is as many ticks as fit in it at the tick interval of the screen open when the wait
/// starts, rounded down; on a screen that does not animate (no tick interval) it is no tick.
public enum KeyNotation {
    /// One step of a key sequence: an event, or time passing.
    public enum Step: Sendable, Equatable {
        case event(Event)
        case wait(Duration)

        /// The number of ticks this step sends at `interval` (nil: the screen does not animate).
        public func ticks(at interval: Duration?) -> Int {
            guard case let .wait(time) = self else { return 0 }
            guard let interval, interval > .zero else { return 0 }
            return Int(time / interval)
        }
    }

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

    /// The steps that `text` stands for, or an error naming the column of the first bad name.
    public static func parse(_ text: String) throws(ParseError) -> [Step] {
        var events: [Step] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            guard c == "<" else {
                events.append(.event(.key(c == "\n" || c == "\r" ? .enter : .char(c))))
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

    private static func event(named name: String, column: Int) throws(ParseError) -> Step {
        let lower = name.lowercased()
        if let key = names[lower] { return .event(.key(key)) }
        if lower == "tick" { return .event(.tick) }
        if lower.hasPrefix("c-"), lower.count == 3, let letter = lower.last, letter.isLetter {
            return .event(.key(.ctrl(letter)))
        }
        if lower.hasPrefix("resize ") {
            let size = lower.dropFirst("resize ".count).split(separator: "x")
            if size.count == 2, let w = Int(size[0]), let h = Int(size[1]), (1...CellBuffer.maximumSide).contains(w), (1...CellBuffer.maximumSide).contains(h) {
                return .event(.resize(width: w, height: h))
            }
        }
        if lower.hasPrefix("wait "), let time = duration(lower.dropFirst("wait ".count)) { return .wait(time) }
        throw ParseError(message: "unknown key <\(name.replacingControlCharacters())> at column \(column); known: "
            + "<Enter> <Esc> <Tab> <S-Tab> <Space> <BS> <Del> <Up> <Down> <Left> <Right> <PgUp> <PgDn> "
            + "<Home> <End> <C-x> <lt> <Resize WxH> <Tick> <Wait 100ms>")
    }

    /// A time such as `100ms`, `2s` or `1.5s` (at most an hour).
    private static func duration(_ text: Substring) -> Duration? {
        let (number, scale): (Substring, Double) = text.hasSuffix("ms") ? (text.dropLast(2), 1e-3) : text.hasSuffix("s") ? (text.dropLast(), 1) : ("", 0)
        guard let value = Double(number), value >= 0, value * scale <= 3600 else { return nil }
        return .milliseconds(Int64((value * scale * 1000).rounded()))
    }
}
