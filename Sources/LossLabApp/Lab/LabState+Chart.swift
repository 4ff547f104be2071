import LossKit

extension LabState {
    /// Draws the loss (or gradient) chart for the chosen element's target.
    func renderChart(into screen: inout Screen, rect: Rect, notation s: Notation) {
        guard rect.height > 0 else { return }
        let what = showsGradient ? "gradient" : "loss"
        screen.put("\(what) vs \(s.xhat) for x = \(s.number(data.x[selected]))", in: rect, row: 0, column: 1, role: .heading)
    }

    /// Draws each element's share of the loss as bars.
    func renderBars(into screen: inout Screen, rect: Rect, notation s: Notation) {
        guard rect.height > 0 else { return }
        screen.put("contributions", in: rect, row: 0, column: 1, role: .heading)
    }
}
