import CellGrid
import Testing
@testable import TerminalBackend

/// Which terminal colour shows a grey: black and white at the ends, the steps in between in order.
@Suite struct GreyRampTests {
    @Test(arguments: [(256, 26), (16, 4), (8, 2)])
    func theRampRunsFromBlackToWhiteInEvenSteps(colourCount: Int, steps: Int) {
        let ramp = GreyRamp(colourCount: colourCount)
        #expect(ramp.colours.count == steps)
        let shown = (0...255).map { ramp.colour(Gray(UInt8($0))) }
        #expect(shown.first == ramp.colours.first && shown.last == ramp.colours.last)
        // Every step is used, in order, each for about 256 / steps levels.
        var runs: [(colour: Int16, length: Int)] = []
        for colour in shown {
            if runs.last?.colour == colour { runs[runs.count - 1].length += 1 } else { runs.append((colour, 1)) }
        }
        #expect(runs.map(\.colour) == ramp.colours)
        #expect(runs.allSatisfy { abs($0.length - 256 / steps) <= 1 })
    }

    @Test func a256ColourTerminalUsesItsGreyRampBetweenBlackAndWhite() {
        let ramp = GreyRamp(colourCount: 256)
        #expect(ramp.colour(.black) == 16 && ramp.colour(.white) == 231)
        #expect(ramp.colour(Gray(fraction: 0.5)) == 232 + 12)
        #expect(GreyRamp(colourCount: 16).colour(Gray(fraction: 0.3)) == 8)
    }
}
