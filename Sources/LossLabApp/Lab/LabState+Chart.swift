import CellGrid
import LossKit
import LossPlot

extension LabState {
    /// Draws LossPlot's loss (or gradient) curves for the chosen element's target, marked at its x̂ᵢ.
    func renderChart(into screen: inout CellBuffer, rect: Rect, notation: Notation, canvas mode: CanvasMode) {
        guard rect.height > 0 && rect.width > 0 else { return }
        let target = data.x[selected]
        let prediction = data.predictions[selected]
        var curves = LossCurves(losses: losses, target: target, convention: convention, prediction: prediction,
                                gradients: showsGradient, logits: logits)
        curves.element = LossCurves.Element(count: data.count, reduction: reduction)
        // An MSE prediction outside [0, 1] is off the chart: draw the curves without the marker.
        if curves.problem(notation) != nil { curves.prediction = nil }
        if let problem = curves.problem(notation) {
            screen.put(problem, in: rect, row: 0, column: 1, role: .dim)
            return
        }
        screen.blit(curves.chart(notation).render(width: rect.width, height: rect.height, mode: mode), in: rect)
    }

    /// Draws each element's share of the loss, one chart per shown loss: a heat map when the vectors
    /// are an image that fits, LossPlot bars otherwise.
    ///
    /// A long vector shows the rows around the chosen element plus one "rest" bar for all the others
    /// (its value read from the sum tree), so the cost does not grow with n and the shares stay true.
    func renderBars(into screen: inout CellBuffer, rect: Rect, notation: Notation, canvas mode: CanvasMode) {
        let kinds = losses
        guard rect.height > 1 && rect.width > 0 else { return }
        let each = (rect.width - (kinds.count - 1)) / kinds.count
        for (k, kind) in kinds.enumerated() {
            let area = Rect(x: rect.x + k * (each + 1), y: rect.y, width: each, height: rect.height)
            let colour = kind.colour
            if let map = heatMap(kind, colour: colour, fitting: area) {
                screen.blit(map.render(width: area.width, height: area.height, mode: mode), in: area)
                continue
            }
            let (bars, chosen) = contributionBars(kind, rows: area.height - 1)
            let chart = BarChart(title: "\(kind.shortName) per element", bars: bars, selected: chosen, colour: colour)
            screen.blit(chart.render(width: area.width, height: area.height, mode: mode), in: area)
        }
    }

    /// The loss of each pixel where it sits, when the vectors are an image (rows × columns = n) that fits
    /// in `area`; checked before the values are gathered, so a large image costs nothing per key.
    func heatMap(_ kind: Loss, colour: ChartColour, fitting area: Rect) -> HeatMap? {
        guard let shape, shape.count == data.count else { return nil }
        let size = HeatMap.size(of: shape)
        guard size.width <= area.width && size.height <= area.height else { return nil }
        return HeatMap(title: "\(kind.shortName) per pixel (\(shape))",
                       values: (0..<data.count).map { data.elementLoss(kind, at: $0) },
                       shape: shape, selected: selected, colour: colour)
    }

    /// The bars to draw in `rows` rows, and which of them is the chosen element.
    func contributionBars(_ kind: Loss, rows: Int) -> (bars: [BarChart.Bar], selected: Int) {
        let n = data.count
        func bar(_ i: Int) -> BarChart.Bar { BarChart.Bar(label: String(i + 1), value: data.elementLoss(kind, at: i)) }
        guard n > rows else { return ((0..<n).map(bar), selected) }
        let shown = max(1, rows - 1)
        let first = min(max(0, selected - shown / 2), n - shown)
        let window = first..<(first + shown)
        let rest = data.sum(kind, in: 0..<first) + data.sum(kind, in: window.upperBound..<n)
        let restBar = BarChart.Bar(label: "rest", value: rest.isNaN ? 0 : rest)
        return (window.map(bar) + [restBar], selected - first)
    }
}
