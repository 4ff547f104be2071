import CellGrid
import LessonKit
import LossKit
import TrainingKit

extension TrainScreen: Component {
    enum Action: Sendable, Equatable {
        case playPause, step, pace, restart, image, openLab, logY, race, loss, rate, hidden, optimizer, data, back
    }

    /// The learning rates `+` and `-` step through.
    static let learningRates: [Double] = [0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 2, 5, 10]
    /// The hidden sizes `>` and `<` step through.
    static let hiddenSizes = [1, 2, 4, 8, 16, 32, 64, 128]

    func bindings(_ context: ScreenContext) -> [KeyBinding<Action>] {
        let back = origin.backTitle
        var list: [KeyBinding<Action>] = [
            KeyBinding([.char(" ")], KeyHelp("Space", playing ? "pause" : "play", help: "train on every tick, or stop", priority: 10), .playPause),
            KeyBinding([.char(".")], KeyHelp(".", "one minibatch", help: "learn from one minibatch", priority: 8), .step),
            KeyBinding([.char("f")], KeyHelp("f", "pace", help: "the next pace: "
                       + TrainPace.allCases.map(\.title).joined(separator: ", "), priority: 6), .pace),
            KeyBinding([.char("r")], KeyHelp("r", "restart", help: "start again from the same seed: the same numbers again", priority: 7), .restart),
            KeyBinding([.left, .right], KeyHelp("←→", ascii: "Left/Right", "image", help: "choose the test image", priority: 7), .image),
            KeyBinding([.enter], KeyHelp("Enter", "open in Lab", help: "open the chosen image and its reconstruction in the Lab", priority: 6), .openLab),
            KeyBinding([.char("v")], KeyHelp("v", race ? "one network" : "race",
                       help: "race: one network per loss (\(Loss.race.map(\.shortName).joined(separator: ", "))) from the same seed", priority: 9), .race),
            KeyBinding([.char("l")], KeyHelp("l", logY ? "linear y" : "log y", help: "the loss axis on a log or linear scale", priority: 4), .logY),
            KeyBinding([.char("L")], KeyHelp("L", "loss", help: "train with the next loss (starts again)", priority: 5, inBar: !race), .loss),
            KeyBinding([.char("+"), .char("-")], KeyHelp("+ -", "rate", help: "a larger or smaller learning rate (starts again)", priority: 5), .rate),
            KeyBinding([.char(">"), .char("<")], KeyHelp("< >", "hidden", help: "fewer or more hidden units (starts again)", priority: 5), .hidden),
            KeyBinding([.char("o")], KeyHelp("o", "optimizer", help: "the next optimizer, at its default rate (starts again)", priority: 5), .optimizer),
        ]
        if generated != nil {
            list.append(KeyBinding([.char("d")], KeyHelp("d", "data", help: "the next generated data set (starts again)", priority: 4), .data))
        }
        list.append(KeyBinding([.char("t"), .escape], KeyHelp("t", back, help: "t or Esc: " + back, priority: 8), .back))
        return list
    }

    mutating func perform(_ action: Action, key: Key, _ context: ScreenContext) -> [Effect] {
        switch action {
        case .playPause: playOrPause()
        case .step: learnOneMinibatch()
        case .pace: pace = Self.cycled(after: pace, in: TrainPace.allCases, by: 1)
        case .restart: restart()
        case .image: selected = min(max(0, selected + key.step), data.test.count - 1)
        case .openLab: return [.openPreset(labPreset)]
        case .logY: logY.toggle()
        case .race: toggleRace()
        case .loss: change { $0.objective.loss = Self.cycled(after: $0.objective.loss, in: Loss.all, by: 1) }
        case .rate:
            change { $0.learningRate = Self.ladder(after: $0.effectiveLearningRate, in: Self.learningRates, by: key.step) }
        case .hidden: change { $0.hidden = Self.ladder(after: $0.hidden, in: Self.hiddenSizes, by: key == .char(">") ? 1 : -1) }
        case .optimizer:
            change {
                $0.optimizer = Self.cycled(after: $0.optimizer, in: Optimizer.Kind.allCases, by: 1)
                $0.learningRate = nil
            }
        case .data:
            if let generated { use(Self.cycled(after: generated, in: GeneratedData.allCases, by: 1)) }
        case .back: return [.open(origin)]
        }
        return []
    }

    var tickInterval: Duration? { playing ? pace.interval(slicesPerEpoch: runs[0].slicesPerEpoch(data)) : nil }

    var ticksContinuously: Bool { playing && pace == .fullSpeed }

    mutating func tick(_ context: ScreenContext) -> Outcome {
        guard playing else { return .ignored }
        advance()
        return .handled
    }

    func title(_ context: ScreenContext) -> String { race ? "Train: race" : "Train" }

    func status(_ context: ScreenContext) -> String? {
        let state = runs.allSatisfy(\.diverged) ? "diverged" : playing ? "playing, \(pace.title)"
            : reachedGoal ? "done" : "paused"
        return "\(place(runs[0]))  \(state)"
    }

    /// The chosen test image and the (first) network's reconstruction, as a Lab preset.
    var labPreset: LabPreset {
        let run = runs[0]
        let loss = run.settings.objective.loss
        return LabPreset(losses: race ? Loss.race : [loss], x: Array(data.test.image(selected)),
                         xhat: run.reconstruction(of: selected, in: data), shape: data.test.shape,
                         caption: "test image \(selected + 1) of \(data.name) and the \(loss.shortName) network's reconstruction "
                            + "after \(place(run))")
    }

    /// How far a run is, such as `epoch 3 + 12/63` (epochs done, then minibatches of the next).
    func place(_ run: TrainRun) -> String {
        let trainer = run.trainer
        return "epoch \(trainer.epoch)" + (trainer.batchInEpoch > 0 ? " + \(trainer.batchInEpoch)/\(trainer.batchesPerEpoch)" : "")
    }

    /// The value `steps` places after `current` in `list` (the nearest above or below, for a value not in it), kept inside the list.
    static func ladder<T: Comparable>(after current: T, in list: [T], by steps: Int) -> T {
        let index = list.firstIndex(of: current).map { $0 + steps }
            ?? (steps > 0 ? list.firstIndex { $0 > current } : list.lastIndex { $0 < current }) ?? (steps > 0 ? list.count - 1 : 0)
        return list[min(max(0, index), list.count - 1)]
    }

    /// The value after `current` in `list`, wrapping round.
    static func cycled<T: Equatable>(after current: T, in list: [T], by steps: Int) -> T {
        let index = list.firstIndex(of: current) ?? 0
        return list[(index + steps + list.count) % list.count]
    }
}
