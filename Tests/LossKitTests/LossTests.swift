import Testing
@testable import LossKit

/// Losses as values: the registry, the one list grammar, and what each loss says about itself.
@Suite struct LossTests {
    @Test func everyLossHasItsOwnIdPaletteAndColumns() {
        #expect(Loss.all.map(\.id) == ["mse", "bce", "mae"])
        #expect(Set(Loss.all.map(\.paletteIndex)).count == Loss.all.count)
        for loss in Loss.all {
            #expect(Loss(id: loss.id.uppercased()) == loss)
            for convention in Convention.allCases {
                let columns = loss.definition.termColumns(convention: convention, notation: .unicode)
                let values = loss.definition.termValues(x: 1.0, xhat: 0.25, convention: convention)
                #expect(columns.count == values.count)
                #expect(Set(columns.map(\.id)).count == columns.count, "\(loss): ids are JSON keys and must differ")
                #expect(columns.filter(\.isLoss).count <= 1)
            }
            #expect(loss.definition.logitTermColumns(notation: .ascii).count
                == loss.definition.logitTermValues(x: 1.0, z: 0.5).count)
        }
        #expect(Loss(id: "hinge") == nil)
    }

    @Test(arguments: [
        ("mse", ["mse"]), ("MSE", ["mse"]), ("mse,bce", ["mse", "bce"]), ("bce, mse", ["bce", "mse"]),
        ("mse mae", ["mse", "mae"]), ("both", ["mse", "bce"]), ("all", ["mse", "bce", "mae"]),
        ("mae,both", ["mae", "mse", "bce"]), ("mse,mse", ["mse"]),
    ])
    func listsAreReadInOneGrammar(_ text: String, _ ids: [String]) throws {
        #expect(try LossList.parse(text).map(\.id) == ids)
    }

    @Test func unknownNamesAreNamedWithEveryChoice() {
        #expect(throws: LossListError(word: "hinge", text: "mse,hinge")) { try LossList.parse("mse,hinge") }
        #expect(LossListError(word: "hinge", text: "hinge").description
            == "unknown loss \"hinge\": choose mse, bce, mae, both (= mse,bce) or all")
        #expect(throws: LossListError(word: "", text: " , ")) { try LossList.parse(" , ") }
        #expect(LossList.name([.mse, .bce]) == "both")
        #expect(LossList.name([.mae]) == "mae")
    }

    /// MAE: (1/n) Σ |xᵢ − x̂ᵢ|, gradient sign(x̂ᵢ − xᵢ)/n, 0 where they are equal (PyTorch's l1_loss).
    @Test func meanAbsoluteError() {
        let e = Evaluation(spec: LossSpec(loss: .mae), x: [1, 0, 1, 3], xhat: [0.9, 0.2, 1, 1])
        #expect(abs(e.value - (0.1 + 0.2 + 0 + 2) / 4) < 1e-16)
        #expect(e.terms.map(\.gradient) == [-0.25, 0.25, 0, -0.25])
        #expect(e.terms[3].parts == [2, 2])
        let sum = Evaluation(spec: LossSpec(loss: .mae, reduction: .sum), x: [1, 0], xhat: [0, 0])
        #expect(sum.value == 1)
        #expect(sum.terms.map(\.gradient) == [-1, 0])
    }

    /// From logits: BCE's stable form stays finite where σ rounds to 1, and its gradient is σ(z) − x;
    /// MSE's gradient through the Sigmoid vanishes on a confident mistake.
    @Test func logits() {
        let bce = LossSpec(loss: .bce, logits: true)
        #expect(bce.elementLoss(x: 0, prediction: 40) == 40)
        #expect(LossSpec(loss: .bce).elementLoss(x: 0, prediction: Double.sigmoid(40)) == .infinity)
        #expect(bce.gradient(x: 1, prediction: 0, count: 2) == -0.25)
        let mse = LossSpec(loss: .mse, logits: true)
        let confidentMistake = mse.gradient(x: 1, prediction: -10, count: 1)
        #expect(confidentMistake < 0 && abs(confidentMistake) < 1e-4)
        #expect(abs(bce.gradient(x: 1, prediction: -10, count: 1) + 1) < 1e-4)
        let e = Evaluation(spec: bce, x: [1, 0], xhat: [0, 2])
        #expect(e.terms.map(\.logit) == [0, 2])
        #expect(e.terms[0].xhat == 0.5)
    }

    @Test func float32RoundsEveryElementTerm() {
        let spec = LossSpec(loss: .mse, precision: .float32)
        let d = Float(0.1) - Float(0.3)
        #expect(spec.elementLoss(x: 0.1, prediction: 0.3) == Double(d * d))
        let e = Evaluation(spec: spec, x: [0.1, 0.2], xhat: [0.3, 0.3])
        #expect(e.value == Double(Float(e.sum / 2)))
        #expect(e.terms[0].gradient == Double(2 * (Float(0.3) - Float(0.1)) / 2))
    }

    /// The Lab's numbers: sum trees per loss, updated along one path, each loss under its own reduction.
    @Test func incrementalEvaluationFollowsEveryChange() throws {
        let input = try LossInput(x: [1, 0, 1], xhat: [0.9, 0.2, 0.6], losses: Loss.all)
        var data = IncrementalEvaluation(input, losses: Loss.all)
        func full(_ loss: Loss) -> Evaluation { Evaluation(spec: data.spec(loss), x: data.x, xhat: data.predictions) }
        data.setPrediction(0.5, at: 1)
        data.setConvention(.pytorch)
        for loss in Loss.all {
            #expect(abs(data.value(loss) - full(loss).value) < 1e-16)
            #expect(data.term(loss, at: 1) == full(loss).terms[1])
            #expect(abs(data.sum(loss, in: 1..<3) - (full(loss).terms[1].loss + full(loss).terms[2].loss)) < 1e-16)
        }
        data.setReduction(.sum)
        #expect(data.value(.mae) == 0.1 + 0.5 + 0.4)
    }
}
