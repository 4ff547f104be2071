import LossLabApp

/// Assembles bracketed pastes from decoded keys: `ESC [200~ … ESC [201~` becomes one `Event.paste`,
/// every other key passes through as `Event.key`.
///
/// ncurses knows no key for the paste markers, so they arrive as Esc and plain characters. After an
/// Esc the decoder holds its keys until the start marker is complete or broken; a lone Esc (nothing
/// followed it, see `flush`) is still the Esc key, with no delay beyond curses' own ESCDELAY.
struct PasteDecoder {
    /// The keys that open a bracketed paste: Esc `[200~`.
    static let start: [Key] = [.escape] + "[200~".map { .char($0) }
    /// The keys that close it: Esc `[201~`.
    static let end: [Key] = [.escape] + "[201~".map { .char($0) }
    /// The most characters one paste keeps (1 Mi); the rest of a longer paste is dropped.
    static let maximumLength = 1 << 20

    private enum Phase: Equatable {
        /// Keys pass through.
        case keys
        /// The first `matched` keys of the start marker arrived (at least the Esc).
        case marker(matched: Int)
        /// Inside a paste, with the first `endMatched` keys of the end marker held back.
        case paste(endMatched: Int)
    }

    private var phase = Phase.keys
    private var text = ""
    private var length = 0

    /// Whether keys are held back: after an Esc that may open a paste, or inside a paste.
    var isHolding: Bool { phase != .keys }

    /// Whether a paste has started and not yet ended.
    var isInsidePaste: Bool {
        if case .paste = phase { return true }
        return false
    }

    /// Takes one key; returns the events it completes (none while a marker or a paste is pending).
    mutating func feed(_ key: Key) -> [Event] {
        switch phase {
        case .keys:
            if key == Self.start[0] {
                phase = .marker(matched: 1)
                return []
            }
            return [.key(key)]
        case let .marker(matched):
            if key == Self.start[matched] {
                phase = matched + 1 == Self.start.count ? .paste(endMatched: 0) : .marker(matched: matched + 1)
                return []
            }
            phase = .keys
            return Self.start[..<matched].map { .key($0) } + feed(key)
        case let .paste(endMatched):
            if key == Self.end[endMatched] {
                guard endMatched + 1 == Self.end.count else {
                    phase = .paste(endMatched: endMatched + 1)
                    return []
                }
                return finishPaste()
            }
            // A broken end marker was text after all (its Esc is not text and is dropped).
            Self.end[..<endMatched].forEach { append($0) }
            phase = .paste(endMatched: 0)
            if key == Self.end[0] {
                phase = .paste(endMatched: 1)
            } else {
                append(key)
            }
            return []
        }
    }

    /// Nothing more arrived in time: a held Esc (and what followed it) are keys after all, and a paste
    /// whose end marker never came ends here with the text so far.
    mutating func flush() -> [Event] {
        switch phase {
        case .keys:
            return []
        case let .marker(matched):
            phase = .keys
            return Self.start[..<matched].map { .key($0) }
        case .paste:
            return finishPaste()
        }
    }

    private mutating func finishPaste() -> [Event] {
        let pasted = text
        phase = .keys
        text = ""
        length = 0
        return pasted.isEmpty ? [] : [.paste(pasted)]
    }

    /// Adds a key's text to the paste: characters as typed, Enter as a newline, Tab as a tab; other keys
    /// (an arrow's escape sequence inside pasted text, say) carry no text.
    private mutating func append(_ key: Key) {
        guard length < Self.maximumLength else { return }
        switch key {
        case let .char(character): text.append(character)
        case .enter: text.append("\n")
        case .tab: text.append("\t")
        default: return
        }
        length += 1
    }
}
