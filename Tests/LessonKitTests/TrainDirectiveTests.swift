import LossKit
import Testing
import TrainingKit
@testable import LessonKit

/// The `train` directive: a run read into a preset, and each broken field reported at its line.
@Suite struct TrainDirectiveTests {
    @Test func everyField() throws {
        let (d, problems) = DirectiveTests.read("train", """
            data: grey
            loss: mse
            hidden: 8
            optimizer: sgd
            lr: 0.5
            caption: Watch
              the curve.
            """)
        #expect(problems == [])
        let directive = try #require(d)
        #expect(directive.kind == .train(TrainPreset(data: .grey, loss: .mse, race: false, hidden: 8, optimizer: .sgd,
                                                      learningRate: 0.5, caption: "Watch the curve.")))
        guard case let .train(preset) = directive.kind else { return }
        #expect(preset.settings.hidden == 8 && preset.settings.effectiveLearningRate == 0.5 && preset.settings.objective.loss == .mse)
        #expect(directive.summary() == "Train: an autoencoder (8 hidden units, sgd) learning grey with MSE")
    }

    @Test func defaultsAndRace() throws {
        let (d, problems) = DirectiveTests.read("train", "race: yes")
        #expect(problems == [])
        #expect(d?.kind == .train(TrainPreset(race: true)))
        #expect(d?.summary() == "Train: an autoencoder (16 hidden units, adam) learning shapes with MSE against BCE, side by side")
    }

    @Test func brokenFieldsAreReportedAtTheirLines() {
        #expect(DirectiveTests.read("train", "data: cats").problems == ["6: train: data: \"cats\" is not one of shapes, digits, grey"])
        #expect(DirectiveTests.read("train", "data: shapes\nhidden: 0").problems == ["7: train: hidden must be a whole number of at least 1, not \"0\""])
        #expect(DirectiveTests.read("train", "hidden: 5000").problems == ["6: train: hidden must be 1 to 1024, not 5000"])
        #expect(DirectiveTests.read("train", "lr: -1").problems == ["6: train: lr must be a positive number, not -1.0"])
        #expect(DirectiveTests.read("train", "loss: both").problems
            == ["6: train: loss names the one loss to train with, not 2; for MSE against BCE write race: yes"])
        #expect(DirectiveTests.read("train", "race: maybe").problems == ["6: train: race must be yes or no, not \"maybe\""])
        #expect(DirectiveTests.read("train", "epochs: 3").problems
            == ["6: train: unknown field \"epochs\"; known fields: data, loss, race, hidden, lr, optimizer, caption"])
    }
}
