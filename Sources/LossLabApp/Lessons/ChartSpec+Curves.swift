import LessonKit
import LossPlot

extension ChartSpec {
    /// The LossPlot curves a lesson's chart block describes, for the reader and `lessons show`.
    public var curves: LossCurves {
        LossCurves(losses: losses, target: target, convention: convention, prediction: at, logScale: logY,
                   gradients: gradient, yMax: yMax, logits: logits)
    }
}
