import LossKit

/// Loss against the prediction x̂ ∈ [0, 1] for one target x: the chart `losslab plot` prints and the Lab shows.
///
/// The curves come from LossKit's own element loss and gradient, so the chart and the calculator never disagree.
public struct LossCurves: Sendable, Hashable {
    public var losses: [LossKind]
    /// The target value x: 0, 1, or a soft target in between.
    public var target: Double
    /// How BCE treats log 0.
    public var convention: Convention
    /// The prediction to mark with a guide, dots and a read-out; nil for none.
    public var prediction: Double?
    /// A log-scale y axis, which shows how fast BCE grows towards a confident mistake.
    public var logScale: Bool
    /// Adds each loss' gradient dL/dx̂ as a series of its own.
    public var gradients: Bool
    /// The highest loss shown; nil chooses one (see `LineChart.yMax`).
    public var yMax: Double?

    public init(losses: [LossKind], target: Double, convention: Convention = .exact, prediction: Double? = nil,
                logScale: Bool = false, gradients: Bool = false, yMax: Double? = nil) {
        self.losses = losses
        self.target = target
        self.convention = convention
        self.prediction = prediction
        self.logScale = logScale
        self.gradients = gradients
        self.yMax = yMax
    }

    /// What is wrong with these settings, in words that say what to change; nil when they can be drawn.
    public func problem(_ notation: Notation) -> String? {
        let s = notation
        if losses.isEmpty { return "choose at least one loss: mse, bce or both" }
        if !target.isFinite { return "the target x must be a finite number" }
        if losses.contains(.bce) && !(0...1).contains(target) {
            return "the target x = \(NumberFormat.readable(target, digits: 6)) is outside [0, 1]: BCE needs a target in [0, 1]; use MSE for other targets"
        }
        if let p = prediction, !(p.isFinite && (0...1).contains(p)) {
            return "the prediction \(s.xhat) = \(NumberFormat.readable(p, digits: 6)) is outside [0, 1], the range the chart shows"
        }
        if let yMax, !(yMax.isFinite && yMax > 0) {
            return "the y maximum must be a positive number, not \(NumberFormat.readable(yMax, digits: 6))"
        }
        if logScale && gradients {
            return "a log scale cannot show gradients, which are negative below the target; drop one of the two"
        }
        return nil
    }

    /// The chart, written in `notation` (its title, axis titles, series names and read-out).
    public func chart(_ notation: Notation) -> LineChart {
        let s = notation
        var series = losses.map { loss in
            Series(name: loss.shortName, colour: loss == .mse ? .blue : .red) { [target, convention] xhat in
                loss.elementLoss(x: target, xhat: xhat, convention: convention)
            }
        }
        if gradients {
            series += losses.map { loss in
                Series(name: "d\(loss.shortName)/d\(s.xhat)", colour: loss == .mse ? .cyan : .magenta) { [target, convention] xhat in
                    loss.elementGradient(x: target, xhat: xhat, convention: convention)
                }
            }
        }
        let title = losses.map(\.shortName).joined(separator: " and ") + " against \(s.xhat), target x = \(s.number(target))"
        let note = losses.contains(.bce) ? "BCE: \(convention.title)" : nil
        let yTitle = (gradients ? "loss and gradient" : "loss") + (logScale ? " (log scale)" : "")
        return LineChart(title: title, xTitle: "prediction \(s.xhat)", yTitle: yTitle, note: note, xRange: 0...1,
                         series: series,
                         yScale: logScale ? .logarithmic : .linear, yMax: yMax,
                         marker: prediction.map { ChartMarker(x: $0, name: s.xhat) })
    }
}
