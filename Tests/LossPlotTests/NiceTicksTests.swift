import Testing
@testable import LossPlot

@Suite("Nice ticks")
struct NiceTicksTests {
    @Test("[0, 1] gets steps of 0.2 with one decimal each, never 0.17 or 0.33")
    func unitInterval() {
        let ticks = NiceTicks.linear(from: 0, to: 1, maxCount: 6)
        #expect(ticks.values == [0, 0.2, 0.4, 0.6, 0.8, 1])
        #expect(ticks.labels == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
    }

    @Test("[0, 1] with room for 11 ticks gets steps of 0.1, exactly 0.3 and not 0.30000000000000004")
    func tenths() {
        let ticks = NiceTicks.linear(from: 0, to: 1, maxCount: 11)
        #expect(ticks.values.count == 11)
        #expect(ticks.values[3] == 0.3)
        #expect(ticks.values[7] == 0.7)
        #expect(ticks.labels[3] == "0.3")
    }

    @Test("[0, 1] with room for only 3 ticks gets 0, 0.5 and 1")
    func fewTicks() {
        #expect(NiceTicks.linear(from: 0, to: 1, maxCount: 3).labels == ["0.0", "0.5", "1.0"])
        #expect(NiceTicks.linear(from: 0, to: 1, maxCount: 2).labels == ["0", "1"])
    }

    @Test("[0, 4.6] is snapped up to whole numbers 0 … 5")
    func bceRange() {
        let ticks = NiceTicks.linear(from: 0, to: 4.6, maxCount: 6)
        #expect(ticks.values == [0, 1, 2, 3, 4, 5])
        #expect(ticks.labels == ["0", "1", "2", "3", "4", "5"])
        #expect(ticks.lower == 0 && ticks.upper == 5)
    }

    @Test("[−2, 2] is symmetric, with the minus sign the notation asks for")
    func negative() {
        let ascii = NiceTicks.linear(from: -2, to: 2, maxCount: 5)
        #expect(ascii.values == [-2, -1, 0, 1, 2])
        #expect(ascii.labels == ["-2", "-1", "0", "1", "2"])
        #expect(NiceTicks.linear(from: -2, to: 2, maxCount: 5, minus: "−").labels.first == "−2")
        #expect(NiceTicks.linear(from: -2, to: 2, maxCount: 3).values == [-2, 0, 2])
    }

    @Test("A range that is not on ticks is widened outwards to the nearest ticks")
    func snapping() {
        let ticks = NiceTicks.linear(from: 0.13, to: 0.87, maxCount: 5)
        #expect(ticks.values == [0, 0.5, 1])
        #expect(NiceTicks.linear(from: 12, to: 87, maxCount: 5).values == [0, 50, 100])
        #expect(NiceTicks.linear(from: 12, to: 87, maxCount: 9).values == [10, 20, 30, 40, 50, 60, 70, 80, 90])
    }

    @Test("Huge and tiny ranges get labels in powers of ten instead of dozens of digits")
    func powers() {
        #expect(NiceTicks.linear(from: 0, to: 1e20, maxCount: 3).labels == ["0", "5e19", "1e20"])
        #expect(NiceTicks.linear(from: 0, to: 3e-9, maxCount: 4).labels == ["0", "1e-9", "2e-9", "3e-9"])
        #expect(NiceTicks.linear(from: -30, to: 0.5, maxCount: 2).values == [-50, 0, 50])
    }

    @Test("An empty range around one value still gets two distinct ticks")
    func degenerate() {
        let zero = NiceTicks.linear(from: 0, to: 0, maxCount: 5)
        #expect(zero.lower < 0 && zero.upper > 0)
        let same = NiceTicks.linear(from: 3, to: 3, maxCount: 5)
        #expect(same.lower < 3 && same.upper > 3)
        let nonFinite = NiceTicks.linear(from: .nan, to: .infinity, maxCount: 5)
        #expect(nonFinite.values == [0, 0.5, 1])
    }

    @Test("[0.001, 100] on a log axis gets one tick per decade, written plainly")
    func logDecades() {
        let ticks = NiceTicks.logarithmic(from: 0.001, to: 100, maxCount: 6)
        #expect(ticks.values == [0.001, 0.01, 0.1, 1, 10, 100])
        #expect(ticks.labels == ["0.001", "0.01", "0.1", "1", "10", "100"])
    }

    @Test("A log range inside one decade adds 2 and 5; a wide one keeps every few decades")
    func logFineAndWide() {
        #expect(NiceTicks.logarithmic(from: 1.5, to: 8, maxCount: 6).labels == ["1", "2", "5", "10"])
        let wide = NiceTicks.logarithmic(from: 1e-9, to: 1000, maxCount: 5)
        #expect(wide.labels == ["1e-9", "1e-6", "0.001", "1", "1000"])
        #expect(NiceTicks.logarithmic(from: 0.003, to: 70, maxCount: 6).labels == ["0.001", "0.01", "0.1", "1", "10", "100"])
    }

    @Test("Labels are built from integers, so every decimal comes out exact")
    func exactLabels() {
        #expect(NiceTicks.label(multiple: 3, exponent: -1, minus: "-") == "0.3")
        #expect(NiceTicks.label(multiple: 10, exponent: -1, minus: "-") == "1.0")
        #expect(NiceTicks.label(multiple: -25, exponent: -3, minus: "−") == "−0.025")
        #expect(NiceTicks.label(multiple: 0, exponent: -2, minus: "-") == "0.00")
        #expect(NiceTicks.label(multiple: 5, exponent: 2, minus: "-") == "500")
        #expect(NiceTicks.value(multiple: 3, exponent: -1) == 0.3)
    }
}
