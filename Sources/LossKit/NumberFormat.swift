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

    /// `value` as a person would type it, exactly: `full` without a trailing ".0" ("255", "0.1", "1e-300").
    public static func plain(_ value: Double) -> String {
        let text = full(value)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// `value` rounded to `digits` significant digits, with trailing zeros dropped ("0.04", "1.204", "1e-07" → "1e-7").
    ///
    /// The Lab formats a screenful of numbers per key press, so the clean-up works on the bytes C
    /// wrote and makes a single string.
    public static func readable(_ value: Double, digits: Int = 4, infinity: String = "∞", minus: String = "-") -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? minus + infinity : infinity }
        if value == 0 { return "0" }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
            let count = printf(value, digits: max(1, digits), into: buffer)
            let bytes = UnsafeBufferPointer(rebasing: buffer[0..<count])
            let e = bytes.firstIndex(of: UInt8(ascii: "e")) ?? count
            // The mantissa without trailing zeros after a decimal point, nor a bare point.
            var mantissaEnd = e
            if bytes[0..<e].contains(UInt8(ascii: ".")) {
                while bytes[mantissaEnd - 1] == UInt8(ascii: "0") { mantissaEnd -= 1 }
                if bytes[mantissaEnd - 1] == UInt8(ascii: ".") { mantissaEnd -= 1 }
            }
            let negative = bytes[0] == UInt8(ascii: "-")
            var text = negative ? minus : ""
            text += String(decoding: bytes[(negative ? 1 : 0)..<mantissaEnd], as: UTF8.self)
            if e < count {
                // "e-07" → "e-7", "e+05" → "e5".
                var digitsStart = e + 1
                let negativeExponent = bytes[digitsStart] == UInt8(ascii: "-")
                while digitsStart < count - 1 && (bytes[digitsStart] == UInt8(ascii: "-") || bytes[digitsStart] == UInt8(ascii: "+")
                    || bytes[digitsStart] == UInt8(ascii: "0")) { digitsStart += 1 }
                text += (negativeExponent ? "e-" : "e") + String(decoding: bytes[digitsStart..<count], as: UTF8.self)
            }
            return text
        }
    }

    /// C's `%.*g`, which rounds correctly, written into `buffer`; returns the number of bytes.
    ///
    /// On glibc, `gcvt` is this very format (`sprintf(buf, "%.*g", digits, value)` for up to 17 digits)
    /// without the cost of a variadic call.
    private static func printf(_ value: Double, digits: Int, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        buffer.withMemoryRebound(to: CChar.self) { chars in
            #if canImport(Glibc)
            if digits <= 17 {
                _ = gcvt(value, Int32(digits), chars.baseAddress!)
                return strlen(chars.baseAddress!)
            }
            #endif
            let count = withVaList([Int32(digits), value]) { vsnprintf(chars.baseAddress, chars.count, "%.*g", $0) }
            return min(Int(count), chars.count - 1)
        }
    }
}
