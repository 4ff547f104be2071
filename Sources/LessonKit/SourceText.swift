import LossKit

/// Lesson source made safe to show: valid UTF-8, with control characters and escape sequences removed.
///
/// Lessons loaded with `--lessons` are untrusted, so nothing in them may reach the terminal raw.
/// Each kind of removal is reported once per line so `lessons check` can point at it.
struct SourceText {
    /// The cleaned text.
    private(set) var text = ""
    /// What was wrong, by line.
    private(set) var problems = LineProblems()
    /// True when the bytes look like a binary file (they hold NUL bytes); `text` is then empty.
    private(set) var isBinary = false

    init(bytes: [UInt8]) {
        if let nul = bytes.firstIndex(of: 0) {
            isBinary = true
            let line = 1 + bytes[..<nul].reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
            problems.add(line, "the file holds NUL bytes: it looks binary, not Markdown text")
            return
        }
        // Most files are clean: valid UTF-8 with nothing to remove. Take them as they are.
        if let clean = String(validating: bytes, as: UTF8.self),
           clean.unicodeScalars.allSatisfy(Self.isAllowed) {
            text = clean
            return
        }
        var scalars = String.UnicodeScalarView()
        var line = 1
        var reportedLine = 0
        func report(_ message: String) {
            if reportedLine != line { problems.add(line, message) }
            reportedLine = line
        }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var pending: [Unicode.Scalar] = []
        decoding: while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(s): pending.append(s)
            case .emptyInput: break decoding
            case .error:
                report("invalid UTF-8 bytes; save the file as UTF-8")
                pending.append("\u{FFFD}")
            }
            // Escape sequences need to see a few scalars at once; everything else passes one at a time.
            while let first = pending.first {
                if first == "\u{1B}" || first == "\u{9B}" {
                    if pending.count == 1 { break }
                    guard let length = Self.escapeLength(pending) else { break }
                    report("terminal escape sequence removed; lessons are plain text")
                    pending.removeFirst(length)
                    continue
                }
                pending.removeFirst()
                if first == "\n" { line += 1; reportedLine = 0 }
                if Self.isAllowed(first) {
                    scalars.append(first)
                } else if first != "\r" && first != "\u{FEFF}" {
                    report("control character U+\(Self.hex(first)) removed")
                }
            }
        }
        // An escape sequence cut short by the end of the file is removed whole.
        if !pending.isEmpty { report("terminal escape sequence removed; lessons are plain text") }
        text = String(scalars)
    }

    /// Whether `s` may stay: printable text, newlines and tabs (carriage returns and BOMs go, silently).
    private static func isAllowed(_ s: Unicode.Scalar) -> Bool {
        s == "\n" || s == "\t" || !(s.isTerminalControl || s == "\u{FEFF}")
    }

    /// The length of the escape sequence at the start of `p`, or nil when more scalars are needed to tell.
    ///
    /// CSI (`ESC [` or U+009B, then parameters, then a final byte), OSC / DCS / APC / PM / SOS strings
    /// (up to BEL or `ESC \`), ESC with intermediates and a final character (`ESC ( B`), and
    /// two-character escapes. At most 256 scalars count as one sequence, and none runs over a line break.
    private static func escapeLength(_ p: [Unicode.Scalar]) -> Int? {
        var i = 1
        let csi = p[0] == "\u{9B}" || p[1] == "["
        if p[0] == "\u{1B}" && !csi {
            if (0x20...0x2F).contains(p[1].value) {
                // ESC, intermediates, then one final character, such as ESC ( B.
                while i < p.count && (0x20...0x2F).contains(p[i].value) && i < 256 { i += 1 }
                return i < p.count ? (p[i] == "\n" ? i : i + 1) : nil
            }
            // A line break is never part of a sequence, so lines keep their numbers.
            guard ["]", "P", "_", "^", "X"].contains(p[1]) else { return p[1] == "\n" ? 1 : 2 }
            i = 2
            while i < p.count {
                if p[i] == "\u{07}" { return i + 1 }
                if p[i] == "\u{1B}", i + 1 < p.count { return p[i + 1] == "\\" ? i + 2 : i + 1 }
                if i >= 256 || p[i] == "\n" { return i }
                i += 1
            }
            return nil
        }
        if p[0] == "\u{1B}" { i = 2 }
        while i < p.count {
            let v = p[i].value
            if (0x40...0x7E).contains(v) { return i + 1 }
            if !(0x20...0x3F).contains(v) || i >= 256 { return i }
            i += 1
        }
        return nil
    }

    private static func hex(_ s: Unicode.Scalar) -> String {
        let digits = String(s.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
