import CellGrid
import LossKit

/// Fills styled text into lines of at most `width` columns, breaking at spaces.
///
/// A word wider than a line is broken between characters. Spaces at a break are dropped.
struct TextWrapper {
    let width: Int

    /// One word: the styled pieces that touch without a space (such as **bold** and a comma after it).
    private struct Word {
        var spans: [StyledSpan] = []
        var spaceBefore = false
        var breakBefore = false
        var width: Int { spans.reduce(0) { $0 + $1.text.displayWidth } }
    }

    /// The lines for `spans`; a span holding just "\n" forces a line break.
    func lines(_ spans: [StyledSpan]) -> [[StyledSpan]] {
        var lines: [[StyledSpan]] = []
        var current: [StyledSpan] = []
        var used = 0
        func flush() {
            lines.append(Self.merged(current))
            current = []
            used = 0
        }
        for word in words(spans) {
            if word.breakBefore { flush() }
            let w = word.width
            if w == 0 { continue }
            let space = word.spaceBefore && used > 0 ? 1 : 0
            if used + space + w <= width {
                if space == 1 { current.append(StyledSpan(" ", Self.spaceRole(current.last, word.spans.first))) }
                current += word.spans
                used += space + w
                continue
            }
            if used > 0 { flush() }
            if w <= width {
                current = word.spans
                used = w
                continue
            }
            for span in word.spans {
                for character in span.text {
                    let cw = character.displayWidth
                    if used + cw > width && used > 0 { flush() }
                    current.append(StyledSpan(String(character), span.role))
                    used += cw
                }
            }
        }
        if !current.isEmpty || lines.isEmpty { flush() }
        return lines
    }

    private func words(_ spans: [StyledSpan]) -> [Word] {
        var words: [Word] = []
        var word = Word()
        var pendingSpace = false
        var pendingBreak = false
        func finish() {
            if !word.spans.isEmpty { words.append(word) }
            word = Word()
        }
        for span in spans {
            if span.text == "\n" {
                finish()
                pendingBreak = true
                pendingSpace = false
                continue
            }
            var piece = ""
            for character in span.text {
                if character == " " {
                    if !piece.isEmpty { word.spans.append(StyledSpan(piece, span.role)); piece = "" }
                    finish()
                    pendingSpace = true
                    continue
                }
                if word.spans.isEmpty && piece.isEmpty {
                    word.spaceBefore = pendingSpace
                    word.breakBefore = pendingBreak
                    pendingSpace = false
                    pendingBreak = false
                }
                piece.append(character)
            }
            if !piece.isEmpty { word.spans.append(StyledSpan(piece, span.role)) }
        }
        finish()
        if pendingBreak { words.append(Word(spans: [], spaceBefore: false, breakBefore: true)) }
        return words
    }

    /// A space between two words keeps their role when both share it (so a link stays one piece).
    private static func spaceRole(_ before: StyledSpan?, _ after: StyledSpan?) -> SpanRole {
        if let before, let after, before.role == after.role { return before.role }
        return .body
    }

    /// Neighbouring spans of one role joined.
    static func merged(_ spans: [StyledSpan]) -> [StyledSpan] {
        var out: [StyledSpan] = []
        for span in spans where !span.text.isEmpty {
            if let last = out.last, last.role == span.role {
                out[out.count - 1].text += span.text
            } else {
                out.append(span)
            }
        }
        return out
    }

    /// `text` cut into lines of at most `width` columns, at the last space that fits when there is one.
    ///
    /// Unlike `lines`, runs of spaces inside a line are kept, so aligned formulas and code stay aligned.
    /// Lines after the first start with `hang` spaces.
    func preformattedLines(_ text: String, hang: Int) -> [String] {
        var lines: [String] = []
        var rest = Substring(text)
        var prefix = ""
        // The width left is kept, not measured again per line: a line of a megabyte stays linear.
        var restWidth = rest.displayWidth
        while prefix.displayWidth + restWidth > width {
            let room = width - prefix.displayWidth
            var end = rest.startIndex
            var used = 0
            while end < rest.endIndex && used + rest[end].displayWidth <= room {
                used += rest[end].displayWidth
                end = rest.index(after: end)
            }
            if end == rest.startIndex { end = rest.index(after: end) }  // one character wider than the room
            var cut = end
            if let space = rest[..<end].lastIndex(of: " "), rest[..<space].contains(where: { $0 != " " }) {
                cut = space
            }
            var piece = rest[..<cut]
            while piece.count > 1 && piece.last == " " { piece = piece.dropLast() }
            lines.append(prefix + piece)
            let next = rest[cut...].drop(while: { $0 == " " })
            restWidth -= rest[..<next.startIndex].displayWidth
            rest = next
            prefix = String(repeating: " ", count: hang < width / 2 ? hang : 0)
        }
        lines.append(prefix + rest)
        return lines
    }
}
