import LossKit
import Testing
@testable import LossLabApp

/// The Lab's chart and pictures keep a usable size at small terminals and real image sizes.
@Suite struct LabGraphicsTests {
    func press(_ state: inout AppState, _ keys: String) {
        LossLabApp.run(&state, try! KeyNotation.parse(keys))
    }

    /// The chart's rows of the screen: from its title (or first plot row) down to its read-out.
    func chartLines(_ state: AppState) -> [String] {
        let chart = state.labLayout.chart
        return Array(LossLabApp.render(state).lines()[chart.y..<chart.maxY])
    }

    @Test("Both losses in step mode at 80×24: the chart keeps its 0 label, the marker and the read-out; the table the summed row")
    func stepModeAt80x24() {
        var state = AppState(width: 80, height: 24, page: .lab, lab: LabState(input: LabState.exampleInput))
        press(&state, "B<Space><Space><Space>")
        let chart = chartLines(state)
        #expect(state.labLayout.chart.height >= LabLayout.minimumChartRows)
        #expect(chart.contains { $0.hasPrefix("0 ┤") })
        #expect(chart.joined().contains("◉"))
        #expect(chart.last?.contains("x̂ = 0.6 ") == true)
        let lines = LossLabApp.render(state).lines()
        let rows = lines[(state.labLayout.table.y + 1)..<state.labLayout.table.maxY]
        #expect(rows.contains { $0.hasPrefix("▶   3") })
    }

    @Test("At 60×18, both losses in step mode still get a chart with its 0 label and marker")
    func stepModeAt60x18() {
        var state = AppState(width: 60, height: 18, page: .lab, lab: LabState(input: LabState.exampleInput))
        press(&state, "B<Space><Space>")
        let chart = chartLines(state)
        #expect(chart.contains { $0.hasPrefix("0 ┤") }, "\(chart)")
        #expect(chart.joined().contains("◉"))
        #expect(chart.last?.contains("x̂=0.2 ") == true)
    }

    @Test("An 8×8 image at 80×24 and a 28×28 one at 120×40 get a loss map, with x̂ (and x) beside it", arguments: [
        (8, 80, 24), (28, 120, 40),
    ])
    func imageSizes(_ side: Int, _ width: Int, _ height: Int) throws {
        let n = side * side
        let x = (0..<n).map { Double($0 % 2) }
        let xhat = (0..<n).map { (i: Int) -> Double in
            let on = Double(i % 2), wobble = Double(i % 3)
            return 0.1 + 0.8 * on - 0.05 * wobble
        }
        var lab = LabState(input: try LossInput(x: x, xhat: xhat, losses: [.bce]), losses: [.bce])
        lab.shape = ImageShape(rows: side, columns: side)
        let text = LossLabApp.render(AppState(width: width, height: height, page: .lab, lab: lab)).text
        #expect(text.contains("BCE per pixel") && text.contains("darker:"))
        #expect(text.contains("▀▀▀▀"))
        #expect(!text.contains("per element"))
        var plain = AppState(width: width, height: height, options: AppOptions(colour: false), page: .lab, lab: lab)
        plain.lab.shape = lab.shape
        #expect(LossLabApp.render(plain).text.contains("denser: more"))
    }
}
