/// Word wrapping and shortening of plain text by display width.
public enum TextWrap {
    /// `text` broken into lines of at most `width` columns at spaces (and at explicit newlines).
    ///
    /// A word wider than a line is broken between graphemes, so nothing is ever cut off; spaces
    /// at a break are dropped. Empty text gives one empty line.
    public static func lines(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var used = 0
            for word in paragraph.split(separator: " ") {
                let w = word.displayWidth
                if used > 0 && used + 1 + w <= width {
                    line += " " + word
                    used += 1 + w
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
    public static func shortened(_ text: String, width: Int, ellipsis: String = "…") -> String {
        guard text.displayWidth > width else { return text }
        let room = width - ellipsis.displayWidth
        guard room > 0 else { return String(ellipsis.prefix(max(0, width))) }
        var end = text.startIndex
        var used = 0
        var lastBreak: String.Index?
        while end < text.endIndex, used + text[end].displayWidth <= room {
            if text[end] == " " || text[end] == "," { lastBreak = end }
            used += text[end].displayWidth
            end = text.index(after: end)
        }
        var cut = lastBreak ?? end
        if lastBreak != nil, text[cut] == "," { cut = text.index(after: cut) }
        var head = String(text[..<cut])
        while head.hasSuffix(" ") { head.removeLast() }
        return head + ellipsis
    }
}
