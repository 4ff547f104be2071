/// A data set described in words, for "which loss for this data?": what the values are, some of
/// them, and why one loss suits it best.
struct DescribedDataSet: Sendable {
    var description: String
    var sample: String
    /// The id of the loss that suits it.
    var loss: String
    var why: String

    /// The data sets the generator describes.
    static let all: [DescribedDataSet] = [
        DescribedDataSet(description: "Black-and-white scans of handwritten digits: each pixel is 0 (paper) or 1 (ink), and the decoder ends in a Sigmoid.",
                         sample: "0, 1, 1, 0, 0, 1", loss: "bce",
                         why: "the targets are 0 or 1 and the outputs probabilities, which is what BCE scores"),
        DescribedDataSet(description: "Grey levels of photographs scaled to [0, 1]; the decoder's output is a Sigmoid, read as how bright each pixel is likely to be.",
                         sample: "0.12, 0.87, 0.5, 0.33", loss: "bce",
                         why: "every value lies in [0, 1] and the outputs are probabilities, so BCE (with soft targets) fits"),
        DescribedDataSet(description: "Temperatures in °C from a weather station, anywhere from −20 to 40; large errors should count much more than small ones.",
                         sample: "−3.5, 12.0, 27.25, 8.5", loss: "mse",
                         why: "the values are any real numbers, so BCE cannot be used, and squaring makes large errors count most"),
        DescribedDataSet(description: "Heights of plants in cm, measured carefully with small, even noise; a reconstruction 2 cm off should cost four times one 1 cm off.",
                         sample: "14.2, 30.8, 22.5, 9.9", loss: "mse",
                         why: "a squared error makes an error twice as large cost four times as much"),
        DescribedDataSet(description: "House prices in thousands, with a few wildly wrong entries that should not dominate training.",
                         sample: "310, 295, 4200, 305", loss: "mae",
                         why: "the absolute error grows only linearly, so the few wild entries pull the loss less than a square would"),
        DescribedDataSet(description: "Delivery times in minutes, where a parcel is sometimes lost for days and each minute of error should count the same.",
                         sample: "35, 42, 38, 5100", loss: "mae",
                         why: "every unit of error counts the same in |xᵢ − x̂ᵢ|, and the rare huge delays do not swamp the rest"),
    ]
}
