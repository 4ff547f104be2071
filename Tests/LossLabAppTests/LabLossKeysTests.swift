import LossKit
import Testing
@testable import LossLabApp

/// The Lab's loss keys come from the loss names; x̂ can be shown and edited as logits.
extension LabReducerTests {
    @Test func keysFollowTheNames() {
        #expect(LossKey.all.map { String($0.key) } == ["m", "b", "a", "B", "A"])
        #expect(LossKey.all.map(\.label) == ["MSE", "BCE", "MAE", "both", "all"])
        #expect(LossKey.choosing(Loss.all)?.key == "A")
    }

    @Test func maeAndAllAreChosenByKey() {
        var state = labApp()
        press(&state, "a")
        #expect(state.lab.losses == [.mae])
        #expect(abs(state.lab.data.value(.mae) - (0.1 + 0.2 + 0.4) / 3) < 1e-15)
        press(&state, "A")
        #expect(state.lab.losses == Loss.all)
        #expect(state.render().text.contains("MAE term"))
    }

    @Test func theConventionKeyWaitsForALossThatUsesIt() {
        var state = labApp([.mae])
        press(&state, "c")
        #expect(state.lab.convention == .exact)
        press(&state, "bc")
        #expect(state.lab.convention == .pytorch)
    }

    @Test func logitsToggleRewritesTheFieldAndKeepsTheNumbers() {
        var state = labApp([.bce])
        let before = state.lab.data.value(.bce)
        press(&state, "z")
        #expect(state.lab.logits)
        #expect(state.lab.xhatField.text.hasPrefix("2.19722457733"))
        #expect(abs(state.lab.data.value(.bce) - before) < 1e-15)
        #expect(state.lab.data.term(.bce, at: 0).logit != nil)
        // A nudge moves the logit by 10 × the step; BCE's gradient by z is σ(z) − x over n.
        press(&state, "]")
        let z = state.lab.data.predictions[0]
        #expect(abs(state.lab.data.term(.bce, at: 0).gradient - (Double.sigmoid(z) - 1) / 3) < 1e-16)
        press(&state, "z")
        #expect(!state.lab.logits)
        #expect(abs(state.lab.data.predictions[0] - Double.sigmoid(z)) < 1e-16)
    }

    @Test func aPredictionOfZeroHasNoLogit() {
        var state = labApp([.bce])
        press(&state, "{{{{{{{{{{")
        press(&state, "z")
        #expect(!state.lab.logits)
        #expect(state.lab.inputError == .noLogit(index: 1, value: 0))
    }
}
