import Testing
@testable import LossKit

@Suite struct DecimalParserTests {
    /// The number `text` reads as, and whether the whole text was read.
    func parse(_ text: String) -> (value: Double, whole: Bool)? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { b in
            DecimalParser.parse(b, from: 0).map { ($0.value, $0.end == bytes.count) }
        }
    }

    /// Whether `text` reads as exactly what the standard library's parser (correctly rounded) makes of it.
    func agrees(_ text: String) -> Bool {
        guard let expected = Double(text), let got = parse(text), got.whole else { return false }
        return got.value.bitPattern == expected.bitPattern
    }

    @Test func readsEdgeCasesAsTheStandardLibraryDoes() {
        let cases = [
            "0", "-0", "+0", "0.0", ".5", "5.", "-.5", "1e0", "1E5", "1e-5", "1e+5", "123456789012345678",
            "1234567890123456789", "12345678901234567890", "0.1", "0.2", "0.3", "0.30000000000000004",
            "9007199254740993", "9007199254740992", "9007199254740991", "2.2250738585072011e-308",
            "2.2250738585072014e-308", "4.9406564584124654e-324", "2.4703282292062327e-324",
            "2.4703282292062328e-324", "1.7976931348623157e308", "1.7976931348623158e308", "1e-400", "1e400",
            "1.00000000000000011102230246251565404236316680908203125",
            "1.00000000000000011102230246251565404236316680908203124",
            "1.00000000000000011102230246251565404236316680908203126",
            "7.2057594037927933e16", "4.35679784e-5", "0.000000000000000000000000000001", "123.456e-2",
            "3.14159265358979323846264338327950288", "1e22", "1e23", "8.98846567431158e307",
            "0.500000000000000166533453693773481063544750213623046875", "1.5e-323", "5e-324", "00000012.5000",
        ]
        for text in cases { #expect(agrees(text), "\(text)") }
    }

    @Test func readsRandomDoublesWrittenEveryWayAsTheStandardLibraryDoes() {
        var random = SystemRandomNumberGenerator()
        var disagreements: [String] = []
        for _ in 0..<200_000 {
            let bits = random.next() & 0x7FEF_FFFF_FFFF_FFFF
            let v = Double(bitPattern: bits)
            let digits = Int.random(in: 1...25, using: &random)
            for text in [v.description, String(Double.random(in: 0..<1, using: &random)),
                         Self.decimal(random.next() % 10_000_000_000_000_000_000, digits: digits, exponent: Int.random(in: -330...310, using: &random))]
            where !agrees(text) {
                disagreements.append(text)
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }

    /// `mantissa` written with a decimal point after its first `digits` characters and an exponent.
    static func decimal(_ mantissa: UInt64, digits: Int, exponent: Int) -> String {
        let text = String(mantissa)
        let cut = text.index(text.startIndex, offsetBy: min(digits, text.count))
        return text[..<cut] + "." + text[cut...] + "e\(exponent)"
    }

    @Test func stopsWhereTheGrammarStops() {
        #expect(parse("1.5,2")?.value == 1.5)
        #expect(parse("1.5,2")?.whole == false)
        #expect(parse("2e")?.value == 2)
        #expect(parse("2e")?.whole == false)
        #expect(parse("-")  == nil)
        #expect(parse(".") == nil)
        #expect(parse("e5") == nil)
        #expect(parse("nan") == nil)
    }
}
