% Berkeley CS189 (Shewchuk), lecture notes on logistic regression: the batch gradient ascent step
% w <- w + epsilon X^T (y - s(Xw)), s the logistic function applied to each component, from memory of the printing
X \in \mathbb{R}^{n \times d}, y \in \mathbb{R}^{n}, w \in \mathbb{R}^{d}, \epsilon \in \mathbb{R}

s(\gamma) = \frac{1}{1 + e^{-\gamma}}
w \leftarrow w + \epsilon X^\top (y - s(Xw))
