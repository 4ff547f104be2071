import LossKit
import ProgressKit

extension LabState {
    /// The Lab's fields and settings as the progress file keeps them.
    var savedValues: LabValues {
        LabValues(x: xField.text, xhat: xhatField.text, losses: losses.map(\.id), convention: convention.rawValue,
                  reduction: reduction.rawValue, logits: logits, precision: precision.rawValue, shape: shape?.description,
                  scale: scale)
    }

    /// The Lab on saved values, or nil when they no longer make a valid Lab (then it opens on the
    /// example): a setting that cannot be read, or a list that no longer reads (such as a data file
    /// that is gone). A saved image shape that no longer fits the lists is dropped.
    init?(saved: LabValues) {
        let losses = saved.losses.compactMap(Loss.init(id:))
        let logits = saved.logits ?? false
        guard !losses.isEmpty, losses.count == saved.losses.count,
              let convention = Convention(rawValue: saved.convention), let reduction = Reduction(rawValue: saved.reduction),
              let precision = Precision(rawValue: saved.precision ?? Precision.float64.rawValue),
              let read = try? VectorArgument.readBoth(x: saved.x, xhat: saved.xhat, losses: losses, logits: logits,
                                                      scale: saved.scale) else { return nil }
        self.init(input: read.input, losses: losses, convention: convention, reduction: reduction, precision: precision,
                  logits: logits)
        scale = saved.scale
        xField = TextField(saved.x)
        xhatField = TextField(saved.xhat)
        xReading = FieldReading(text: saved.x, values: read.input.x, shape: read.x.shape, normalisation: read.x.normalisation)
        xhatReading = FieldReading(text: saved.xhat, values: read.input.xhat, shape: read.xhat.shape,
                                   normalisation: read.xhat.normalisation)
        shape = saved.shape.flatMap(ImageShape.init).flatMap { $0.count == read.input.x.count ? $0 : nil }
    }
}
