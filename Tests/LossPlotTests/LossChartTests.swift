import Testing
import LossKit
import LossPlot
import CellGrid

@Suite("Loss charts")
struct LossChartTests {
    private func render(_ curves: LossCurves, _ width: Int, _ height: Int, _ mode: CanvasMode) -> [String] {
        curves.chart(mode.isUnicode ? .unicode : .ascii).lines(width: width, height: height, mode: mode)
    }

    @Test("Every size from 20 × 8 to 120 × 40, in every mode, fills exactly width × height cells")
    func exactSize() {
        let curves = LossCurves(losses: [.mse, .bce], target: 1, prediction: 0.2)
        for mode in CanvasMode.allCases {
            for width in stride(from: 20, through: 120, by: 7) {
                for height in stride(from: 8, through: 40, by: 5) {
                    let lines = render(curves, width, height, mode)
                    #expect(lines.count == height)
                    #expect(lines.allSatisfy { $0.count == width }, "\(mode) \(width)×\(height)")
                }
            }
        }
    }

    @Test("The read-out shows x̂ and each loss: x̂ = 0.3   MSE = 0.49   BCE = 1.204")
    func readout() {
        let chart = LossCurves(losses: [.mse, .bce], target: 1, prediction: 0.3).chart(.unicode)
        #expect(chart.readout(notation: .unicode) == "x̂ = 0.3   MSE = 0.49   BCE = 1.204")
        #expect(chart.lines(width: 80, height: 24, mode: .braille).last?.contains("x̂ = 0.3   MSE = 0.49   BCE = 1.204") == true)
        let ascii = LossCurves(losses: [.bce], target: 1, prediction: 0.3).chart(.ascii)
        #expect(ascii.readout(notation: .ascii) == "xhat = 0.3   BCE = 1.204")
    }

    @Test("A confidently wrong prediction reads ∞ and is drawn as an off-scale arrow, not a crash")
    func infinite() {
        let curves = LossCurves(losses: [.mse, .bce], target: 1, prediction: 0)
        let lines = render(curves, 80, 24, .braille)
        #expect(lines.last?.contains("BCE = ∞") == true)
        #expect(lines.joined().contains("↑"))
        let ascii = render(curves, 80, 24, .ascii)
        #expect(ascii.last?.contains("BCE = inf") == true)
        #expect(ascii.joined().contains("^"))
    }

    @Test("PyTorch's convention reads 100 where the exact formula reads ∞")
    func pytorch() {
        let chart = LossCurves(losses: [.bce], target: 1, convention: .pytorch, prediction: 0).chart(.unicode)
        #expect(chart.readout(notation: .unicode) == "x̂ = 0   BCE = 100")
    }

    @Test("ASCII mode writes only ASCII; braille mode fills its empty plot cells with U+2800, other modes never")
    func characterSets() {
        for curves in [LossCurves(losses: [.mse, .bce], target: 1, prediction: 0.2),
                       LossCurves(losses: [.bce], target: 0.3, prediction: 0, gradients: true),
                       LossCurves(losses: [.mse, .bce], target: 0, prediction: 1, logScale: true)] {
            let ascii = render(curves, 80, 24, .ascii).joined()
            #expect(ascii.utf8.allSatisfy { $0 < 0x80 })
            #expect(render(curves, 80, 24, .braille).joined().contains("\u{2800}"))
            #expect(!render(curves, 80, 24, .blocks).joined().contains("\u{2800}"))
        }
    }

    @Test("The legend sits in a gutter right of the plot, so no curve is ever drawn under it")
    func legendGutter() {
        let lines = render(LossCurves(losses: [.mse, .bce], target: 0.5, prediction: 0.5), 60, 20, .braille)
        let legendRows = lines.filter { $0.contains("● MSE") || $0.contains("◆ BCE") }
        #expect(legendRows.count == 2)
        for row in legendRows {
            let legendStart = row.firstIndex(where: { $0 == "●" || $0 == "◆" })!
            let after = row[legendStart...]
            #expect(!after.unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) })
        }
    }

    @Test("The y axis is capped so that BCE's blow-up near a confident mistake does not flatten MSE")
    func cappedRange() {
        let lines = render(LossCurves(losses: [.mse, .bce], target: 1), 80, 24, .ascii)
        let labels = lines.compactMap { line -> String? in
            guard let tick = line.firstIndex(of: "+") else { return nil }
            let label = line[..<tick].trimmingCharacters()
            return label.isEmpty ? nil : label
        }
        #expect(labels == ["4", "3", "2", "1", "0"])
    }

    @Test("--y-max fixes the top of the axis, snapped to a tick")
    func callerCap() {
        let lines = render(LossCurves(losses: [.bce], target: 1, yMax: 10), 80, 24, .ascii)
        #expect(lines.contains { $0.hasPrefix("10 +") })
    }

    @Test("Glyphs mark each curve in braille and blocks, so curves stay apart without colour")
    func glyphStamps() {
        for mode in [CanvasMode.braille, .blocks] {
            let plot = render(LossCurves(losses: [.mse, .bce], target: 1), 80, 24, mode).dropLast(4).dropFirst(3)
            let body = plot.map { String($0.dropLast(12)) }.joined()
            #expect(body.contains("●") && body.contains("◆"), "\(mode)")
        }
    }

    @Test("Colour: each series' cells carry its own role; the guide is dim; ANSI output colours them")
    func colours() {
        let buffer = LossCurves(losses: [.mse, .bce], target: 1, prediction: 0.5).chart(.unicode)
            .buffer(width: 80, height: 24, mode: .braille)
        let roles = Set(buffer.cells.map(\.role).filter { $0 != .normal })
        #expect(roles == [.chartBlue, .chartRed])
        #expect(buffer.cells.contains { $0.grapheme == "┊" && $0.style.dim })
        #expect(buffer.ansiLines().joined().contains("\u{1B}[0;34m"))
    }
}

@Suite("Line charts of arbitrary data")
struct LineChartDataTests {
    @Test("NaN, ±∞ and 1e308 in the data never crash; huge values become off-scale arrows")
    func hostileData() {
        let xs = (0..<1000).map { Double($0) / 999 }
        let ys = xs.enumerated().map { i, x -> Double in
            switch i % 97 {
            case 0: .nan
            case 1: .infinity
            case 2: -.infinity
            case 3: 1e308
            default: x
            }
        }
        let chart = LineChart(title: "hostile", xTitle: "x", yTitle: "y", xRange: 0...1,
                              series: [Series(name: "data", x: xs, y: ys)], marker: ChartMarker(x: 0.5, name: "x"))
        for mode in CanvasMode.allCases {
            let lines = chart.lines(width: 50, height: 15, mode: mode)
            #expect(lines.count == 15)
            let text = lines.joined()
            #expect(text.contains(mode == .ascii ? "^" : "↑"))
            #expect(text.contains(mode == .ascii ? "v" : "↓"))
        }
    }

    @Test("A log axis with zeros and negatives in the data draws them along the bottom")
    func logWithZeros() {
        let chart = LineChart(title: "log", xTitle: "x", yTitle: "y", xRange: 0...1,
                              series: [Series(name: "s", x: [0, 0.5, 1], y: [0, -1, 100])], yScale: .logarithmic)
        #expect(chart.lines(width: 40, height: 12, mode: .braille).count == 12)
    }

    @Test("A chart too small for a plot still returns its full size with the title")
    func tooSmall() {
        let chart = LossCurves(losses: [.mse], target: 1).chart(.unicode)
        let lines = chart.lines(width: 10, height: 3, mode: .braille)
        #expect(lines.count == 3 && lines.allSatisfy { $0.count == 10 })
        #expect(lines[0].contains("MSE"))
    }
}

private extension Substring {
    func trimmingCharacters() -> String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}

@Suite("Loss charts under every combination of settings")
struct LossChartSweepTests {
    @Test("Edge targets, every convention, log and gradient, caps and markers: always exactly width × height")
    func sweep() {
        var drawn = 0
        for target in [0, 1e-9, 0.3, 0.999999, 1] {
            for convention in Convention.allCases {
                for (logScale, gradients) in [(false, false), (true, false), (false, true)] {
                    for yMax in [nil, 0.1, 1e6] as [Double?] {
                        for prediction in [nil, 0, 1] as [Double?] {
                            let curves = LossCurves(losses: [.mse, .bce], target: target, convention: convention,
                                                    prediction: prediction, logScale: logScale, gradients: gradients, yMax: yMax)
                            #expect(curves.problem(.unicode) == nil)
                            for (width, height, mode) in [(20, 8, CanvasMode.ascii), (47, 13, .blocks), (80, 24, .braille)] {
                                let lines = curves.chart(mode.isUnicode ? .unicode : .ascii).lines(width: width, height: height, mode: mode)
                                #expect(lines.count == height && lines.allSatisfy { $0.count == width })
                                drawn += 1
                            }
                        }
                    }
                }
            }
        }
        #expect(drawn == 5 * 3 * 3 * 3 * 3 * 3)
    }

    @Test("Settings that cannot be drawn are refused with a reason")
    func problems() {
        #expect(LossCurves(losses: [], target: 1).problem(.unicode) == "choose at least one loss: mse, bce, mae, both (= mse,bce) or all")
        #expect(LossCurves(losses: [.bce], target: 2).problem(.unicode)?.contains("outside [0, 1]") == true)
        #expect(LossCurves(losses: [.mse], target: 2).problem(.unicode) == nil)
        #expect(LossCurves(losses: [.bce], target: 0.5, prediction: -0.5).problem(.ascii)
            == "the prediction xhat = -0.5 is outside [0, 1], where BCE is defined")
        #expect(LossCurves(losses: [.mse], target: 0.5, prediction: -0.5).problem(.ascii) == nil)
        #expect(LossCurves(losses: [.mse], target: 0.5, prediction: 2, xRange: 0...1).problem(.ascii)
            == "the prediction xhat = 2 is outside the x range [0, 1]")
        #expect(LossCurves(losses: [.mse], target: 0.5, xRange: 1...1).problem(.ascii)?.contains("A < B") == true)
        #expect(LossCurves(losses: [.bce], target: 0.5, xRange: 0...2).problem(.ascii)
            == "the x range [0, 2] leaves [0, 1], where BCE is defined; choose a range inside it")
        #expect(LossCurves(losses: [.mse], target: 0.5, yMax: .infinity).problem(.unicode)?.contains("positive number") == true)
        #expect(LossCurves(losses: [.bce], target: 1, logScale: true, gradients: true).problem(.unicode)?.contains("log scale") == true)
    }
}
