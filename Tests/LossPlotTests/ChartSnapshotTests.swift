import Testing
import LossKit
import LossPlot
import CellGrid
import TestSupport

/// One chart to compare with its text snapshot.
struct ChartCase: Sendable, CustomTestStringConvertible {
    var name: String
    var curves: LossCurves
    var mode: CanvasMode
    var width: Int
    var height: Int

    var snapshotName: String { "line-\(name)-\(mode.rawValue)-\(width)x\(height)" }
    var testDescription: String { snapshotName }

    static let all: [ChartCase] = {
        let marked = LossCurves(losses: [.mse, .bce], target: 1, prediction: 0.2)
        var cases: [ChartCase] = []
        for mode in CanvasMode.allCases {
            cases.append(ChartCase(name: "target1-at0.2", curves: marked, mode: mode, width: 80, height: 24))
            cases.append(ChartCase(name: "target1-at0.2", curves: marked, mode: mode, width: 40, height: 12))
        }
        let atZero = LossCurves(losses: [.mse, .bce], target: 0, prediction: 0)
        let wrongAtZero = LossCurves(losses: [.mse, .bce], target: 1, prediction: 0)
        let atOne = LossCurves(losses: [.mse, .bce], target: 1, prediction: 1)
        let soft = LossCurves(losses: [.mse, .bce], target: 0.3, prediction: 0.3)
        let log = LossCurves(losses: [.mse, .bce], target: 1, prediction: 0.2, logScale: true)
        let gradient = LossCurves(losses: [.mse, .bce], target: 1, prediction: 0.5, gradients: true)
        let pytorch = LossCurves(losses: [.bce], target: 0, convention: .pytorch, prediction: 0.9, yMax: 10)
        cases += [
            ChartCase(name: "target0-at0", curves: atZero, mode: .braille, width: 80, height: 24),
            ChartCase(name: "target0-at0", curves: atZero, mode: .ascii, width: 40, height: 12),
            ChartCase(name: "target1-at0", curves: wrongAtZero, mode: .braille, width: 80, height: 24),
            ChartCase(name: "target1-at0", curves: wrongAtZero, mode: .ascii, width: 40, height: 12),
            ChartCase(name: "target1-at1", curves: atOne, mode: .blocks, width: 80, height: 24),
            ChartCase(name: "target1-at1", curves: atOne, mode: .braille, width: 40, height: 12),
            ChartCase(name: "soft0.3-at0.3", curves: soft, mode: .braille, width: 80, height: 24),
            ChartCase(name: "soft0.3-at0.3", curves: soft, mode: .ascii, width: 80, height: 24),
            ChartCase(name: "soft0.3-at0.3", curves: soft, mode: .blocks, width: 40, height: 12),
            ChartCase(name: "log-target1-at0.2", curves: log, mode: .braille, width: 80, height: 24),
            ChartCase(name: "log-target1-at0.2", curves: log, mode: .ascii, width: 40, height: 12),
            ChartCase(name: "gradient-target1-at0.5", curves: gradient, mode: .braille, width: 80, height: 24),
            ChartCase(name: "pytorch-bce-target0-at0.9-ymax10", curves: pytorch, mode: .ascii, width: 80, height: 24),
        ]
        return cases
    }()
}

@Suite("Chart snapshots")
struct ChartSnapshotTests {
    @Test("Loss against prediction, as text", arguments: ChartCase.all)
    func lineChart(_ chart: ChartCase) {
        let notation: Notation = chart.mode.isUnicode ? .unicode : .ascii
        let text = chart.curves.chart(notation).buffer(width: chart.width, height: chart.height, mode: chart.mode).snapshotText
        if let mismatch = Snapshot.mismatch(text, named: chart.snapshotName) { Issue.record(Comment(rawValue: mismatch)) }
    }

    @Test("Per-element contributions as bars", arguments: [CanvasMode.braille, .ascii])
    func barChart(_ mode: CanvasMode) {
        let notation: Notation = mode.isUnicode ? .unicode : .ascii
        let evaluation = Evaluation(spec: LossSpec(loss: .bce), x: [1, 0, 1, 0.5, 1], xhat: [0.9, 0.2, 0.1, 0.5, 0.6])
        let text = BarChart(evaluation, notation: notation, selected: 2).buffer(width: 60, height: 7, mode: mode).snapshotText
        if let mismatch = Snapshot.mismatch(text, named: "bars-bce-\(mode.rawValue)-60x7") { Issue.record(Comment(rawValue: mismatch)) }
    }
}
