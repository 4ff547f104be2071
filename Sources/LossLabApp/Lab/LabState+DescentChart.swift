import CellGrid
import LossKit
import LossPlot

extension LabState {
    /// The loss history is drawn once there are steps: instead of the per-element bars, or for an
    /// image instead of the loss curves, so x̂ can be watched changing.
    var showsDescent: Bool { descent.start != nil }

    /// The image the vectors form, if they form one.
    var image: ImageShape? { shape.flatMap { $0.count == data.count ? $0 : nil } }

    /// Every shown loss against the step of gradient descent, from the values before the first step
    /// (step 0); on a log scale when the finite values are all positive and span two decades or more.
    func descentChart(_ s: Notation) -> LineChart {
        let steps = descent.steps
        let xs = (0...steps).map(Double.init)
        let series = losses.enumerated().map { k, loss in
            Series(name: loss.shortName, x: xs, y: descent.history[k], colour: loss.colour)
        }
        let values = descent.history.joined().filter(\.isFinite)
        let logScale = (values.min() ?? 0) > 0 && values.max()! >= 100 * values.min()!
        let names = losses.map(\.shortName).joined(separator: " and ")
        return LineChart(title: "\(names) over \(steps) step\(steps == 1 ? "" : "s")", xTitle: "step",
                         yTitle: "loss" + (logScale ? " (log scale)" : ""), xRange: 0...Double(max(1, steps)),
                         series: series, yScale: logScale ? .logarithmic : .linear)
    }
}
