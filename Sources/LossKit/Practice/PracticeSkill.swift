/// One kind of practice problem; mastery is kept per skill.
public enum PracticeSkill: String, Sendable, Equatable, CaseIterable, Codable {
    /// A mean squared error over n elements.
    case mseMean = "mse-mean"
    /// A squared error summed over n elements (reduction sum).
    case mseSum = "mse-sum"
    /// A mean absolute error.
    case mae
    /// A BCE where every target x is 1.
    case bceTargetOne = "bce-x1"
    /// A BCE where every target x is 0.
    case bceTargetZero = "bce-x0"
    /// A BCE with soft targets strictly between 0 and 1.
    case bceSoft = "bce-soft"
    /// One element's gradient ∂L/∂x̂ᵢ of a mean loss.
    case gradient
    /// One element's term of a loss.
    case term
    /// Which loss suits a described data set.
    case whichLoss = "which-loss"

    /// The skill's name on the Practice screen and in summaries.
    public var title: String {
        switch self {
        case .mseMean: "MSE, the mean"
        case .mseSum: "MSE, the sum (no ÷ n)"
        case .mae: "MAE, the mean of |xᵢ − x̂ᵢ|"
        case .bceTargetOne: "BCE where every x is 1"
        case .bceTargetZero: "BCE where every x is 0"
        case .bceSoft: "BCE with soft targets"
        case .gradient: "one element's gradient"
        case .term: "one element's term"
        case .whichLoss: "which loss for this data?"
        }
    }

    /// The highest difficulty level: n grows from 2 (level 0) to 5 (level 3), two decimals from level 2.
    public static let topLevel = 3
}
