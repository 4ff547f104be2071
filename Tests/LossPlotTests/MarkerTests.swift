import Testing
import CellGrid
import LossKit
import LossPlot
import TestSupport

@Suite("The prediction marker and the x range")
struct MarkerTests {
    private func buffer(_ curves: LossCurves, _ mode: CanvasMode, width: Int = 60, height: Int = 18) -> CellBuffer {
        curves.chart(mode.isUnicode ? .unicode : .ascii).buffer(width: width, height: height, mode: mode)
    }

    @Test("The marker is a glyph used for nothing else, bold and reversed in its series' colour", arguments: CanvasMode.allCases)
    func unmistakable(_ mode: CanvasMode) {
        let chart = buffer(LossCurves(losses: [.mse, .bce], target: 1, prediction: 0.2), mode)
        let glyph: Character = mode.isUnicode ? "◉" : "@"
        let markers = chart.cells.filter { $0.grapheme == glyph }
        #expect(markers.count == 2)
        #expect(markers.allSatisfy { $0.style.bold && $0.style.reverse })
        #expect(Set(markers.map(\.role)) == [.chartBlue, .chartRed])
        // Nothing else in the chart is reversed, and the glyph is in no series' set.
        #expect(chart.cells.filter(\.style.reverse).count == 2)
        #expect(!ChartSymbols.forMode(mode).seriesGlyphs.contains(glyph))
    }

    @Test("A single series needs no glyphs: neither stamps on the curve nor one in the legend")
    func singleSeries() {
        let text = buffer(LossCurves(losses: [.bce], target: 1, prediction: 0.2), .braille).text
        #expect(!text.contains("●") && !text.contains("◆"))
        #expect(text.contains("BCE\n") || text.contains("BCE "))
        #expect(text.contains("◉"))
    }

    @Test("MSE on 0–255 pixels: the x range holds x and x̂, with the marker and its read-out")
    func pixelRange() {
        let chart = buffer(LossCurves(losses: [.mse], target: 200, prediction: 180), .ascii, width: 70, height: 20)
        let lines = chart.lines()
        #expect(lines.contains { $0.contains("200") && $0.contains("0") && $0.contains("100") })
        #expect(chart.cells.contains { $0.grapheme == "@" && $0.style.reverse })
        #expect(lines.last?.contains("xhat = 180   MSE = 400") == true)
        // MAE too; BCE keeps [0, 1].
        #expect(buffer(LossCurves(losses: [.mae], target: -3, prediction: 2), .ascii).text.contains("-3"))
    }

    @Test("An x range given explicitly is the one drawn")
    func explicitRange() {
        let text = buffer(LossCurves(losses: [.mse], target: 0, prediction: 1, xRange: -2...2), .ascii).text
        #expect(text.contains("-2") && text.contains("2"))
        #expect(text.contains("xhat = 1   MSE = 1"))
    }

    @Test("Looks snapshot: the marker reversed in colour among plain curves", arguments: [CanvasMode.braille, .ascii])
    func looks(_ mode: CanvasMode) {
        let chart = buffer(LossCurves(losses: [.mse, .bce], target: 1, prediction: 0.2), mode, width: 50, height: 14)
        let name = "marker-mse-bce-target1-at0.2-\(mode.rawValue)-50x14"
        if let mismatch = Snapshot.mismatch(chart.snapshotText + "--- looks ---\n" + chart.looksText, named: name) {
            Issue.record(Comment(rawValue: mismatch))
        }
    }

    @Test("A short chart gives up its axis titles, then its title, but keeps the 0 label, the marker and the read-out")
    func shortChart() {
        for height in [8, 6] {
            let lines = buffer(LossCurves(losses: [.mse, .bce], target: 0, prediction: 0.2), .ascii, height: height).lines()
            #expect(lines.contains { $0.hasPrefix("0 +") }, "\(height)")
            #expect(lines.joined().contains("@"), "\(height)")
            #expect(lines.last?.contains("xhat = 0.2 ") == true, "\(height)")
            #expect(!lines.joined().contains("prediction xhat"))
        }
    }

    @Test("A long title is wrapped over two lines, never cut")
    func wrappedTitle() {
        let lines = buffer(LossCurves(losses: [.mse, .bce], target: 0.3, prediction: 0.2), .braille, width: 30, height: 16).lines()
        #expect(lines[0].contains("MSE and BCE against x̂,"))
        #expect(lines[1].contains("x = 0.3"))
    }
}
