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
        // The field shows the converted logits at 6 digits; the Lab computes with the exact ones.
        #expect(state.lab.xhatField.text == "2.19722, -1.38629, 0.405465")
        #expect(state.lab.data.predictions[0] == Double.logit(0.9))
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

    @Test func theExactLogitsStayUntilTheFieldIsEdited() {
        var state = labApp([.bce])
        press(&state, "z")
        // Leaving the field unchanged keeps the exact values; editing it reads what it shows.
        press(&state, "e<Enter>")
        #expect(state.lab.data.predictions[1] == Double.logit(0.2))
        press(&state, "e<End><BS>6<Enter>")
        #expect(state.lab.data.predictions == [2.19722, -1.38629, 0.405466])
    }

    @Test func aPredictionOfZeroHasNoLogit() {
        var state = labApp([.bce])
        press(&state, "{{{{{{{{{{")
        press(&state, "z")
        #expect(!state.lab.logits)
        #expect(state.lab.inputError == .noLogit(index: 1, value: 0))
    }
}

/// What the Lab reads out: the gradient of the whole loss, each element's own term named as such.
extension LabReducerTests {
    @Test func gradientReadOutIsTheWholeLossGradientAsExplainPrintsIt() {
        var state = labApp([.bce])
        press(&state, "<Down>g")
        let text = state.render().text
        // dL/dx̂₂ = (0.2 − 0) / (0.2 · 0.8) / 3 = 0.4167, as `explain` prints; the element's own slope is 1.25.
        #expect(text.contains("BCE term = 0.2231   ∂L/∂x̂ᵢ = 0.4167"))
        #expect(!text.contains("∂L/∂x̂ᵢ = 1.25"))
        // A wide table adds the column; a narrow one leaves it out first.
        state.width = 100
        state.height = 30
        #expect(state.render().text.contains("0.4167"))
    }

    @Test func theKeyBarOffersTheConventionOnlyWhereItApplies() {
        var state = labApp([.mse])
        #expect(!state.render().text.contains("c convention"))
        press(&state, "b")
        #expect(state.render().text.contains("c convention"))
    }

    @Test func asciiStatusLineHasNoArrows() {
        var state = labApp([.mse])
        state.options = AppOptions(ascii: true)
        let text = state.render().text
        #expect(text.contains("Up/Down: choose element"))
        #expect(!text.unicodeScalars.contains { $0.value > 127 })
    }
}

/// Step mode goes back as well as forward, and says when it is done.
extension LabReducerTests {
    @Test func backspaceStepsBackAndTheLastStepSaysDone() {
        var state = labApp([.mse])
        press(&state, "<Space><Space><Space><BS>")
        #expect(state.lab.revealed == 2)
        #expect(state.lab.selected == 1)
        press(&state, "<BS><BS><BS>")
        #expect(state.lab.revealed == 0)
        press(&state, "<Space><Space><Space><Space><Space><Space><Space>")
        #expect(state.lab.revealed == 6)
        #expect(state.render().text.contains("step 6/6 (done; r: show all)"))
    }
}
