import LossKit
import ProgressKit

extension LabState {
    /// The Lab's fields and settings as the progress file keeps them.
    var savedValues: LabValues {
        LabValues(x: xField.text, xhat: xhatField.text, losses: losses.map(\.id), convention: convention.rawValue,
                  reduction: reduction.rawValue)
    }

    /// The Lab on saved values, or nil when they no longer make a valid Lab (then it opens on the example).
    init?(saved: LabValues) {
        let losses = saved.losses.compactMap(Loss.init(id:))
        guard !losses.isEmpty, losses.count == saved.losses.count,
              let convention = Convention(rawValue: saved.convention), let reduction = Reduction(rawValue: saved.reduction),
              let input = try? VectorArgument.input(x: saved.x, xhat: saved.xhat, losses: losses) else { return nil }
        self.init(input: input, losses: losses, convention: convention, reduction: reduction)
        xField = TextField(saved.x)
        xhatField = TextField(saved.xhat)
        xReading = FieldReading(text: saved.x, values: input.x)
        xhatReading = FieldReading(text: saved.xhat, values: input.xhat)
    }
}
