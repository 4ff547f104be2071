/// Reads a list of numbers as people type them: `1,0,1`, `1 0 1`, `1; 0; 1`, `[1, 0]`, `.5`, `1e-3`, `-0.2`.
///
/// Every input path (the command line, the Lab's editor, data files) shares this reader, so a
/// mistake gets the same message everywhere.
public enum NumberList {
    /// The numbers in `text`, or an error naming the first value that is wrong and where it stands.
    public static func parse(_ text: String) throws(NumberListError) -> [Double] {
        let chars = Array(text.unicodeScalars)
        var lo = 0
        var hi = chars.count
        while lo < hi && isSpace(chars[lo]) { lo += 1 }
        while hi > lo && isSpace(chars[hi - 1]) { hi -= 1 }
        if lo < hi && chars[lo] == "[" {
            guard chars[hi - 1] == "]" else { throw NumberListError(.unclosedBracket, value: 0, column: lo + 1, text: "[") }
            lo += 1
            hi -= 1
        } else if lo < hi && chars[hi - 1] == "]" {
            throw NumberListError(.unopenedBracket, value: 0, column: hi, text: "]")
        }

        var values: [Double] = []
        var i = lo
        var expectValue = true   // true at the start and right after a "," or ";"
        var sawSeparator = false
        while i < hi {
            let c = chars[i]
            if isSpace(c) { i += 1; continue }
            if c == "," || c == ";" {
                if expectValue {
                    throw NumberListError(.missing, value: values.count + 1, column: i + 1, text: String(c))
                }
                expectValue = true
                sawSeparator = true
                i += 1
                continue
            }
            let start = i
            while i < hi && !isSpace(chars[i]) && chars[i] != "," && chars[i] != ";" { i += 1 }
            let token = String(String.UnicodeScalarView(chars[start..<i]))
            values.append(try number(token, value: values.count + 1, column: start + 1))
            expectValue = false
        }
        if values.isEmpty { throw NumberListError(.empty, value: 0, column: 0, text: "") }
        if expectValue && sawSeparator {
            throw NumberListError(.missing, value: values.count + 1, column: hi + 1, text: "")
        }
        return values
    }

    /// One typed number (a single token): its value, NaN for a word such as "inf" or a value too large
    /// for a double, nil when it is not a number at all.
    static func number(_ token: String) -> Double? {
        do { return try number(token, value: 1, column: 1) } catch { return error.reason == .notFinite ? .nan : nil }
    }

    /// One number token: decimal notation only (no hex, no words); "nan" and "inf" are refused by name.
    private static func number(_ token: String, value: Int, column: Int) throws(NumberListError) -> Double {
        // People copy formulas from our screens, which write minus as U+2212.
        let plain = token.replacingMinusSign()
        let lower = plain.lowercased()
        let bare = lower.hasPrefix("-") || lower.hasPrefix("+") ? String(lower.dropFirst()) : lower
        if ["nan", "inf", "infinity", "∞"].contains(bare) {
            throw NumberListError(.notFinite, value: value, column: column, text: token)
        }
        guard isDecimal(plain), let v = Double(plain) else {
            throw NumberListError(.notANumber, value: value, column: column, text: token)
        }
        guard v.isFinite else { throw NumberListError(.notFinite, value: value, column: column, text: token) }
        return v
    }

    /// Whether `text` is `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?`.
    private static func isDecimal(_ text: String) -> Bool {
        var s = Substring(text).unicodeScalars[...]
        func digits() -> Int {
            var n = 0
            while let c = s.first, c >= "0" && c <= "9" { s.removeFirst(); n += 1 }
            return n
        }
        if let c = s.first, c == "+" || c == "-" { s.removeFirst() }
        var mantissa = digits()
        if s.first == "." { s.removeFirst(); mantissa += digits() }
        guard mantissa > 0 else { return false }
        if let c = s.first, c == "e" || c == "E" {
            s.removeFirst()
            if let c = s.first, c == "+" || c == "-" { s.removeFirst() }
            guard digits() > 0 else { return false }
        }
        return s.isEmpty
    }

    private static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r"
    }
}

extension String {
    /// The text with the Unicode minus sign (U+2212) written as an ASCII hyphen-minus.
    func replacingMinusSign() -> String {
        guard contains("−") else { return self }
        return String(map { $0 == "−" ? "-" : $0 })
    }
}
