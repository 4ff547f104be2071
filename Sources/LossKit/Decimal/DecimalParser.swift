/// Reads decimal numbers from bytes, correctly rounded, without making a `String` of them.
///
/// The grammar is the one people type and `NumberList` accepts:
/// `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?`. Up to 19 significant digits are
/// turned into a double exactly by Clinger's fast path or the Eisel-Lemire algorithm (the 128-bit
/// table of `powersOfFive`); longer mantissas go to the standard library's parser. Reading 10⁷ numbers this way takes a fraction of `strtod`'s time.
public enum DecimalParser {
    /// The number that starts at `start` in `bytes` and the index just after it, or nil when no number
    /// starts there. The number ends where the grammar ends; the caller checks what follows it.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (value: Double, end: Int)? {
        let end = bytes.count
        var i = start
        var negative = false
        if i < end, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        // The digits in one tight loop each, wrapping: checked below that at most 19 of them count.
        var mantissa: UInt64 = 0
        let integerStart = i
        while i < end {
            let d = bytes[i] &- UInt8(ascii: "0")
            guard d < 10 else { break }
            mantissa = mantissa &* 10 &+ UInt64(d)
            i += 1
        }
        var digits = i &- integerStart
        var exponent = 0
        if i < end, bytes[i] == UInt8(ascii: ".") {
            i += 1
            let fractionStart = i
            // Eight digits at a time where there are eight (most of a long fraction).
            while i &+ 8 <= end {
                let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self))
                guard Self.isEightDigits(word) else { break }
                mantissa = mantissa &* 100_000_000 &+ Self.eightDigits(word)
                i &+= 8
            }
            while i < end {
                let d = bytes[i] &- UInt8(ascii: "0")
                guard d < 10 else { break }
                mantissa = mantissa &* 10 &+ UInt64(d)
                i += 1
            }
            exponent = fractionStart &- i
            digits &+= i &- fractionStart
        }
        guard digits > 0 else { return nil }
        let digitsEnd = i
        if i < end, bytes[i] | 0x20 == UInt8(ascii: "e") {
            var j = i + 1
            var negativeExponent = false
            if j < end, bytes[j] == UInt8(ascii: "-") || bytes[j] == UInt8(ascii: "+") {
                negativeExponent = bytes[j] == UInt8(ascii: "-")
                j += 1
            }
            var written = 0
            var exponentDigits = 0
            while j < end, bytes[j] &- UInt8(ascii: "0") < 10 {
                if written < 100_000 { written = written * 10 + Int(bytes[j] &- UInt8(ascii: "0")) }
                exponentDigits += 1
                j += 1
            }
            // "1e" or "1e+" is not a number with an exponent: the number ends before the "e".
            if exponentDigits > 0 {
                exponent += negativeExponent ? -written : written
                i = j
            }
        }
        if digits > 19 {
            // Leading zeros do not count; beyond 19 significant digits the mantissa has wrapped.
            var k = integerStart
            while k < digitsEnd, bytes[k] == UInt8(ascii: "0") || bytes[k] == UInt8(ascii: ".") {
                if bytes[k] == UInt8(ascii: "0") { digits -= 1 }
                k += 1
            }
            if digits > 19 {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                guard let value = Double(text) else { return nil }
                return (value, i)
            }
        }
        let magnitude = value(mantissa: mantissa, exponent: exponent)
        return (negative ? -magnitude : magnitude, i)
    }

    /// Whether the eight bytes of `word` (little endian) are all ASCII digits.
    @inline(__always)
    static func isEightDigits(_ word: UInt64) -> Bool {
        ((word &+ 0x4646_4646_4646_4646) | (word &- 0x3030_3030_3030_3030)) & 0x8080_8080_8080_8080 == 0
    }

    /// The value of eight ASCII digits read as a little-endian word, first digit most significant
    /// (three multiplications instead of eight; as in fast_float).
    @inline(__always)
    static func eightDigits(_ word: UInt64) -> UInt64 {
        var v = word &- 0x3030_3030_3030_3030
        v = (v &* 10) &+ (v >> 8)
        let mask: UInt64 = 0x0000_00FF_0000_00FF
        v = (((v & mask) &* 0x000F_4240_0000_0064) &+ (((v >> 16) & mask) &* 0x0000_2710_0000_0001)) >> 32
        return v & 0xFFFF_FFFF
    }

    /// `mantissa` × 10^`exponent` correctly rounded to the nearest double (ties to even).
    static func value(mantissa w: UInt64, exponent q: Int) -> Double {
        if w == 0 || q < -342 { return 0 }
        if q > 308 { return .infinity }
        // Clinger: both operands exact, so one rounding.
        if w <= 1 << 53 && (-22...22).contains(q) {
            return q < 0 ? Double(w) / exactPowersOfTen[-q] : Double(w) * exactPowersOfTen[q]
        }
        return eiselLemire(w, q)
    }

    /// 10⁰…10²², each exactly a double.
    static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// The Eisel-Lemire algorithm for a non-zero `w` and q in -342...308 (Lemire, "Number Parsing at a
    /// Gigabyte per Second", 2021; without fallback as proved by Mushtak and Lemire, 2023).
    static func eiselLemire(_ w: UInt64, _ q: Int) -> Double {
        let leadingZeros = w.leadingZeroBitCount
        let normalised = w << leadingZeros
        let index = 2 * (q + 342)
        var (high, low) = normalised.multipliedFullWidth(by: powersOfFive[index])
        // 55 bits of precision are needed: refine with the next 64 bits of 5^q only when the lower bits are all ones.
        let mask: UInt64 = 0xFFFF_FFFF_FFFF_FFFF >> 55
        if high & mask == mask {
            let second = normalised.multipliedFullWidth(by: powersOfFive[index + 1]).high
            let (sum, overflow) = low.addingReportingOverflow(second)
            low = sum
            if overflow { high &+= 1 }
        }
        let upperBit = Int(high >> 63)
        let shift = upperBit + 64 - 52 - 3
        var mantissa = high >> UInt64(shift)
        var power2 = (((152_170 + 65_536) * q) >> 16) + 63 + upperBit - leadingZeros + 1023
        if power2 <= 0 {
            // Subnormal (or zero).
            if -power2 + 1 >= 64 { return 0 }
            mantissa >>= UInt64(-power2 + 1)
            mantissa += mantissa & 1
            mantissa >>= 1
            power2 = mantissa < (1 << 52) ? 0 : 1
            return Double(bitPattern: UInt64(power2) << 52 | (mantissa & ((1 << 52) - 1)))
        }
        // Exactly halfway between two doubles: round to even rather than up.
        if low <= 1 && (-4...23).contains(q) && mantissa & 3 == 1 && (mantissa << UInt64(shift)) == high {
            mantissa &= ~1
        }
        mantissa += mantissa & 1
        mantissa >>= 1
        if mantissa >= (2 << 52) {
            mantissa = 1 << 52
            power2 += 1
        }
        if power2 >= 0x7FF { return .infinity }
        return Double(bitPattern: UInt64(power2) << 52 | (mantissa & ((1 << 52) - 1)))
    }
}
