import LossKit

/// Loss against the prediction x̂ (or against the logit z) for one target x: the chart `losslab plot`
/// prints and the Lab shows. x̂ runs over [0, 1], widened for MSE and MAE to hold x and x̂ (pixels of
/// 0 to 255, say), unless `xRange` says otherwise.
///
/// The curves come from LossKit's own element loss and gradient, so the chart and the calculator never disagree.
public struct LossCurves: Sendable, Hashable {
    /// The logits a chart against z shows when its marker does not ask for more.
    public static let logitRange = -8.0...8.0

    public var losses: [Loss]
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
    /// Draws against the logit z, with x̂ = σ(z) (and gradients dL/dz); the prediction is then a logit.
    public var logits: Bool
    /// The x̂ (or z) range to show instead of the one chosen from x and x̂; it must be finite and increasing.
    public var xRange: ClosedRange<Double>?
    /// When the curves show one element of an n-element loss (the Lab): n and the reduction. The loss
    /// curve is then named as that element's term, and the gradient is ∂L/∂x̂ᵢ of the whole loss
    /// (the term's slope ÷ n for `mean`), the number `explain` prints. nil for a single element.
    public var element: Element?

    /// The size and reduction of the loss a single element belongs to.
    public struct Element: Sendable, Hashable {
        public var count: Int
        public var reduction: Reduction
        public init(count: Int, reduction: Reduction) {
            self.count = count
            self.reduction = reduction
        }
    }

    public init(losses: [Loss], target: Double, convention: Convention = .exact, prediction: Double? = nil,
                logScale: Bool = false, gradients: Bool = false, yMax: Double? = nil, logits: Bool = false,
                xRange: ClosedRange<Double>? = nil) {
        self.logits = logits
        self.xRange = xRange
        self.element = nil
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
        if losses.isEmpty { return "choose at least one loss: \(LossList.choices)" }
        if !target.isFinite { return "the target x must be a finite number" }
        if let loss = losses.first(where: { !$0.domain.contains(target) }) {
            let others = Loss.forAnyNumber.map(\.shortName).joined(separator: " or ")
            return "the target x = \(NumberFormat.readable(target, digits: 6)) is outside \(loss.domain.title): "
                + "\(loss.shortName) needs a target in \(loss.domain.title); use \(others) for other targets"
        }
        let variable = logits ? "the logit z" : "the prediction \(s.xhat)"
        if let range = xRange {
            if !(range.lowerBound.isFinite && range.upperBound.isFinite && range.lowerBound < range.upperBound) {
                return "the x range must be two finite numbers A < B, not \(Self.text(range))"
            }
            if !logits, let loss = losses.first(where: { !$0.domain.contains(range.lowerBound) || !$0.domain.contains(range.upperBound) }) {
                return "the x range \(Self.text(range)) leaves \(loss.domain.title), where \(loss.shortName) is defined; "
                    + "choose a range inside it"
            }
        }
        if let p = prediction {
            if !p.isFinite { return "\(variable) = \(NumberFormat.readable(p, digits: 6)) must be a finite number" }
            if !logits, let loss = losses.first(where: { !$0.domain.contains(p) }) {
                return "\(variable) = \(NumberFormat.readable(p, digits: 6)) is outside \(loss.domain.title), "
                    + "where \(loss.shortName) is defined"
            }
            if let range = xRange, !range.contains(p) {
                return "\(variable) = \(NumberFormat.readable(p, digits: 6)) is outside the x range \(Self.text(range))"
            }
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
        let variable = logits ? "z" : s.xhat
        let specs = losses.map {
            LossSpec(loss: $0, convention: convention, reduction: element?.reduction ?? .mean, logits: logits)
        }
        let n = element?.count ?? 1
        var series = specs.map { spec in
            Series(name: spec.loss.shortName + (element == nil ? "" : " term"), colour: spec.loss.colour) { [target] p in
                spec.elementLoss(x: target, prediction: p)
            }
        }
        if gradients {
            series += specs.map { spec in
                let name = element == nil ? "d\(spec.loss.shortName)/d\(variable)"
                    : (specs.count > 1 ? "\(spec.loss.shortName) " : "") + s.partial("L", by: logits ? s.z("i") : s.xhat("i"))
                return Series(name: name, colour: spec.loss.gradientColour) { [target] p in
                    spec.gradient(x: target, prediction: p, count: n)
                }
            }
        }
        let title = losses.map(\.shortName).joined(separator: " and ") + " against \(logits ? "the logit z" : s.xhat), "
            + "target x = \(s.number(target))"
        let ruled = specs.filter(\.conventionApplies).map(\.loss.shortName)
        let note = ruled.isEmpty ? nil : ruled.joined(separator: ", ") + ": " + convention.title
        let yTitle = (gradients ? "loss and gradient" : "loss") + (logScale ? " (log scale)" : "")
        return LineChart(title: title, xTitle: logits ? "logit z, \(s.xhat) = \(s.sigma)(z)" : "prediction \(s.xhat)",
                         yTitle: yTitle, note: note, xRange: shownXRange, series: series,
                         yScale: logScale ? .logarithmic : .linear, yMax: yMax,
                         marker: prediction.map { ChartMarker(x: $0, name: variable) })
    }

    /// The range shown: `xRange` if given; for logits, `logitRange` widened to hold the marker; for x̂,
    /// [0, 1] widened (when every loss accepts any number) to hold the target and the prediction.
    private var shownXRange: ClosedRange<Double> {
        if let xRange { return xRange }
        guard logits else {
            guard losses.allSatisfy({ $0.domain == .realNumbers }) else { return 0...1 }
            let ends = [0, 1, target] + (prediction.map { [$0] } ?? [])
            return ends.min()!...ends.max()!
        }
        let p = prediction.map { abs($0).rounded(.up) } ?? 0
        let bound = max(Self.logitRange.upperBound, p)
        return -bound...bound
    }

    /// "[A, B]" for messages.
    private static func text(_ range: ClosedRange<Double>) -> String {
        "[\(NumberFormat.readable(range.lowerBound, digits: 6)), \(NumberFormat.readable(range.upperBound, digits: 6))]"
    }
}
