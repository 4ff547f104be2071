import LossKit
import TrainingKit

extension TrainPreset {
    static let fieldNames = ["data", "loss", "race", "hidden", "lr", "optimizer", "caption"]

    /// Reads a `train` block; nil, with each problem at its line, when a field is unknown or out of range.
    static func read(_ f: DirectiveFields, problems: inout LineProblems) -> TrainPreset? {
        f.checkKeys(known: fieldNames, problems: &problems)
        let data = f.choice("data", default: GeneratedData.shapes, problems: &problems)
        let race = f.flag("race", problems: &problems)
        let optimizer = f.choice("optimizer", default: TrainingSettings().optimizer, problems: &problems)
        let hidden = f.integer("hidden", minimum: 1, problems: &problems)
        let learningRate = f.number("lr", required: false, problems: &problems)
        let caption = f.text("caption", required: false, problems: &problems)
        var loss = TrainingSettings().objective.loss
        if f.field("loss") != nil {
            guard let losses = f.losses("loss", problems: &problems) else { return nil }
            guard losses.count == 1 else {
                problems.add(f.field("loss")!.line, "train: loss names the one loss to train with, not \(losses.count); "
                    + "for \(Loss.race.map(\.shortName).joined(separator: " against ")) write race: yes")
                return nil
            }
            loss = losses[0]
        }
        guard let data, let race, let optimizer else { return nil }
        if let hidden, hidden > TrainingSettings.hiddenLimit {
            problems.add(f.field("hidden")!.line, "train: hidden must be 1 to \(TrainingSettings.hiddenLimit), not \(hidden)")
            return nil
        }
        if let learningRate, !(learningRate.isFinite && learningRate > 0) {
            problems.add(f.field("lr")!.line, "train: lr must be a positive number, not \(NumberFormat.full(learningRate))")
            return nil
        }
        return TrainPreset(data: data, loss: loss, race: race, hidden: hidden ?? TrainingSettings().hidden, optimizer: optimizer,
                           learningRate: learningRate, caption: caption)
    }
}
