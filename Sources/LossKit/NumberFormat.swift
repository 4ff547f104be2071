#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns numbers into text: rounded for reading, or in full so they read back exactly.
public enum NumberFormat {
    /// The shortest text that reads back as exactly `value` ("0.1", "1e-300"); "inf", "-inf", "nan" otherwise.
    public static func full(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        return "\(value)"
    }

    /// `value` rounded to `digits` significant digits, with trailing zeros dropped ("0.04", "1.204", "1e-07" → "1e-7").
    public static func readable(_ value: Double, digits: Int = 4, infinity: String = "∞", minus: String = "-") -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? minus + infinity : infinity }
        if value == 0 { return "0" }
        var text = printf(value, digits: max(1, digits))
        if let e = text.firstIndex(where: { $0 == "e" }) {
            var mantissa = String(text[..<e])
            var exponent = String(text[text.index(after: e)...])
            mantissa = trimZeros(mantissa)
            let negative = exponent.hasPrefix("-")
            exponent = String(exponent.drop(while: { $0 == "-" || $0 == "+" || $0 == "0" }))
            text = mantissa + "e" + (negative ? "-" : "") + (exponent.isEmpty ? "0" : exponent)
        } else {
            text = trimZeros(text)
        }
        if text.hasPrefix("-") { text = minus + text.dropFirst() }
        return text
    }

    private static func trimZeros(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var t = Substring(text)
        while t.hasSuffix("0") { t = t.dropLast() }
        if t.hasSuffix(".") { t = t.dropLast() }
        return String(t)
    }

    /// C's `%.*g`, which rounds correctly.
    ///
    /// On glibc, `gcvt` is this very format (`sprintf(buf, "%.*g", digits, value)` for up to 17 digits)
    /// without the cost of a variadic call, which matters when the Lab formats a screenful per key press.
    private static func printf(_ value: Double, digits: Int) -> String {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer in
            #if canImport(Glibc)
            if digits <= 17 {
                let start = buffer.baseAddress!
                _ = gcvt(value, Int32(digits), start)
                return String(cString: start)
            }
            #endif
            let count = withVaList([Int32(digits), value]) { vsnprintf(buffer.baseAddress, 64, "%.*g", $0) }
            return String(decoding: UnsafeRawBufferPointer(start: buffer.baseAddress, count: Int(count)), as: UTF8.self)
        }
    }
}
