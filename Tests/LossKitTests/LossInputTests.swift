import Testing
@testable import LossKit

@Suite struct LossInputTests {
    func message(_ x: String, _ xhat: String, _ loss: Loss, _ notation: Notation = .unicode) -> String? {
        do { _ = try VectorArgument.input(x: x, xhat: xhat, losses: [loss]); return nil } catch { return error.message(notation) }
    }

    @Test func acceptsMatchingLists() throws {
        let input = try VectorArgument.input(x: "1, 0, 1", xhat: "[0.9 0.2 0.6]", losses: [.bce])
        #expect(input.x == [1, 0, 1])
        #expect(input.xhat == [0.9, 0.2, 0.6])
    }

    @Test func namesTheListThatFailsToParse() {
        #expect(message("1, 0, 0..2", "1,1,1", .mse) == #"x: value 3 ("0..2") is not a number"#)
        #expect(message("1", "q", .mse) == #"x̂: value 1 ("q") is not a number"#)
        #expect(message("1", "q", .mse, .ascii) == #"xhat: value 1 ("q") is not a number"#)
        #expect(message("", "1", .mse) == "x: the list is empty; type numbers separated by commas or spaces, such as 1, 0, 0.5")
    }

    @Test func reportsDifferentLengths() {
        #expect(message("1,0,1", "0.5,0.5", .mse) == "x has 3 values but x̂ has 2; give both the same length")
        #expect(message("1", "0.5,0.5", .bce, .ascii) == "x has 1 value but xhat has 2; give both the same length")
    }

    @Test func refusesNonFiniteVectors() {
        do {
            _ = try LossInput(x: [1, .nan], xhat: [1, 1], loss: .mse)
            Issue.record("expected an error")
        } catch {
            #expect(error.message(.unicode) == #"x: value 2 ("nan") is not a finite number; type an ordinary number such as 0.5"#)
        }
    }

    @Test func bceNeedsTheUnitInterval() {
        #expect(message("1,0", "0.5,1.5", .bce)
            == "x̂ value 2 is 1.5, outside [0, 1]: BCE needs predictions in [0, 1]; use MSE or MAE for values outside [0, 1]")
        #expect(message("255, 0, 128", "0.5,0.5,0.5", .bce)
            == "x value 1 is 255, outside [0, 1]: BCE needs targets in [0, 1]; these look like 0-255 pixels: divide them by 255 first, or use MSE or MAE")
        #expect(message("-0.5", "0.5", .bce)
            == "x value 1 is -0.5, outside [0, 1]: BCE needs targets in [0, 1]; use MSE or MAE for values outside [0, 1]")
        // MSE takes any finite values.
        #expect(message("255, -3", "250, 2", .mse) == nil)
    }

    @Test func exactZeroOrOneIsNotAnError() {
        #expect(message("1", "0", .bce) == nil)
        #expect(message("0", "1", .bce) == nil)
    }
}
