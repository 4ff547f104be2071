import Testing
@testable import LossPlot

@Suite("Reducing data to one min/max pair per column")
struct ColumnEnvelopeTests {
    @Test("A million points reduce to their lowest and highest value per column, keeping a one-point spike")
    func millionPoints() {
        let n = 1_000_000
        let xs = (0..<n).map { Double($0) / Double(n - 1) }
        var ys = xs.map { $0 * 2 }
        ys[500_000] = 50
        let envelope = ColumnEnvelope(Series(name: "line", x: xs, y: ys), columns: 11, xLower: 0, xUpper: 1)
        // Column 5 is centred on x = 0.5 and spans [0.45, 0.55).
        let middle = envelope.range(5)
        #expect(middle?.high == 50)
        #expect(abs((middle?.low ?? 0) - 0.9) < 1e-5)
        #expect(envelope.range(0)?.low == 0)
        #expect(envelope.range(10)?.high == 2)
    }

    @Test("Two far-apart points are joined through every column between them")
    func joinsAcrossColumns() {
        let envelope = ColumnEnvelope(Series(name: "two", x: [0, 1], y: [0, 10]), columns: 11, xLower: 0, xUpper: 1)
        for c in 0..<11 {
            let range = envelope.range(c)
            #expect(range != nil, "column \(c) is empty")
            // The line is at 10 · x; column c holds the values between its borders at x = (c ± 0.5) / 10.
            #expect(abs((range?.low ?? -1) - max(0, Double(c) - 0.5)) < 1e-9)
            #expect(abs((range?.high ?? -1) - min(10, Double(c) + 0.5)) < 1e-9)
        }
    }

    @Test("NaN breaks the line; ∞ joins its neighbour so the curve runs off the chart")
    func nonFinite() {
        let gap = ColumnEnvelope(Series(name: "gap", x: [0, 0.5, 1], y: [1, .nan, 1]), columns: 11, xLower: 0, xUpper: 1)
        #expect(gap.range(0) != nil && gap.range(10) != nil)
        #expect(gap.range(5) == nil)
        let infinite = ColumnEnvelope(Series(name: "inf", x: [0, 0.1, 1], y: [.infinity, 2, 0]), columns: 11, xLower: 0, xUpper: 1)
        #expect(infinite.range(0)?.high == .infinity)
        #expect(infinite.range(0)?.low == 2)
    }

    @Test("A function is sampled at the centre of every column, both ends included")
    func function() {
        let envelope = ColumnEnvelope(Series(name: "f") { 1 / $0 }, columns: 5, xLower: 0, xUpper: 1)
        #expect(envelope.range(0)?.high == .infinity)
        #expect(envelope.range(4)?.low == 1)
        #expect(envelope.range(2).map { $0.low <= 2 && $0.high >= 2 } == true)
    }
}
