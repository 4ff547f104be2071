import LessonKit

/// Two small lessons written for these tests, so snapshots do not change when the real lessons do.
enum FixtureLessons {
    static let first = """
        # Squares and sums

        MSE squares each **error** and takes the *mean*. For x = 1, 0 and x̂ = 0.5, 0.5 every error is 0.5.

        ```formula
        L(x, x̂) = (1/n) Σᵢ (xᵢ − x̂ᵢ)²
        ```

        ```lab
        loss: mse
        x: 1, 0
        xhat: 0.5, 0.5
        caption: Nudge x̂₁ towards 1.
        ```

        ```question
        prompt: What is the MSE of x = 1, 0 and x̂ = 0.5, 0.5?
        loss: mse
        x: 1, 0
        xhat: 0.5, 0.5
        answer: 0.25
        tolerance: 0.001
        hint: Each squared error is 0.25; average them.
        ```

        ```question
        prompt: Which loss suits pixels that are 0 or 1?
        option: MSE only
        option: BCE
        answer: b
        hint: Think of probabilities.
        explanation: BCE reads each pixel as the probability that it is 1, so values that are only ever 0 or 1 suit it best; MSE still works but pushes less hard when a pixel is confidently wrong.
        ```

        The end of the first lesson.
        """

    static let second = """
        # A chart

        One pixel with x = 1.

        ```chart
        losses: mse, bce
        target: 1
        at: 0.3
        caption: BCE climbs much faster than MSE near 0.
        ```
        """

    /// The two lessons, parsed.
    static var lessons: [Lesson] {
        let library = LessonLibrary(files: [
            LessonFile(name: "01-squares.md", path: "01-squares.md", bytes: Array(first.utf8)),
            LessonFile(name: "02-chart.md", path: "02-chart.md", bytes: Array(second.utf8)),
        ])
        precondition(library.diagnostics.isEmpty, "fixture lessons must parse: \(library.diagnostics)")
        return library.lessons
    }
}
