import CellGrid
import LossKit
import LossPlot

extension LabState {
    /// Draws LossPlot's loss (or gradient) curves for the chosen element's target, marked at its x̂ᵢ;
    /// for an image being stepped, the loss history instead (see `descentChart`), so the pictures stay in view.
    ///
    /// The x̂ range holds x and x̂ (MSE and MAE on 0–255 pixels included), so the marker and its
    /// read-out are always on the chart; settings it cannot draw are explained, wrapped, in its place.
    func renderChart(into screen: inout CellBuffer, rect: Rect, notation: Notation, canvas mode: CanvasMode) {
        guard rect.height > 0 && rect.width > 0 else { return }
        if showsDescent && image != nil {
            descentChart(notation).render(into: &screen, in: rect, mode: mode)
            return
        }
        var curves = LossCurves(losses: losses, target: data.x[selected], convention: convention,
                                prediction: data.predictions[selected], gradients: showsGradient, logits: logits)
        curves.element = LossCurves.Element(count: data.count, reduction: reduction)
        if let problem = curves.problem(notation) {
            screen.putWrapped(problem, in: rect, column: 1, role: .dim)
            return
        }
        curves.chart(notation).render(into: &screen, in: rect, mode: mode)
    }

    /// Draws each element's share of the loss (or, once gradient descent has taken steps on a vector
    /// that is no image, the loss after each step, see `descentChart`): when the vectors are an image, its loss map per shown
    /// loss beside x and x̂ as images (as many as fit, the loss maps first); otherwise LossPlot bars,
    /// one chart per shown loss, with a note when an image had to fall back to them.
    ///
    /// A long vector shows the rows around the chosen element plus one "rest" bar for all the others
    /// (its value read from the sum tree), so the cost does not grow with n and the shares stay true.
    func renderBars(into screen: inout CellBuffer, rect: Rect, notation: Notation, canvas mode: CanvasMode, colour: Bool) {
        guard rect.height > 1 && rect.width > 0 else { return }
        if showsDescent && image == nil {
            descentChart(notation).render(into: &screen, in: rect, mode: mode)
            return
        }
        var area = rect
        if let shape = image {
            if renderImages(shape, into: &screen, rect: rect, notation: notation, mode: mode, colour: colour) { return }
            let note = "the \(shape) image needs more room: bars instead"
            area = Rect(x: rect.x, y: rect.y + screen.putWrapped(note, in: rect, role: .dim), width: rect.width,
                        height: rect.height - TextWrap.lines(note, width: rect.width).count)
        }
        let kinds = losses
        let each = (area.width - (kinds.count - 1)) / kinds.count
        for (k, kind) in kinds.enumerated() {
            let slot = Rect(x: area.x + k * (each + 1), y: area.y, width: each, height: area.height)
            let title = "\(kind.shortName) per element"
            let (bars, chosen) = contributionBars(kind, rows: slot.height - TextWrap.lines(title, width: slot.width).count)
            BarChart(title: title, bars: bars, selected: chosen, colour: kind.colour).render(into: &screen, in: slot, mode: mode)
        }
    }

    /// Draws the loss map of each shown loss and, when there is room, x̂ and x as images beside them;
    /// false when not even the loss maps fit.
    private func renderImages(_ shape: ImageShape, into screen: inout CellBuffer, rect: Rect, notation: Notation,
                              mode: CanvasMode, colour: Bool) -> Bool {
        let maps = losses.map { kind in
            HeatMap(title: "\(kind.shortName) per pixel", values: (0..<data.count).map { data.elementLoss(kind, at: $0) },
                    shape: shape, selected: selected)
        }
        let pixels = data.x + data.predictions
        let range = min(0, pixels.min() ?? 0)...max(1, pixels.max() ?? 1)
        let images = [HeatMap(title: "x", values: data.x, shape: shape, selected: selected, scale: .image(range)),
                      HeatMap(title: predictionName(notation), values: data.predictions, shape: shape, selected: selected,
                              scale: .image(range))]
        // Of the arrangements whose every picture fits, the one that averages the loss maps least, then the fullest.
        var best: (panels: [HeatMap], width: Int, factor: Int)?
        for shown in [images + maps, Array(images.suffix(1)) + maps, maps] {
            let each = (rect.width - (shown.count - 1)) / shown.count
            let factors = shown.map { map -> Int? in
                let titleRows = TextWrap.lines(map.title, width: each).count
                return map.layout(width: each, height: rect.height - titleRows, colour: colour, mode: mode)?.0.factor
            }
            guard factors.allSatisfy({ $0 != nil }), let factor = factors.suffix(maps.count).compactMap({ $0 }).max() else { continue }
            if best == nil || factor < best!.factor { best = (shown, each, factor) }
        }
        guard let best else { return false }
        for (k, map) in best.panels.enumerated() {
            map.render(into: &screen, in: Rect(x: rect.x + k * (best.width + 1), y: rect.y, width: best.width, height: rect.height),
                       mode: mode, colour: colour)
        }
        return true
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
