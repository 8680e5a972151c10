% Wikipedia, "Softmax function" (Definition) as printed, with its "for i = 1, ..., K" tail; z the K real inputs
% (prose: "takes as input a tuple z of K real numbers"). Printing as remembered from the article (not fetched).
\mathbf{z} \in \mathbb{R}^{K}

\sigma(\mathbf{z})_i = \frac{e^{z_i}}{\sum_{j=1}^K e^{z_j}}\ \ \text{ for } i = 1, \dotsc , K
