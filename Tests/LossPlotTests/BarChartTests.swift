import Testing
import LossKit
import LossPlot

@Suite("Bar charts of per-element contributions")
struct BarChartTests {
    @Test("Each bar shows its index, a bar in proportion, and its value with its share of the total")
    func proportions() {
        let chart = BarChart(title: "t", bars: [.init(label: "1", value: 1), .init(label: "2", value: 3)])
        let lines = chart.buffer(width: 30, height: 3, mode: .ascii).lines()
        #expect(lines[1].hasPrefix(" 1 |####"))
        #expect(lines[1].hasSuffix(" 1 (25%)"))
        #expect(lines[2].hasSuffix(" 3 (75%)"))
        // 30 columns less " 1 |", a space and "3 (75%)" leave 17 for the longest bar; 17 / 3 rounds to 6.
        let hashes = lines.map { $0.filter { $0 == "#" }.count }
        #expect(hashes[2] == 17)
        #expect(hashes[1] == 6)
    }

    @Test("An infinite contribution fills its bar, ends in an arrow and reads ∞")
    func infinite() {
        let evaluation = Evaluation(spec: LossSpec(loss: .bce), x: [1, 1], xhat: [0, 0.5])
        let lines = BarChart(evaluation, notation: .unicode).buffer(width: 40, height: 3, mode: .braille).lines()
        #expect(lines[1].contains("█→"))
        #expect(lines[1].hasSuffix("∞"))
        #expect(lines[2].hasSuffix("0.6931"))
    }

    @Test("More bars than rows: a window keeps the selected bar in view and says how many are hidden")
    func window() {
        let bars = (1...20).map { BarChart.Bar(label: String($0), value: Double($0)) }
        let lines = BarChart(title: "t", bars: bars, selected: 14).buffer(width: 40, height: 6, mode: .ascii).lines()
        #expect(lines.count == 6)
        #expect(lines[1...4].contains { $0.hasPrefix(">15 |") })
        #expect(lines[5].hasPrefix("... 12 above, 4 below"))
    }

    @Test("Too narrow for label, value and share: the share goes first, the label is never overwritten")
    func narrow() {
        let chart = BarChart(title: "t", bars: [.init(label: "1", value: 1), .init(label: "2", value: 3)], selected: 1)
        let lines = chart.buffer(width: 12, height: 3, mode: .ascii).lines()
        #expect(lines[1] == " 1 |##     1")
        #expect(lines[2] == ">2 |#####  3")
        #expect(!lines.joined().contains("%"))
    }
}
