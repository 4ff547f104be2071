import Testing
@testable import LossKit

/// Every known wrong path, named on real values with the student's own numbers.
@Suite struct MistakeCatalogueTests {
    /// d = 0.4, −0.1, 0.3: squares 0.16, 0.01, 0.09, sum 0.26, mean 0.08667.
    let mse = MistakeCatalogue(spec: LossSpec(loss: .mse), x: [1, 0, 0.5], prediction: [0.6, 0.1, 0.2], quantity: .loss)
    /// Terms −ln 0.8 = 0.2231, −ln 0.7 = 0.3567, −ln 0.6 = 0.5108: sum 1.0906, mean 0.3635.
    let bce = MistakeCatalogue(spec: LossSpec(loss: .bce), x: [1, 0, 1], prediction: [0.8, 0.3, 0.6], quantity: .loss)

    func named(_ catalogue: MistakeCatalogue, _ typed: String, tolerance: Double = 0.0001) throws -> Feedback? {
        catalogue.feedback(for: try AnswerExpression(typed), tolerance: tolerance)
    }

    @Test func theSumForTheMeanIsNamedWithTheStudentsNumbers() throws {
        let feedback = try named(mse, "0.26")
        #expect(feedback == Feedback(.essential, mistake: .sumInsteadOfMean,
                                     "0.26 is Σᵢ (xᵢ − x̂ᵢ)², the sum of the 3 terms; the mean divides it by n = 3: 0.08667"))
    }

    @Test(arguments: [
        ("0.13", MistakeKind.dividedByNMinusOne),  // 0.26 / 2
        ("0.2667", .otherLoss),                    // MAE: (0.4 + 0.1 + 0.3) / 3
        ("0.20", .unsquared),                      // (0.4 − 0.1 + 0.3) / 3; "0.2" would read as 0.16 to 1 digit
        ("0.04", .squareOfMean),                   // 0.2²
        ("-0.08667", .wrongSign),
        ("0.16", .oneElement),                     // element 1 alone
        ("0.087", .tooFewDigits),
    ])
    func meanSquaredErrorMistakes(_ typed: String, _ mistake: MistakeKind) throws {
        #expect(try named(mse, typed)?.mistake == mistake)
    }

    @Test func theWordsOfEachMSEMistake() throws {
        #expect(try named(mse, "0.2667")?.text == "0.2667 is the MAE, (1/n) Σᵢ |xᵢ − x̂ᵢ|; this question asks for the MSE: 0.08667")
        #expect(try named(mse, "0.20")?.text
            == "0.20 is the mean over the elements of xᵢ − x̂ᵢ, the error not squared; square each error first: 0.08667")
        #expect(try named(mse, "0.04")?.text
            == "0.04 is the square of the mean error, ((1/n) Σᵢ (xᵢ − x̂ᵢ))²; square each error first, then average: 0.08667")
        #expect(try named(mse, "0.087") == Feedback(.actionable, mistake: .tooFewDigits,
                                                    "0.087 is the answer rounded to 2 significant digits; keep more: 0.08667"))
        #expect(try named(mse, "0.16")?.text == "0.16 is element 1's term alone; the loss averages the terms of all 3 elements: 0.08667")
    }

    @Test(arguments: [
        ("1.0906", MistakeKind.sumInsteadOfMean),
        ("0.5453", .dividedByNMinusOne),           // 1.0906 / 2
        ("-0.3635", .wrongSign),
        ("0.1579", .log10),                        // 0.36355 / ln 10
        ("0.5245", .log2),                         // 0.36355 / ln 2
        ("0.2447", .droppedSecondPart),            // (0.2231 + 0.5108) / 3
        ("0.1189", .droppedFirstPart),             // 0.3567 / 3
        ("0.5108", .oneElement),                   // element 3 alone
        ("0.09667", .otherLoss),                   // MSE: (0.04 + 0.09 + 0.16) / 3
        ("0.3633", .roundedTerms),                 // (0.22 + 0.36 + 0.51) / 3
    ])
    func binaryCrossEntropyMistakes(_ typed: String, _ mistake: MistakeKind) throws {
        #expect(try named(bce, typed)?.mistake == mistake)
    }

    @Test func theWordsOfEachBCEMistake() throws {
        #expect(try named(bce, "-0.3635")?.text
            == "-0.3635 is the loss with its sign turned; the minus in front of the formula makes the loss positive: 0.3635")
        #expect(try named(bce, "0.1579")?.text
            == "0.1579 is the mean over the elements of the term with log10 in place of ln; the logs in BCE are natural logs, ln: 0.3635")
        #expect(try named(bce, "0.1189")?.text == "0.1189 is the mean over the elements of −(1 − xᵢ) log(1 − x̂ᵢ) alone, "
            + "without xᵢ log x̂ᵢ; each term adds both parts, and where xᵢ = 1 only the first counts: 0.3635")
        #expect(try named(bce, "0.3633")?.kind == .actionable)
    }

    @Test func exchangedInputs() throws {
        // Soft targets, so the exchanged pair is still valid BCE input: −[0.6 ln 0.9 + 0.4 ln 0.1] = 0.9843.
        let soft = MistakeCatalogue(spec: LossSpec(loss: .bce), x: [0.9], prediction: [0.6], quantity: .loss)
        let feedback = try named(soft, "0.9843")
        #expect(feedback?.mistake == .swapped)
        #expect(feedback?.text.hasPrefix("0.9843 is the BCE with x and x̂ exchanged; x is the original") == true)
    }

    @Test func conventionsBothWays() throws {
        // x̂ = 1e-50 for x = 1: exact −ln 1e-50 = 115.13, PyTorch clamps the log at −100, Keras clips x̂ to 1e-7: 16.12.
        let exact = MistakeCatalogue(spec: LossSpec(loss: .bce), x: [1], prediction: [1e-50], quantity: .term(element: 1))
        #expect(try named(exact, "100", tolerance: 0.01)?.mistake == .clampWhereExact)
        #expect(try named(exact, "16.12", tolerance: 0.01)?.mistake == .clampWhereExact)
        let pytorch = MistakeCatalogue(spec: LossSpec(loss: .bce, convention: .pytorch), x: [1], prediction: [1e-50],
                                       quantity: .term(element: 1))
        #expect(try named(pytorch, "115.13", tolerance: 0.01)?.mistake == .exactWhereClamp)
        #expect(try named(pytorch, "16.12", tolerance: 0.01)?.mistake == .otherLibrary)
        #expect(try named(pytorch, "115.13", tolerance: 0.01)?.text == "115.13 is the exact formula's value, without a clamp; "
            + "this question asks for PyTorch's: PyTorch: each log is clamped at −100, so one element costs at most 100: 100")
    }

    @Test func aTermAndAGradient() throws {
        let term = MistakeCatalogue(spec: LossSpec(loss: .bce), x: [1, 0], prediction: [0.8, 0.3], quantity: .term(element: 1))
        #expect(try named(term, "-log10(0.8)")?.text
            == "-log10(0.8) = 0.09691 is the term with log10 in place of ln; the logs in BCE are natural logs, ln: 0.2231")
        #expect(try named(term, "-0.2231")?.mistake == .wrongSign)
        #expect(try named(term, "0.04")?.text == "0.04 is the MSE's term, (xᵢ − x̂ᵢ)²; this question asks for the BCE: 0.2231")
        #expect(try named(term, "-ln(0.8)") == Feedback(.celebratory, "-ln(0.8) = 0.2231 is right"))
        #expect(try named(term, "-log(0.8)")?.text
            == "-log(0.8) = 0.2231 is right; log is read as ln, the natural logarithm (write log10 or log2 for the others)")

        // MSE, element 1 of 3: 2(0.6 − 1)/3 = −0.2667.
        let gradient = MistakeCatalogue(spec: LossSpec(loss: .mse), x: [1, 0, 0.5], prediction: [0.6, 0.1, 0.2],
                                        quantity: .gradient(element: 1))
        #expect(try named(gradient, "-0.8")?.text == "-0.8 is the slope of element 1's own term; the mean divides it by n = 3: −0.2667")
        #expect(try named(gradient, "-0.4")?.mistake == .dividedByNMinusOne)
        #expect(try named(gradient, "0.2667")?.mistake == .wrongSign)
        #expect(try named(gradient, "-0.3333")?.text                       // MAE: sign(0.6 − 1) / 3
            == "-0.3333 is the MAE's gradient; this question asks for the MSE: −0.2667")
    }

    @Test func theMeanWhereTheSumWasAsked() throws {
        let sum = MistakeCatalogue(spec: LossSpec(loss: .mse, reduction: .sum), x: [1, 0, 0.5], prediction: [0.6, 0.1, 0.2],
                                   quantity: .loss)
        #expect(try named(sum, "0.08667")?.text
            == "0.08667 is the mean, the sum divided by n = 3; this question asks for the sum itself: 0.26")
    }

    @Test func unknownAnswersAreNotNamed() throws {
        #expect(try named(mse, "7") == nil)
        // 0.3 is the MAE (0.2667) rounded to one digit, but 12% away from it: too loose a guess to name.
        #expect(try named(mse, "0.3") == nil)
        // The right value rounded to one digit is still named as rounded (BCE's 0.3635 here).
        #expect(try named(bce, "0.4")?.text == "0.4 is the answer rounded to 1 significant digit; keep more: 0.3635")
        #expect(try named(mse, "log(5)") == Feedback(.informative,
                                                      "log is read as ln, the natural logarithm (write log10 or log2 for the others)"))
    }

    @Test func everyPathHasAFiniteValueAndOnePathPerMistakeFamilyIsTried() {
        #expect(mse.paths.allSatisfy { $0.value.isFinite })
        #expect(Set(bce.paths.map(\.mistake)).isSuperset(of: [.sumInsteadOfMean, .log10, .log2, .droppedFirstPart, .droppedSecondPart,
                                                             .clampWhereExact, .otherLoss, .oneElement, .roundedTerms]))
    }
}
