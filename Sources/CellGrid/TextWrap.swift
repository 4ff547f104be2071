/// Word wrapping and shortening of plain text by display width.
public enum TextWrap {
    /// `text` broken into lines of at most `width` columns at spaces (and at explicit newlines).
    ///
    /// A word wider than a line is broken between graphemes, so nothing is ever cut off; spaces
    /// at a break are dropped, and a run of spaces between words on one line is kept. Empty text
    /// gives one empty line.
    public static func lines(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var used = 0
            var gap = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                // An empty piece is one more space between two words.
                guard !word.isEmpty else {
                    gap += 1
                    continue
                }
                let w = word.displayWidth
                let spaces = gap + 1
                gap = 0
                if used > 0 && used + spaces + w <= width {
                    line += String(repeating: " ", count: spaces) + word
                    used += spaces + w
                    continue
                }
                if used > 0 {
                    lines.append(line)
                    line = ""
                    used = 0
                }
                for g in word {
                    let gw = g.displayWidth
                    if used + gw > width && used > 0 {
                        lines.append(line)
                        line = ""
                        used = 0
                    }
                    line.append(g)
                    used += gw
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// `text` if it fits in `width` columns, else its longest start that fits with "…" after it,
    /// cut at a space or comma when there is one, so a number is never shown cut in two.
    ///
    /// Only the start of the text is looked at, so shortening a list of a million numbers costs
    /// what shortening a line does.
    public static func shortened(_ text: String, width: Int, ellipsis: String = "…") -> String {
        let room = width - ellipsis.displayWidth
        var end = text.startIndex
        var used = 0
        var fitEnd: String.Index?
        var lastBreak: String.Index?
        while end < text.endIndex {
            used += text[end].displayWidth
            if used > width { break }
            if used > room && fitEnd == nil { fitEnd = end }
            if fitEnd == nil && (text[end] == " " || text[end] == ",") { lastBreak = end }
            end = text.index(after: end)
        }
        guard end < text.endIndex else { return text }
        guard room > 0 else { return String(ellipsis.prefix(max(0, width))) }
        var cut = lastBreak ?? fitEnd ?? end
        if lastBreak != nil, text[cut] == "," { cut = text.index(after: cut) }
        var head = String(text[..<cut])
        while head.hasSuffix(" ") { head.removeLast() }
        return head + ellipsis
    }
}
