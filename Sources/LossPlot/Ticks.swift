#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LossKit

/// The tick marks of one axis: their values, their labels, and the range from first to last.
public struct Ticks: Sendable, Equatable {
    /// Tick values, increasing; the first and last are the ends of the axis.
    public var values: [Double]
    /// One label per value, written with the same number of decimals, such as "0.0", "0.2", … "1.0".
    public var labels: [String]

    public init(values: [Double], labels: [String]) {
        self.values = values
        self.labels = labels
    }

    /// The axis range: from the first tick to the last.
    public var lower: Double { values.first ?? 0 }
    public var upper: Double { values.last ?? 1 }

    /// The widest label, in characters.
    public var labelWidth: Int { labels.map(\.count).max() ?? 0 }
}

/// Chooses "nice" ticks, as a person would draw them: steps of 1, 2 or 5 times a power of ten.
public enum NiceTicks {
    /// At most `maxCount` ticks spaced 1, 2 or 5 × 10ᵏ apart, covering [lower, upper] with a tick at each end.
    ///
    /// [0, 4.6] with up to 6 ticks gives 0, 1, 2, 3, 4, 5; [0, 1] gives 0.0, 0.2, … 1.0, never 0.17 or 0.33.
    /// `minus` writes negative labels (− in Unicode, - in ASCII).
    public static func linear(from lower: Double, to upper: Double, maxCount: Int, minus: String = "-") -> Ticks {
        var (lo, hi) = ordered(lower, upper, fallback: (0, 1))
        if lo == hi {
            let pad = lo == 0 ? 1 : abs(lo) / 2
            (lo, hi) = (lo - pad, hi + pad)
        }
        // Two ticks cannot span a range that holds 0 inside it with one 1-2-5 step; three can.
        let most = max(lo < 0 && hi > 0 ? 3 : 2, maxCount)
        var exponent = Int(floor(log10((hi - lo) / Double(most - 1)))) - 1
        while true {
            for mantissa in [1, 2, 5] {
                let step = Double(mantissa) * powerOfTen(exponent)
                let first = (lo / step + 1e-9).rounded(.down)
                let last = (hi / step - 1e-9).rounded(.up)
                guard abs(first) < 1e15, abs(last) < 1e15 else {
                    return Ticks(values: [lo, hi], labels: [lo, hi].map { NumberFormat.readable($0, digits: 4, minus: minus) })
                }
                if Int(last - first) + 1 <= most {
                    let ks = Int(first)...Int(last)
                    let values = ks.map { value(multiple: $0 * mantissa, exponent: exponent) }
                    // Beyond a million, or finer than a millionth, plain decimals grow too long: use powers.
                    guard (-6...5).contains(exponent) else {
                        return Ticks(values: values, labels: values.map { NumberFormat.readable($0, digits: 3, minus: minus) })
                    }
                    return Ticks(values: values,
                                 labels: ks.map { label(multiple: $0 * mantissa, exponent: exponent, minus: minus) })
                }
            }
            exponent += 1
        }
    }

    /// At most `maxCount` ticks at powers of ten covering [lower, upper] (both must be positive).
    ///
    /// [0.001, 100] gives 0.001, 0.01, 0.1, 1, 10, 100. A range within one decade adds 2 and 5;
    /// one too wide for `maxCount` ticks keeps every second (third, …) power, counted down from the top.
    public static func logarithmic(from lower: Double, to upper: Double, maxCount: Int, minus: String = "-") -> Ticks {
        var (lo, hi) = ordered(lower, upper, fallback: (0.1, 10))
        if lo <= 0 { lo = min(hi, 1) / 1000 }
        if hi <= lo { hi = lo * 10 }
        let e0 = Int(floor(log10(lo) + 1e-9))
        var e1 = Int(ceil(log10(hi) - 1e-9))
        if e1 <= e0 { e1 = e0 + 1 }
        let most = max(2, maxCount)
        if e1 - e0 == 1 && most >= 4 {
            let multiples = [1, 2, 5, 10]
            return Ticks(values: multiples.map { value(multiple: $0, exponent: e0) },
                         labels: multiples.map { decadeLabel(multiple: $0, exponent: e0, minus: minus) })
        }
        let stride = max(1, Int((Double(e1 - e0) / Double(most - 1)).rounded(.up)))
        // Step down from the top decade, so the upper end stays where the data ends.
        let exponents = Array(Swift.stride(from: e1, through: e0 - stride + 1, by: -stride).reversed())
        return Ticks(values: exponents.map { value(multiple: 1, exponent: $0) },
                     labels: exponents.map { decadeLabel(multiple: 1, exponent: $0, minus: minus) })
    }

    /// Ticks for `scale`, as `linear` or `logarithmic` choose them.
    public static func forScale(_ scale: AxisScale, from lower: Double, to upper: Double, maxCount: Int,
                                minus: String = "-") -> Ticks {
        switch scale {
        case .linear: linear(from: lower, to: upper, maxCount: maxCount, minus: minus)
        case .logarithmic: logarithmic(from: lower, to: upper, maxCount: maxCount, minus: minus)
        }
    }

    // MARK: - Exact values and labels from integers

    private static func ordered(_ a: Double, _ b: Double, fallback: (Double, Double)) -> (Double, Double) {
        guard a.isFinite, b.isFinite else { return fallback }
        return a <= b ? (a, b) : (b, a)
    }

    /// 10ᵉ, exact for every e a chart needs (|e| ≤ 22).
    static func powerOfTen(_ e: Int) -> Double {
        var p = 1.0
        for _ in 0..<abs(e) { p *= 10 }
        return e >= 0 ? p : 1 / p
    }

    /// multiple × 10ᵉ, computed so that 3 × 10⁻¹ is exactly 0.3 and not 0.30000000000000004.
    static func value(multiple: Int, exponent: Int) -> Double {
        exponent >= 0 ? Double(multiple) * powerOfTen(exponent) : Double(multiple) / powerOfTen(-exponent)
    }

    /// multiple × 10ᵉ written in decimal with exactly max(0, −e) decimals: (2, −1) → "0.2", (10, −1) → "1.0".
    static func label(multiple: Int, exponent: Int, minus: String) -> String {
        var digits = String(abs(multiple))
        if exponent >= 0 {
            if multiple != 0 { digits += String(repeating: "0", count: exponent) }
        } else {
            let decimals = -exponent
            if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        return multiple < 0 ? minus + digits : digits
    }

    /// A label on a log axis: plain decimals from 0.0001 to 100000 ("0.01", "500"), powers beyond ("1e-7", "2e6").
    static func decadeLabel(multiple: Int, exponent: Int, minus: String) -> String {
        guard (-4...5).contains(exponent) else {
            return "\(multiple)e" + (exponent < 0 ? minus : "") + String(abs(exponent))
        }
        var text = label(multiple: multiple, exponent: exponent, minus: minus)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}
